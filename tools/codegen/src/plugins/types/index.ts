import { createRequire } from "node:module";
import openapiTS, { astToString } from "openapi-typescript";
import type { Model } from "../../model.ts";
import { withoutRefShapedData } from "../../stages/bundle.ts";
import { emitSpecMeta, generatedHeader } from "../header.ts";
import type { EmittedFiles, Plugin } from "../plugin.ts";

/**
 * openapi-typescript lints its input with Redocly's "minimal" rules before it converts it. The
 * model was validated by normalise already, and the lint is a tenth of the run on a large
 * document, so it runs with no rules. The config must come from the same @redocly/openapi-core
 * that openapi-typescript itself loads.
 */
type RedoclyConfig = NonNullable<Parameters<typeof openapiTS>[1]>["redocly"];
let noLint: Promise<RedoclyConfig> | undefined;
function redoclyWithoutRules(): Promise<RedoclyConfig> {
  if (noLint) return noLint;
  const fromOpenapiTs = createRequire(createRequire(import.meta.url).resolve("openapi-typescript"));
  const { createConfig } = fromOpenapiTs("@redocly/openapi-core") as {
    createConfig(raw: object, options: object): Promise<RedoclyConfig>;
  };
  noLint = createConfig({ rules: {} }, { extends: [] });
  return noLint;
}

/**
 * `@gcore-billing/types`: openapi-typescript's `paths`/`components`/`operations`,
 * plus a named alias per component schema and an `as const` array per enum.
 */
export async function emitTypes(model: Model): Promise<EmittedFiles> {
  // openapi-typescript reads 3.1 semantics; the model already rewrote `nullable` and friends.
  // It gets a copy: it writes into its input (it adds a discriminator's property to the
  // `required` of every mapped schema), and the other plugins must see the document as written.
  const document = structuredClone(withoutRefShapedData(model.document));
  const ast = await openapiTS({ ...document, openapi: "3.1.0" } as never, {
    silent: true,
    alphabetize: false,
    redocly: await redoclyWithoutRules(),
  });
  const header = generatedHeader(model.source);
  const files: EmittedFiles = new Map();
  files.set("openapi.ts", `${header}${astToString(ast)}`);

  const lines = [header, 'import type { components } from "./openapi.js";', ""];
  for (const schema of model.schemas) {
    lines.push(`/** \`components["schemas"][${JSON.stringify(schema.name)}]\` */`);
    lines.push(`export type ${schema.exportName} = components["schemas"][${JSON.stringify(schema.name)}];`);
  }
  lines.push("");
  for (const e of model.enums) {
    lines.push(`/** Values of \`#${e.pointer}\`. */`);
    lines.push(`export const ${e.name}Values = ${JSON.stringify(e.values)} as const;`);
    lines.push(`export type ${e.name} = (typeof ${e.name}Values)[number];`);
  }
  lines.push("");
  lines.push("/** Component schema name -> exported name. */");
  lines.push(
    `export const schemaNames = ${JSON.stringify(Object.fromEntries(model.schemas.map((s) => [s.name, s.exportName])), null, 2)} as const;`,
  );
  files.set("schemas.ts", `${lines.join("\n")}\n`);
  files.set("spec-meta.ts", emitSpecMeta(model.source));
  files.set(
    "index.ts",
    `${header}export type { paths, components, operations, webhooks, $defs } from "./openapi.js";
export * from "./schemas.js";
export * from "./spec-meta.js";
`,
  );
  return files;
}

export const plugin: Plugin = {
  name: "types",
  emit: (model) => emitTypes(model),
};
