import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { dataPath } from "@gcore-billing/test-fixtures";
import type { JsonSchema } from "../src/model.ts";
import type { EmittedFiles } from "../src/plugins/plugin.ts";
import { createAjv } from "../src/plugins/validators/index.ts";
import { writeAtomically } from "../src/stages/write.ts";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");
/** Vendored copies of the shared reference data (tools/test-fixtures/data). */
export const SHARED = dataPath("");
export const FIXTURES = resolve(import.meta.dirname, "fixtures");
const RUNTIME = resolve(REPO_ROOT, "packages/validators/src/runtime");
// Inside the repo so the modules resolve like package code; test/global-setup.ts removes it.
export const TMP = resolve(import.meta.dirname, "../.tmp", String(process.pid));

type Check = ((data: unknown) => boolean) & { errors?: unknown[] | null };

let counter = 0;
/** Loads generated standalone code as a real ES module, wired to the validators package's runtime. */
export async function importStandalone(code: string): Promise<Record<string, Check>> {
  mkdirSync(TMP, { recursive: true });
  const file = resolve(TMP, `standalone-${process.pid}-${counter++}.mjs`);
  const wired = code
    .replace('"../runtime/formats.js"', JSON.stringify(pathToFileURL(resolve(RUNTIME, "formats.ts")).href))
    .replace(/"\.\.\/runtime\/ajv-runtime\.js"/g, JSON.stringify(pathToFileURL(resolve(RUNTIME, "ajv-runtime.ts")).href));
  writeFileSync(file, wired);
  return (await import(pathToFileURL(file).href)) as Record<string, Check>;
}

/** The same ajv configuration as the generator, compiled in memory with the runtime's real format checks. */
export async function inMemoryValidator(root: { $id: string; $defs: Record<string, JsonSchema> }) {
  const { formats } = (await import(pathToFileURL(resolve(RUNTIME, "formats.ts")).href)) as {
    formats: Record<string, (s: string) => boolean>;
  };
  const ajv = createAjv(JSON.stringify(root), formats);
  ajv.addSchema(root);
  return (name: string) => {
    const validate = ajv.getSchema(`${root.$id}#/$defs/${encodeURIComponent(name)}`);
    if (!validate) throw new Error(`no schema ${name}`);
    return validate as Check;
  };
}

/**
 * Lays generated sources out like the real packages (with their hand-written runtimes)
 * and type-checks them with tsc. Resolves with tsc's output on failure, "" on success.
 */
export async function typecheckGenerated(files: Map<string, EmittedFiles>): Promise<string> {
  const root = mkdtempSync(join(REPO_ROOT, "tools/codegen/.tmp-tsc-"));
  writeAtomically(new Map([...files].map(([target, emitted]) => [join(root, target, "src/generated"), emitted])));
  cpSync(resolve(REPO_ROOT, "packages/validators/src/runtime"), join(root, "validators/src/runtime"), { recursive: true });
  cpSync(resolve(REPO_ROOT, "packages/client/src/runtime"), join(root, "client/src/runtime"), { recursive: true });
  cpSync(resolve(REPO_ROOT, "packages/mocks/src/runtime"), join(root, "mocks/src/runtime"), { recursive: true });
  writeFileSync(join(root, "package.json"), '{ "type": "module" }');
  const require = createRequire(import.meta.url);
  const faker = require.resolve("@faker-js/faker", { paths: [resolve(REPO_ROOT, "packages/mocks")] }).replace(/\.js$/, ".d.ts");
  const openapiFetch = resolve(require.resolve("openapi-fetch", { paths: [resolve(REPO_ROOT, "packages/client")] }), "../..");
  writeFileSync(
    join(root, "tsconfig.json"),
    JSON.stringify({
      extends: resolve(REPO_ROOT, "tsconfig.base.json"),
      compilerOptions: {
        noEmit: true,
        types: [],
        paths: {
          "@gcore-billing/types": ["./types/src/generated/index.ts"],
          "openapi-fetch": [openapiFetch],
          // The mocks runtime needs only the decimal helpers and faker; msw is not needed by the generated files.
          "@gcore-billing/validators": [resolve(REPO_ROOT, "packages/validators/src/runtime/decimal.ts")],
          "@faker-js/faker": [faker],
        },
      },
      files: [
        "types/src/generated/index.ts",
        "validators/src/generated/index.ts",
        "client/src/generated/index.ts",
        ...(files.has("mocks") ? ["mocks/src/generated/index.ts", "mocks/src/generated/operations.ts"] : []),
      ],
    }),
  );
  const tsc = resolve(REPO_ROOT, "node_modules/typescript/bin/tsc");
  try {
    await promisify(execFile)(process.execPath, [tsc, "-p", join(root, "tsconfig.json")], { encoding: "utf8" });
    rmSync(root, { recursive: true, force: true });
    return "";
  } catch (error) {
    // The tree stays for inspection.
    return `${(error as { stdout?: string }).stdout ?? error} (in ${root})`;
  }
}

/**
 * Loads the generated mocks factories of `files` as code: the mocks runtime is copied beside them
 * with its two package imports pointed at their files (faker from the mocks package, the decimal
 * helpers from the validators' source), so no package needs to be built. Returns `builders`, the
 * schema-name table, and `fake`, the runtime's seeded entry point.
 */
export async function importMocks(files: Map<string, EmittedFiles>): Promise<{
  builders: Record<string, (f: unknown) => unknown>;
  MockContext: new (options: { seed: number }) => unknown;
  cleanup(): void;
}> {
  const mocks = files.get("mocks");
  if (mocks === undefined) throw new Error("no mocks target in the generated files");
  const root = mkdtempSync(join(REPO_ROOT, "tools/codegen/.tmp-mocks-"));
  writeAtomically(new Map([[join(root, "generated"), mocks]]));
  cpSync(resolve(REPO_ROOT, "packages/mocks/src/runtime"), join(root, "runtime"), { recursive: true });
  const require = createRequire(resolve(REPO_ROOT, "packages/mocks/package.json"));
  const context = join(root, "runtime/context.ts");
  writeFileSync(
    context,
    readFileSync(context, "utf8")
      .replace('from "@faker-js/faker"', `from ${JSON.stringify(pathToFileURL(require.resolve("@faker-js/faker")).href)}`)
      .replace(
        'from "@gcore-billing/validators"',
        `from ${JSON.stringify(pathToFileURL(resolve(REPO_ROOT, "packages/validators/src/runtime/decimal.ts")).href)}`,
      ),
  );
  const factories = (await import(pathToFileURL(join(root, "generated/factories.ts")).href)) as {
    builders: Record<string, (f: unknown) => unknown>;
  };
  const runtime = (await import(pathToFileURL(context).href)) as { MockContext: new (options: { seed: number }) => unknown };
  return { builders: factories.builders, MockContext: runtime.MockContext, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
