import { _, Ajv2020 } from "ajv/dist/2020.js";
import ajvStandalone from "ajv/dist/standalone/index.js";
import { SpecError } from "../../errors.ts";
import type { JsonSchema, Model } from "../../model.ts";
import { escapePointer } from "../../pointer.ts";
import { CHECKED_FORMATS } from "../../stages/formats.ts";
import { emitSpecMeta, generatedHeader } from "../header.ts";
import type { EmittedFiles, Plugin } from "../plugin.ts";
import { emitStandardSchema } from "./standard-schema.ts";

// ajv is CommonJS; under NodeNext its default export arrives wrapped.
type StandaloneCode = (ajv: Ajv2020, refs: Record<string, string>) => string;
const standaloneCode: StandaloneCode =
  (ajvStandalone as unknown as { default?: StandaloneCode }).default ?? (ajvStandalone as unknown as StandaloneCode);

/** ajv's standalone output `require()`s these helpers; the validators package ships its own copies. */
const RUNTIME_HELPERS = new Set(["ucs2length", "equal"]);
const ROOT_ID = "gcore-billing-spec";

const responseKey = (operationId: string, status: string) => `__response_${operationId}_${status}`;
const defRef = (key: string) => `${ROOT_ID}#/$defs/${encodeURIComponent(escapePointer(key))}`;

export interface CompiledValidators {
  /** ESM source with `import` statements instead of ajv's `require()` calls. */
  code: string;
  /** export identifier -> component schema name, or [operationId, status] for responses. */
  schemaExports: { ident: string; name: string; exportName: string }[];
  responseExports: { ident: string; operationId: string; status: string }[];
}

type FormatCheck = (value: string) => boolean;

const PROTOTYPE_NAMES = new RegExp(`"(${Object.getOwnPropertyNames(Object.prototype).join("|")})"`);

/**
 * The one ajv configuration behind every generated validator. `schemasText` is the JSON of
 * the schemas to compile (to detect the 2020-12 features they need). With real `formats`
 * the instance validates in memory; without, format checks are placeholders whose
 * standalone code calls the validators runtime.
 */
export function createAjv(schemasText: string, formats?: Record<string, FormatCheck>): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    // One function per $defs entry: inlining would copy big schemas into every referrer.
    inlineRefs: false,
    strict: true,
    // OpenAPI documents routinely omit `type` next to applicators; that is legal JSON Schema.
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    // Overlapping `properties` and `patternProperties` are legal and mean "both apply".
    allowMatchingProperties: true,
    // A property named like a member of Object.prototype (`constructor`, `toString`...) must be
    // judged on the record's own properties. Own-property checks cost ~2x on every record, so
    // they are on only when a schema names such a property; any other name cannot be inherited
    // by a parsed JSON object.
    ownProperties: PROTOTYPE_NAMES.test(schemasText),
    code: { source: true, esm: true, formats: _`__formats`, optimize: true },
    // Functions (not {validate} objects) so the emitted call is `formats0(x)`.
    formats: formats ?? Object.fromEntries(CHECKED_FORMATS.map((f) => [f, () => true])),
  });
  // Ajv2020 forces evaluated-property bookkeeping and dynamic anchors on every call, which costs
  // time and code size. Turn them off unless the schemas use the keywords that need them.
  const opts = ajv.opts as { unevaluated?: boolean; dynamicRef?: boolean };
  opts.unevaluated = schemasText.includes('"unevaluatedProperties"') || schemasText.includes('"unevaluatedItems"');
  opts.dynamicRef = schemasText.includes('"$dynamicRef"') || schemasText.includes('"$dynamicAnchor"');
  return ajv;
}

/** ajv standalone ESM code for `refs` (export name -> schema ref), with ajv's require() calls replaced by imports. */
export function standaloneModule(ajv: Ajv2020, refs: Record<string, string>): string {
  return rewriteRequires(standaloneCode(ajv, refs));
}

/** Builds one ajv instance over every component schema and JSON response, and returns standalone code. */
export function compileValidators(model: Model, file: string): CompiledValidators {
  const defs: Record<string, JsonSchema> = { ...model.validationSchemas };
  const responseExports: CompiledValidators["responseExports"] = [];
  for (const op of model.operations) {
    for (const response of op.responses) {
      if (response.schema === null || !/^2/.test(response.status)) continue;
      const key = responseKey(op.operationId, response.status);
      if (key in defs) continue;
      defs[key] = response.schema;
      responseExports.push({ ident: `response_${responseExports.length}`, operationId: op.operationId, status: response.status });
    }
  }
  const schemaExports = model.schemas.map((s, i) => ({ ident: `schema_${i}`, name: s.name, exportName: s.exportName }));

  const ajv = createAjv(JSON.stringify(defs));
  try {
    ajv.addSchema({ $id: ROOT_ID, $defs: defs });
    const refs: Record<string, string> = {};
    for (const s of schemaExports) refs[s.ident] = defRef(s.name);
    for (const r of responseExports) refs[r.ident] = defRef(responseKey(r.operationId, r.status));
    return { code: standaloneModule(ajv, refs), schemaExports, responseExports };
  } catch (error) {
    if (error instanceof SpecError) throw error;
    const message = (error as Error).message;
    const def = /\$defs\/([^/"'\s]+)/.exec(message)?.[1];
    throw new SpecError(file, def ? `/components/schemas/${def}` : "/components/schemas", `schema does not compile: ${message}`);
  }
}

function rewriteRequires(code: string): string {
  const used = new Set<string>();
  const body = code.replace(/require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g, (_match, helper: string) => {
    if (!RUNTIME_HELPERS.has(helper)) throw new Error(`ajv emitted a runtime helper the validators package does not provide: ${helper}`);
    used.add(helper);
    return `__runtime_${helper}`;
  });
  if (/\brequire\(/.test(body)) throw new Error("ajv emitted a require() call that has no ESM replacement");
  const imports = [
    'import { formats as __formats } from "../runtime/formats.js";',
    ...[...used].sort().map((h) => `import { ${h} as __runtime_${h} } from "../runtime/ajv-runtime.js";`),
  ];
  return `${imports.join("\n")}\n${body.replace(/^"use strict";/, "")}\n`;
}

/** `@gcore-billing/validators`: standalone ajv code plus typed validate/is/assert wrappers. */
export function emitValidators(model: Model, file: string): EmittedFiles {
  const compiled = compileValidators(model, file);
  const header = generatedHeader(model.source);
  const files: EmittedFiles = new Map();
  files.set("standalone.js", `${header}// @ts-nocheck\n${compiled.code}`);
  files.set(
    "standalone.d.ts",
    `${header}import type { CompiledValidator } from "../runtime/result.js";\n${[
      ...compiled.schemaExports.map((s) => s.ident),
      ...compiled.responseExports.map((r) => r.ident),
    ]
      .map((ident) => `export declare const ${ident}: CompiledValidator;`)
      .join("\n")}\n`,
  );

  const lines = [
    header,
    'import type * as T from "@gcore-billing/types";',
    'import { type Validator, createValidator } from "../runtime/result.js";',
    'import * as standalone from "./standalone.js";',
    "",
  ];
  for (const s of compiled.schemaExports) {
    lines.push(
      `/** Validates \`components.schemas.${s.name}\`. */`,
      `export const ${s.exportName}Validator: Validator<T.${s.exportName}> = createValidator(${JSON.stringify(s.exportName)}, standalone.${s.ident});`,
      `export const validate${s.exportName} = ${s.exportName}Validator.validate;`,
      `export const is${s.exportName}: (data: unknown) => data is T.${s.exportName} = ${s.exportName}Validator.is;`,
      `export const assert${s.exportName}: (data: unknown) => asserts data is T.${s.exportName} = ${s.exportName}Validator.assert;`,
      "",
    );
  }
  lines.push(
    "/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */",
    "export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = {",
    ...compiled.schemaExports.flatMap((s) =>
      s.exportName === s.name
        ? [`  ${JSON.stringify(s.exportName)}: ${s.exportName}Validator,`]
        : [`  ${JSON.stringify(s.exportName)}: ${s.exportName}Validator,`, `  ${JSON.stringify(s.name)}: ${s.exportName}Validator,`],
    ),
    "};",
    "",
    "/** Success-response body validators: `responseValidators[operationId][status]`. */",
    "export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {",
  );
  const byOp = new Map<string, typeof compiled.responseExports>();
  for (const r of compiled.responseExports) byOp.set(r.operationId, [...(byOp.get(r.operationId) ?? []), r]);
  for (const [operationId, list] of byOp) {
    lines.push(`  ${JSON.stringify(operationId)}: {`);
    for (const r of list) {
      lines.push(
        `    ${JSON.stringify(r.status)}: createValidator(${JSON.stringify(`${operationId} ${r.status} response`)}, standalone.${r.ident}),`,
      );
    }
    lines.push("  },");
  }
  lines.push("};", "");
  files.set("validators.ts", lines.join("\n"));
  files.set("spec-meta.ts", emitSpecMeta(model.source));
  files.set("standard-schema.ts", emitStandardSchema(model));
  files.set(
    "index.ts",
    `${header}export * from "./validators.js";\nexport * from "./spec-meta.js";\nexport * from "./standard-schema.js";\n`,
  );
  return files;
}

export const plugin: Plugin = {
  name: "validators",
  emit: (model, options) => emitValidators(model, options.specFile),
};
