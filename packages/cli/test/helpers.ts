import { type SpawnOptions, spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seedInvoice } from "@gcore-billing/test-fixtures";
import { afterAll } from "vitest";

/**
 * The CLI under test. GCORE_BILLING_TEST_BIN runs the tests against another build (say the
 * code before a fix, built in a git worktree). Otherwise a private copy of dist/, taken
 * once per test file: the checkout is shared, and a rebuild (tsup empties dist/ first)
 * while the suite runs would make a child fail to start, which is no fault of the CLI.
 * The copy sits under this package's node_modules so its imports resolve as dist/'s do.
 */
export const BIN = process.env.GCORE_BILLING_TEST_BIN ?? privateBuild();

function privateBuild(): string {
  const dist = fileURLToPath(new URL("../dist/", import.meta.url));
  const parent = fileURLToPath(new URL("../node_modules/.cache/", import.meta.url));
  mkdirSync(parent, { recursive: true });
  const copy = mkdtempSync(join(parent, "gcore-billing-test-bin-"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(dist, copy, { recursive: true });
  for (const f of ["bin.js", "worker.js"]) {
    if (!existsSync(join(copy, f)))
      throw new Error(`${join(dist, f)} is missing: build the CLI first (pnpm turbo run build --filter=@gcore-billing/cli)`);
  }
  chmodSync(copy, 0o755);
  return join(copy, "bin.js");
}

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
  const asNobody = opts.asNobody === true && process.getuid?.() === 0;
  const r = spawnSync(process.execPath, [asNobody ? nobodyBin() : BIN, ...args], {
    cwd: opts.cwd,
    input: opts.input,
    env: cleanEnv(),
    encoding: "utf8",
    maxBuffer: 256 << 20,
    ...(asNobody ? nobody() : {}),
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

let nobodyDir: string | undefined;
afterAll(() => {
  if (nobodyDir) rmSync(nobodyDir, { recursive: true, force: true });
});

/**
 * `nobody` cannot read a checkout inside a private folder (mode 700, or under /root), so it
 * runs a copy of the CLI bundled with all its dependencies into a world-readable folder.
 */
function nobodyBin(): string {
  if (nobodyDir) return join(nobodyDir, "bin.js");
  const out = mkdtempSync(join(tmpdir(), "gcore-billing-cli-nobody-"));
  chmodSync(out, 0o755);
  nobodyDir = out;
  const script = `import { build } from "tsup";
await build({
  config: false, entry: { bin: ${JSON.stringify(BIN)}, worker: ${JSON.stringify(join(dirname(BIN), "worker.js"))} }, outDir: ${JSON.stringify(out)},
  format: ["esm"], platform: "node", target: "node20", noExternal: [/.*/], splitting: true, silent: true,
  // Bundled CommonJS dependencies call require() for node built-ins.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`bundling the CLI for nobody failed:\n${r.stderr}`);
  return join(out, "bin.js");
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
