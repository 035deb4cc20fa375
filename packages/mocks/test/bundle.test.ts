/** Both entries bundle for the browser; the factories entry carries no MSW. */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const bundle = async (entry: string) => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../src/${entry}`, import.meta.url))],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
};

describe("browser bundles", { timeout: 60_000 }, () => {
  it("index: the handlers bundle with MSW's browser build and no Node built-in", async () => {
    const inputs = await bundle("index.ts");
    expect(inputs.some((i) => i.includes("node_modules/msw/"))).toBe(true);
    expect(
      inputs.filter((i) => i.startsWith("node:") || /\/(msw\/lib\/node|node_modules\/@mswjs\/interceptors\/lib\/node)/.test(i)),
    ).toEqual([]);
  });

  it("factories: no MSW at all", async () => {
    const inputs = await bundle("factories.ts");
    expect(inputs.some((i) => i.includes("@faker-js/faker"))).toBe(true);
    expect(inputs.filter((i) => i.includes("msw") || i.includes("@mswjs"))).toEqual([]);
  });
});
