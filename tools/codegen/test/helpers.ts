import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createAjv } from "../src/emit/validators.ts";
import type { JsonSchema } from "../src/model.ts";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");
export const SHARED = resolve(REPO_ROOT, "../shared");
export const FIXTURES = resolve(import.meta.dirname, "fixtures");
const RUNTIME = resolve(REPO_ROOT, "packages/validators/src/runtime");
// Inside the repo so the modules resolve like package code; removed when the worker exits.
const TMP = resolve(import.meta.dirname, "../.tmp", String(process.pid));
process.on("exit", () => rmSync(TMP, { recursive: true, force: true }));

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
