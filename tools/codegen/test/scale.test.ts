import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../src/generate.ts";
import { importStandalone, SHARED, typecheckGenerated } from "./helpers.ts";

const CLOUD = resolve(SHARED, "upstream/scale/cloud_api.yaml");

/**
 * Gcore's Cloud API (2.5 MB, 542 operations): the generator's scale test. The output is laid
 * out like the real packages, with their hand-written runtimes, and type-checked with tsc.
 */
describe("cloud_api.yaml", () => {
  it("generates, type-checks and its validators load", { timeout: 600_000 }, async () => {
    const started = performance.now();
    // The mocks target is left out: type-checking 1.2 MB of factories would double the test's time.
    const { model, files } = await generate(CLOUD, ["types", "validators", "client"]);
    const seconds = (performance.now() - started) / 1000;
    expect(model.operations).toHaveLength(542);
    console.log(`cloud_api.yaml: generated in ${seconds.toFixed(1)} s`);

    expect(await typecheckGenerated(files)).toBe("");

    // Reviewable output: lines, no compile-order names, each schema's function once.
    // (types/openapi.ts is openapi-typescript's own printing, with unions on one line.)
    for (const [name, content] of files.get("validators")!) {
      const longest = content.split("\n").reduce((m, l) => Math.max(m, l.length), 0);
      expect(longest, `validators/${name}`).toBeLessThanOrEqual(1000);
    }
    const code = files.get("validators")!.get("standalone.js")!;
    expect(code).not.toMatch(/\b(validate|schema_|response_)\d+\b/);
    expect(code.match(/^(export )?function /gm)?.length).toBe(model.schemas.length);
    // 12 MB when every $ref'd schema was compiled again for each way it was reached.
    expect(code.length).toBeLessThan(8_000_000);

    const standalone = await importStandalone(code);
    const validators = Object.values(standalone).filter((v) => typeof v === "function");
    expect(validators.length).toBeGreaterThan(1000);
  });
});
