#!/usr/bin/env node
import { main } from "./cli.js";
import { ioMessage } from "./validate/io-error.js";

// `pnpm gcore-billing ...` runs with the repository root as cwd; the paths the
// user typed are relative to where they typed them, which pnpm keeps in INIT_CWD.
if (process.env.npm_lifecycle_event === "gcore-billing" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

// The reader of stdout left (`--help | head -1`, `-o - | head -c 10`): nothing more to say, and
// nobody to say it to. The run ends with the status it had.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const err = e as NodeJS.ErrnoException;
    // The environment (a missing folder, no permission, a bad TMPDIR), not a bug: one line naming the path.
    if (err instanceof Error && typeof err.code === "string" && typeof err.syscall === "string") {
      process.stderr.write(`gcore-billing: error: ${err.path ? `${err.path}: ` : ""}${ioMessage(err)}\n`);
    } else {
      process.stderr.write(`gcore-billing: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    }
    process.exitCode = 2;
  },
);
