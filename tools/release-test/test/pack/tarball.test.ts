import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packPackage } from "../../src/pack.js";
import { run } from "../../src/run.js";
import { publicPackages } from "../../src/workspace.js";

const require = createRequire(import.meta.url);
const attw = join(dirname(require.resolve("@arethetypeswrong/cli/package.json")), "dist", "index.js");

const packages = await publicPackages();
let dest: string;
const tarballs = new Map<string, string>();

beforeAll(async () => {
  dest = await mkdtemp(join(tmpdir(), "gcore-pack-"));
  for (const pkg of packages) tarballs.set(pkg.name, await packPackage(pkg.dir, dest));
}, 120_000);

afterAll(async () => {
  if (dest) await rm(dest, { recursive: true, force: true });
});

interface AttwReport {
  analysis: {
    types: unknown;
    problems: unknown[];
    entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }>;
  };
}

describe.each(packages.map((pkg) => [pkg.name, pkg] as const))("%s as packed for publishing", (name, pkg) => {
  it("passes publint, suggestions included", { timeout: 60_000 }, async () => {
    const bytes = await readFile(tarballs.get(name)!);
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // The tarball, not the folder: publint then judges exactly the files and manifest that would be published.
    const { messages, pkg: manifest } = await publint({ pack: { tarball }, level: "suggestion", strict: true });
    expect(messages.map((message) => formatMessage(message, manifest, { color: false }))).toEqual([]);
  });

  it("passes @arethetypeswrong/cli under node10, node16 (ESM and CJS) and bundler", { timeout: 60_000 }, async () => {
    if (!pkg.manifest.exports) return expect(pkg.manifest.bin, `${name} has neither exports nor bin`).toBeDefined();
    const { stdout } = await run(process.execPath, [attw, tarballs.get(name)!, "--format", "json"], { cwd: dest });
    const report = JSON.parse(stdout) as AttwReport;
    expect(report.analysis.problems).toEqual([]);
    const resolved = report.analysis.entrypoints["."]!.resolutions;
    // Each mode lands on the declaration file that matches the JavaScript it loads.
    expect(
      Object.fromEntries(Object.entries(resolved).map(([mode, r]) => [mode, r.resolution?.fileName.replace(/^.*\/dist\//, "dist/")])),
    ).toEqual({
      node10: "dist/index.d.cts",
      "node16-cjs": "dist/index.d.cts",
      "node16-esm": "dist/index.d.ts",
      bundler: "dist/index.d.ts",
    });
  });
});
