import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../src/generate.ts";
import { writeAtomically } from "../src/stages/write.ts";
import { importStandalone, REPO_ROOT, SHARED } from "./helpers.ts";

const CLOUD = resolve(SHARED, "upstream/gcore/scale/cloud_api.yaml");
const require = createRequire(import.meta.url);

/**
 * Gcore's Cloud API (2.5 MB, 542 operations): the generator's scale test. The output is laid
 * out like the real packages, with their hand-written runtimes, and type-checked with tsc.
 */
describe("cloud_api.yaml", () => {
  it("generates, type-checks and its validators load", { timeout: 240_000 }, async () => {
    const started = performance.now();
    const { model, files } = await generate(CLOUD);
    const seconds = (performance.now() - started) / 1000;
    expect(model.operations).toHaveLength(542);
    console.log(`cloud_api.yaml: generated in ${seconds.toFixed(1)} s`);

    const root = mkdtempSync(join(REPO_ROOT, "tools/codegen/.tmp-scale-"));
    writeAtomically(new Map([...files].map(([target, emitted]) => [join(root, target, "src/generated"), emitted])));
    cpSync(resolve(REPO_ROOT, "packages/validators/src/runtime"), join(root, "validators/src/runtime"), { recursive: true });
    cpSync(resolve(REPO_ROOT, "packages/client/src/runtime"), join(root, "client/src/runtime"), { recursive: true });
    writeFileSync(join(root, "package.json"), '{ "type": "module" }');
    const openapiFetch = resolve(require.resolve("openapi-fetch", { paths: [resolve(REPO_ROOT, "packages/client")] }), "../..");
    writeFileSync(
      join(root, "tsconfig.json"),
      JSON.stringify({
        extends: resolve(REPO_ROOT, "tsconfig.base.json"),
        compilerOptions: {
          noEmit: true,
          types: [],
          paths: { "@gcore-billing/types": ["./types/src/generated/index.ts"], "openapi-fetch": [openapiFetch] },
        },
        files: ["types/src/generated/index.ts", "validators/src/generated/index.ts", "client/src/generated/index.ts"],
      }),
    );
    const tsc = resolve(REPO_ROOT, "node_modules/typescript/bin/tsc");
    expect(() => execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.json")], { encoding: "utf8" })).not.toThrow();

    const standalone = await importStandalone(files.get("validators")!.get("standalone.js")!);
    const validators = Object.values(standalone).filter((v) => typeof v === "function");
    expect(validators.length).toBeGreaterThan(1000);
    // Removed only on success: a failing run leaves the tree for inspection.
    rmSync(root, { recursive: true, force: true });
  });
});
