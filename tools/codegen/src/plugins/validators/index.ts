import { _, Ajv2020 } from "ajv/dist/2020.js";
import { resolveUrl } from "ajv/dist/compile/resolve.js";
import ajvStandalone from "ajv/dist/standalone/index.js";
import { SpecError } from "../../errors.ts";
import type { JsonSchema, Model } from "../../model.ts";
import { escapePointer, isObject, joinPointer, unescapePointer } from "../../pointer.ts";
import { CHECKED_FORMATS } from "../../stages/formats.ts";
import { mapSchema } from "../../stages/schema-walk.ts";
import { emitSpecMeta, generatedHeader } from "../header.ts";
import type { EmittedFiles, Plugin } from "../plugin.ts";
import { emitFastPath } from "./fast-path.ts";
import { identifierFrom, indentAndWrap, renameIdentifiers, shortHash, topLevelStatements, uniqueNames, usedIdentifiers } from "./layout.ts";
import { emitStandardSchema } from "./standard-schema.ts";

// ajv is CommonJS; under NodeNext its default export arrives wrapped.
type StandaloneCode = (ajv: Ajv2020, refs: Record<string, string>) => string;
const standaloneCode: StandaloneCode =
  (ajvStandalone as unknown as { default?: StandaloneCode }).default ?? (ajvStandalone as unknown as StandaloneCode);

/** ajv's standalone output `require()`s these helpers; the validators package ships its own copies. */
const RUNTIME_HELPERS = new Set(["ucs2length", "equal"]);

/**
 * Every component schema and every response body is its own ajv schema with its own base URI,
 * and `#/$defs/X` references become references to X's URI. ajv then compiles each schema
 * exactly once however many others refer to it; with one root holding all `$defs`, a schema
 * reached by `$ref` and the same schema fetched for export were two compilations (40% of the
 * output for Gcore's Cloud API).
 */
const BASE = "https://gcore-billing-spec.invalid";
const schemaUri = (name: string) => `${BASE}/schemas/${encodeURIComponent(name)}`;
const responseUri = (operationId: string, status: string) =>
  `${BASE}/responses/${encodeURIComponent(operationId)}/${encodeURIComponent(status)}`;
const SCHEMA_URI = new RegExp(`${BASE.replace(/[.]/g, "\\.")}/schemas/([^#"'\\s]+)`);

export interface CompiledValidators {
  /** ESM source with `import` statements instead of ajv's `require()` calls. */
  code: string;
  /** export identifier -> component schema name. */
  schemaExports: { ident: string; name: string; exportName: string }[];
  /** export identifier -> [operationId, status] of a success response with a JSON body. */
  responseExports: { ident: string; operationId: string; status: string }[];
}

type FormatCheck = (value: string) => boolean;

const PROTOTYPE_NAMES = new RegExp(`"(${Object.getOwnPropertyNames(Object.prototype).join("|")})"`);

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
    // `lines`: one statement a line, so generated validators diff line by line. `optimize` would
    // only drop unused variables and empty blocks, for a third of the compile time.
    code: { source: true, esm: true, lines: true, formats: _`__formats`, optimize: false },
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
  const { imports, body } = replaceRequires(standaloneCode(ajv, refs));
  return `${imports.join("\n")}\n${body.replace(/^"use strict";/, "")}\n`;
}

/** `#/$defs/X/rest` (the model's reference to component X) -> X's own URI plus `#/rest`. */
function absoluteRefs(schema: JsonSchema): JsonSchema {
  return mapSchema(schema, "", (node) => {
    const ref = node.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/$defs/")) return node;
    const [first = "", ...rest] = ref.slice("#/$defs/".length).split("/");
    let name: string;
    try {
      name = unescapePointer(decodeURIComponent(first));
    } catch {
      return node;
    }
    return { ...node, $ref: schemaUri(name) + (rest.length > 0 ? `#/${rest.join("/")}` : "") };
  });
}

/** The component a response body names by a bare `$ref`, so the response reuses that validator. */
function bareComponentRef(schema: JsonSchema, components: ReadonlyMap<string, string>): string | undefined {
  if (!isObject(schema) || Object.keys(schema).length !== 1 || typeof schema.$ref !== "string") return undefined;
  return components.get(schema.$ref);
}

interface Unit {
  /** Function (and export) name in standalone.js. */
  ident: string;
  uri: string;
  schema: JsonSchema;
  pointer: string;
}

/**
 * Compiles every component schema and JSON success response once, and returns standalone code
 * whose names derive from schema names and operationId/status, never from document order.
 */
export function compileValidators(model: Model, file: string): CompiledValidators {
  const byName = [...model.schemas].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const taken = new Set<string>();
  const schemaIdents = uniqueNames(byName, (s) => `schema_${identifierFrom(s.exportName)}`, taken);
  const units: Unit[] = byName.map((s) => ({
    ident: schemaIdents.get(s) as string,
    uri: schemaUri(s.name),
    schema: absoluteRefs(model.validationSchemas[s.name] ?? true),
    pointer: s.pointer,
  }));
  const componentByUri = new Map(units.map((u) => [u.uri, u.ident]));

  const responses: { operationId: string; status: string; schema: JsonSchema; pointer: string }[] = [];
  const seen = new Set<string>();
  for (const op of model.operations) {
    for (const response of op.responses) {
      if (response.schema === null || !/^2/.test(response.status)) continue;
      const key = `${op.operationId}\n${response.status}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const pointer = joinPointer(op.pointer, "responses", response.status);
      responses.push({ operationId: op.operationId, status: response.status, schema: absoluteRefs(response.schema), pointer });
    }
  }
  responses.sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : a.status < b.status ? -1 : 1));
  const responseIdents = uniqueNames(
    responses,
    (r) => `response_${identifierFrom(r.operationId)}_${r.status.replace(/[^A-Za-z0-9]/g, "_")}`,
    taken,
  );
  // Response bodies repeat: a bare `$ref` reuses the component's validator, and an inline
  // schema written out the same way under several operations is compiled once.
  const aliases = new Map<string, string>();
  const inlineOwner = new Map<string, string>();
  for (const r of responses) {
    const ident = responseIdents.get(r) as string;
    const component = bareComponentRef(r.schema, componentByUri);
    const text = JSON.stringify(r.schema);
    const owner = component ?? inlineOwner.get(text);
    if (owner !== undefined) {
      aliases.set(ident, owner);
      continue;
    }
    inlineOwner.set(text, ident);
    units.push({ ident, uri: responseUri(r.operationId, r.status), schema: r.schema, pointer: r.pointer });
  }

  const ajv = createAjv(JSON.stringify(units.map((u) => u.schema)));
  const resolver = ajv.opts.uriResolver;
  const refs: Record<string, string> = {};
  const functions = new Map<string, string>();
  for (const unit of units) {
    const key = resolveUrl(resolver, unit.uri, unit.uri);
    refs[unit.ident] = key;
    compiling(file, unit, () => ajv.addSchema(unit.schema as object, key));
  }
  for (const unit of units) {
    const validate = compiling(file, unit, () => ajv.getSchema(refs[unit.ident] as string));
    nameReachable(validate, unit.ident, unit.schema, functions);
  }
  const { imports, body } = replaceRequires(compiling(file, undefined, () => standaloneCode(ajv, refs)));
  const exported = new Set(units.map((u) => u.ident));
  const code = layout(body, functions, exported, aliases);
  return {
    code: `${imports.join("\n")}\n\n${code}`,
    schemaExports: model.schemas.map((s) => ({ ident: schemaIdents.get(s) as string, name: s.name, exportName: s.exportName })),
    responseExports: responses.map((r) => ({ ident: responseIdents.get(r) as string, operationId: r.operationId, status: r.status })),
  };
}

function compiling<T>(file: string, unit: Unit | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SpecError) throw error;
    const message = (error as Error).message;
    const named = SCHEMA_URI.exec(message)?.[1];
    const pointer = named ? joinPointer("/components/schemas", decodeURIComponent(named)) : (unit?.pointer ?? "/components/schemas");
    throw new SpecError(file, pointer, `schema does not compile: ${message}`);
  }
}

interface AjvFunction {
  source?: { validateName: { toString(): string }; scopeValues: Record<string, Map<unknown, { value?: { ref?: unknown } }>> };
  schemaEnv?: { schema: unknown };
}

/**
 * ajv names functions `validate<counter>`. Each export keeps its own name; a function ajv made
 * for a reference into part of a schema (`#/properties/x`) is named after that schema and path.
 */
function nameReachable(root: unknown, ident: string, schema: JsonSchema, names: Map<string, string>): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const fn = stack.pop() as AjvFunction | undefined;
    if (!fn?.source) continue;
    const ajvName = fn.source.validateName.toString();
    if (names.has(ajvName)) continue;
    const path = fn === root ? "" : pathOf(schema, fn.schemaEnv?.schema);
    names.set(
      ajvName,
      fn === root ? ident : `${ident}_${path === undefined ? shortHash(JSON.stringify(fn.schemaEnv?.schema)) : identifierFrom(path)}`,
    );
    for (const prefix of ["validate", "wrapper", "root"]) {
      for (const value of fn.source.scopeValues[prefix]?.values() ?? []) {
        const ref = value.value?.ref as AjvFunction | { validate?: AjvFunction } | undefined;
        const next = typeof ref === "function" ? ref : (ref as { validate?: AjvFunction } | undefined)?.validate;
        // Functions of other exports are named by their own unit.
        if (next?.source && (next as AjvFunction).schemaEnv?.schema !== undefined && !names.has(next.source.validateName.toString())) {
          if (pathOf(schema, next.schemaEnv?.schema) !== undefined) stack.push(next);
        }
      }
    }
  }
}

/** JSON pointer of `target` (by identity) inside `schema`. */
function pathOf(schema: unknown, target: unknown, at = ""): string | undefined {
  if (schema === target) return at;
  if (typeof schema !== "object" || schema === null) return undefined;
  for (const [key, value] of Object.entries(schema)) {
    const found = pathOf(value, target, `${at}/${escapePointer(key)}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

function replaceRequires(code: string): { imports: string[]; body: string } {
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
  return { imports, body };
}

const AJV_NAME = /^([A-Za-z_$]+?)(\d+)$/;
/** With `optimize` off (it costs a third of ajv's compile time), ajv leaves empty `else` blocks. */
const EMPTY_ELSE = /\}\nelse \{\n\}/g;
/** ajv's six-line "start or extend the error list", 14,000 times in a large document. */
const ERROR_PUSH = /if\(vErrors === null\)\{\nvErrors = \[(err\d+)\];\n\}\nelse \{\nvErrors\.push\(\1\);\n\}/g;

/**
 * Rewrites ajv's module: functions named by `functions`, every other top-level constant named
 * after its value (short ones: `formats_date_time`) or after the first function that uses it
 * (`schema_Plan_schema0`), declarations sorted by name so one schema's edit moves no other code.
 */
function layout(body: string, functions: Map<string, string>, exported: Set<string>, aliases: Map<string, string>): string {
  const consts: { name: string; value: string }[] = [];
  const fns = new Map<string, string[]>();
  for (const statement of topLevelStatements(body)) {
    if (statement === '"use strict";' || statement.startsWith("export const ")) continue;
    const declared = /^const ([\w$]+) = /.exec(statement);
    if (declared) {
      consts.push({ name: declared[1] as string, value: statement.slice(declared[0].length) });
      continue;
    }
    const fn = /^(?:function )?(validate\d+)\b/.exec(statement)?.[1];
    if (fn === undefined) throw new Error(`unexpected statement in ajv's standalone code: ${statement.slice(0, 80)}`);
    if (!functions.has(fn)) functions.set(fn, `validate_${shortHash(statement.replace(/validate\d+/g, ""))}`);
    fns.set(fn, [...(fns.get(fn) ?? []), statement]);
  }

  const renamed = new Map(functions);
  const bodies = [...fns].map(([fn, statements]) => {
    const text = statements.join("\n");
    return { name: functions.get(fn) as string, text, ids: usedIdentifiers(text) };
  });
  // Owner of each constant: the first function by name that uses it, and its rank of first use there.
  const constNames = new Set(consts.map((c) => c.name));
  const firstUse = new Map<string, { owner: string; rank: number }>();
  for (const b of [...bodies].sort((x, y) => (x.name < y.name ? -1 : 1))) {
    let rank = 0;
    for (const id of b.ids) {
      if (constNames.has(id) && !firstUse.has(id)) firstUse.set(id, { owner: b.name, rank: rank++ });
    }
  }
  // ajv declares each function's whole schema as a constant whether or not the code reads it.
  const used = new Set(bodies.flatMap((b) => b.ids));
  for (const c of consts) if (used.has(c.name)) for (const id of usedIdentifiers(c.value)) used.add(id);
  const values = consts.filter((c) => used.has(c.name)).map((c) => ({ ...c, value: renameIdentifiers(c.value, renamed) }));
  const perOwner = new Map<string, number>();
  const taken = new Set(renamed.values());
  const ordered = [...values].sort((a, b) => {
    const ua = firstUse.get(a.name);
    const ub = firstUse.get(b.name);
    if (ua && ub) return ua.owner < ub.owner ? -1 : ua.owner > ub.owner ? 1 : ua.rank - ub.rank;
    return ua ? -1 : ub ? 1 : a.value < b.value ? -1 : 1;
  });
  const constIdents = uniqueNames(
    ordered,
    (c) => {
      const prefix = AJV_NAME.exec(c.name)?.[1] ?? c.name;
      // A runtime helper or format check (`__formats["date-time"]`) is named after what it is.
      if (/^[\w$.]+(\["[^"]*"\])?;$/.test(c.value)) {
        const fromValue = identifierFrom(c.value.replace(/;$/, ""));
        return fromValue.startsWith(prefix) ? fromValue : `${prefix}_${fromValue}`;
      }
      const use = firstUse.get(c.name);
      if (!use) return `${prefix}_${shortHash(c.value)}`;
      const n = perOwner.get(`${use.owner}\n${prefix}`) ?? 0;
      perOwner.set(`${use.owner}\n${prefix}`, n + 1);
      return `${use.owner}_${prefix}${n}`;
    },
    taken,
  );
  for (const c of ordered) renamed.set(c.name, constIdents.get(c) as string);

  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const out: string[] = [];
  for (const c of ordered.map((c) => ({ name: constIdents.get(c) as string, value: c.value })).sort(byName)) {
    out.push(indentAndWrap(`const ${c.name} = ${renameIdentifiers(c.value, renamed)}`));
  }
  out.push("");
  for (const b of bodies.sort(byName)) {
    const text = indentAndWrap(
      renameIdentifiers(b.text, renamed).replace(ERROR_PUSH, "(vErrors ??= []).push($1);").replace(EMPTY_ELSE, "}"),
    );
    out.push(exported.has(b.name) ? `export ${text}` : text, "");
  }
  for (const [alias, target] of [...aliases].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push(`export const ${alias} = ${target};`);
  }
  return `${out.join("\n").trimEnd()}\n`;
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
    'import { byName } from "../runtime/by-name.js";',
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
    "export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({",
    ...compiled.schemaExports.flatMap((s) =>
      s.exportName === s.name
        ? [`  ${JSON.stringify(s.exportName)}: ${s.exportName}Validator,`]
        : [`  ${JSON.stringify(s.exportName)}: ${s.exportName}Validator,`, `  ${JSON.stringify(s.name)}: ${s.exportName}Validator,`],
    ),
    "});",
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
  for (const [name, contents] of emitFastPath(model)) files.set(name, contents);
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
