// Entry point for the root scripts (`tsx tools/spec-tools/src/cli/run.ts diff ...`).
import { main } from "./main.ts";

process.exitCode = await main(process.argv.slice(2));
