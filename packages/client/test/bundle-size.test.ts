/**
 * The main entry, bundled for a browser and minified+gzipped, may weigh at most
 * openapi-fetch's own bundle (measured the same way, in the same run) plus 4 kB.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const BUDGET = 4096;
const root = new URL("..", import.meta.url).pathname;

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    // "browser" makes esbuild reject any Node built-in the entry would pull in.
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

describe("bundle size", () => {
  it("main entry <= openapi-fetch + 4 kB (min+gzip)", async () => {
    const [ours, theirs] = await Promise.all([bundle(`export * from "./src/index.ts";`), bundle(`export * from "openapi-fetch";`)]);
    console.info(
      `bundle size (min+gzip): @gcore-billing/client ${ours.gzipped} B, openapi-fetch ${theirs.gzipped} B, ` +
        `difference ${ours.gzipped - theirs.gzipped} B of ${BUDGET} B allowed (minified: ${ours.minified} B vs ${theirs.minified} B)`,
    );
    expect(ours.gzipped - theirs.gzipped).toBeLessThanOrEqual(BUDGET);
    // Guards against the measurement itself going wrong (an empty or unbundled build).
    expect(theirs.gzipped).toBeGreaterThan(1000);
    expect(ours.inputs.some((i) => i.includes("openapi-fetch"))).toBe(true);
  });

  it("main entry bundles for browsers without the validators", async () => {
    const { inputs } = await bundle(`export * from "./src/index.ts";`);
    expect(inputs.filter((i) => i.includes("validators") || i.startsWith("node:"))).toEqual([]);
  });

  it("the node entry is the one that needs Node built-ins", async () => {
    await expect(bundle(`export * from "./src/node.ts";`)).rejects.toThrow(/node:fs/);
  });
});

describe("bundle size: positive control", () => {
  it("the validate entry does pull in the compiled validators", async () => {
    const { inputs, gzipped } = await bundle(`export * from "./src/validate.ts";`);
    console.info(`bundle size (min+gzip): @gcore-billing/client/validate ${gzipped} B`);
    expect(inputs.some((i) => i.includes("validators/"))).toBe(true);
  });
});
