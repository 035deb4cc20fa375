import { type SpawnOptions, spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seedInvoice } from "@gcore-billing/test-fixtures";
import { afterAll } from "vitest";

export const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

export { seedInvoice } from "@gcore-billing/test-fixtures";

export const line = (over?: Record<string, unknown>) => JSON.stringify(seedInvoice(over));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

// A child started by `pnpm test` must not think it runs as the root `gcore-billing` script.
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.INIT_CWD;
  delete env.npm_lifecycle_event;
  return env;
}

export function run(args: string[], opts: { cwd?: string; input?: string | Buffer; asNobody?: boolean } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    input: opts.input,
    env: cleanEnv(),
    encoding: "utf8",
    maxBuffer: 256 << 20,
    ...(opts.asNobody ? nobody() : {}),
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function start(args: string[], opts: SpawnOptions = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(), ...opts });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<Run>((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
  return { child, done };
}

/**
 * Permission bits do not stop root, so as root the CLI runs as `nobody`
 * (uid/gid 65534) for the tests about unreadable files.
 */
export function nobody(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
}

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "gcore-billing-cli-"));
  chmodSync(dir, 0o755);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export interface JsonReport {
  summary: { files: number; records: number; valid: number; invalid: number; blank: number };
  invalid: { file: string; line: number | null; index: number | null; errors: { pointer: string; keyword: string; message: string }[] }[];
  errors: { file: string; message: string }[];
  warnings: { file: string; message: string }[];
}

export function report(r: Run): JsonReport {
  return JSON.parse(r.stdout) as JsonReport;
}

export function hasScript(): boolean {
  return spawnSync("script", ["--version"]).status === 0;
}
