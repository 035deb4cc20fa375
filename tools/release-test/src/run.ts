import { type ChildProcessByStdio, spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Fed to stdin, then closed; without it stdin is /dev/null so nothing can wait on a prompt. */
  input?: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

const tail = (text: string, lines = 40) => text.trimEnd().split("\n").slice(-lines).join("\n");

/** Runs a real child process; a non-zero exit throws an error naming the command, its folder and the end of its output. */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const stdin: "ignore" | "pipe" = options.input === undefined ? "ignore" : "pipe";
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [stdin, "pipe", "pipe"],
    }) as ChildProcessByStdio<Writable | null, Readable, Readable>;
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    if (child.stdin) {
      // A child may exit before it reads its input (pnpm does, when it has nothing to ask). The write then fails with
      // EPIPE on a socket nobody awaits; the exit code below is the verdict, so the pipe error must not become an
      // uncaught exception that fails the whole test file.
      child.stdin.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
      });
      child.stdin.end(options.input);
    }
    child.on("error", (error) => reject(new Error(`${command} ${args.join(" ")} (in ${options.cwd}) could not start: ${error.message}`)));
    child.on("close", (code, signal) => {
      if (code === 0) return resolve({ stdout, stderr });
      reject(
        new Error(
          `${command} ${args.join(" ")} (in ${options.cwd}) exited with ${signal ?? code}\n--- stdout\n${tail(stdout)}\n--- stderr\n${tail(stderr)}`,
        ),
      );
    });
  });
}
