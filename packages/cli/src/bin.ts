#!/usr/bin/env node
import { main } from "./cli.js";

// `pnpm gcore-billing ...` runs with the repository root as cwd; the paths the
// user typed are relative to where they typed them, which pnpm keeps in INIT_CWD.
if (process.env.npm_lifecycle_event === "gcore-billing" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`gcore-billing: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
