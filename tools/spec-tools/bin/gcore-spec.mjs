#!/usr/bin/env node
// Runs the TypeScript sources through tsx so the tools need no build step of their own.
// Usage: gcore-spec <update|diff|impact> [options]
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
