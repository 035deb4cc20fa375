/** A bundle that imports one Standard Schema object carries that component's JSON Schema, not every component's. */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { expect, it } from "vitest";

const index = fileURLToPath(new URL("../src/index.ts", import.meta.url));

const bundle = async (names: string) => {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(index)};`, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
};

it("tree-shakes: ErpInvoiceSchema adds its own JSON Schema and the runtime, a few kB over its validator", { timeout: 60_000 }, async () => {
  const [schema, validator, page] = await Promise.all([
    bundle("ErpInvoiceSchema"),
    bundle("ErpInvoiceValidator"),
    bundle("PaginatedTrialForOrgSerializerV1ListSchema"),
  ]);
  expect(schema).toContain('amount_untaxed:{type:"string"');
  // A property only TrialForOrgSerializerV1's JSON Schema has.
  expect(schema).not.toContain('days_limit:{type:"integer"');
  expect(page).toContain('days_limit:{type:"integer"');
  expect(schema.length - validator.length).toBeLessThan(8_000);
});
