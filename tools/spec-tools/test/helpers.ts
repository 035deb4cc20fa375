import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { loadSpec, type Model, normalise } from "@gcore-billing/codegen";
import { dataPath } from "@gcore-billing/test-fixtures";
import type { Bump, PackageName } from "../src/changes.ts";

export const HISTORY = dataPath("upstream/billing_reseller_api/history");
export const REPO = resolve(import.meta.dirname, "../../..");
export const FIXTURES = join(import.meta.dirname, "fixtures");
export const BIN = resolve(import.meta.dirname, "../bin/gcore-spec.mjs");

export const model = (file: string): Model => normalise(loadSpec(file));

/** types, client, validators, cli: short enough for a table row. */
export const bumps = (b: Record<PackageName, Bump>) => ({
  types: b["@gcore-billing/types"],
  client: b["@gcore-billing/client"],
  validators: b["@gcore-billing/validators"],
  cli: b["@gcore-billing/cli"],
});

const run = promisify(execFile);

/** Runs the real CLI in a child process; never throws, so tests can assert on failures too. */
export async function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? REPO,
      env: { ...process.env, ...opts.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
