import type { DiscriminatorTag, JsonSchema, Model, OperationModel, SchemaEntry } from "../../model.ts";
import { isObject, resolvePointer, unescapePointer } from "../../pointer.ts";
import { emitSpecMeta, generatedHeader } from "../header.ts";
import type { EmittedFiles, Plugin } from "../plugin.ts";

type Schema = Record<string, unknown>;

const LOCAL_DEF = /^#\/\$defs\/(.+)$/;
/** The value of a schema that admits anything; typed `any`, as the types may still name a type there. */
const ANYTHING = "f.anything()";
const str = (v: unknown) => JSON.stringify(v);
const indent = (text: string, by = "  ") => text.replace(/\n/g, `\n${by}`);
const camel = (s: string) => s.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""));
/** `() => expr`, with an object literal in parentheses so it is not read as a block. */
const arrow = (expr: string) => (expr.startsWith("{") ? `() => (${expr})` : `() => ${expr}`);
const pascal = (s: string) => camel(s).replace(/^./, (c) => c.toUpperCase());

/** Keywords that only describe; a schema of only these (and `type`) is judged by `type` alone. */
const STRING_KEYS = ["format", "pattern", "minLength", "maxLength"] as const;
const NUMBER_KEYS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"] as const;

interface Emitter {
  /** component schema name -> generated builder identifier */
  builders: Map<string, string>;
  /** `{ $defs: validationSchemas }`, to resolve a `$ref` into part of a component. */
  root: { $defs: Record<string, JsonSchema> };
  /** The builders' identifiers, for name clashes and imports. */
  builderNames: ReadonlySet<string>;
  /** Pointers being inlined, so a self-referencing part fails clearly instead of looping. */
  inlining: Set<string>;
}

function refName(ref: string): string {
  const name = LOCAL_DEF.exec(ref)?.[1];
  if (name === undefined) throw new Error(`unexpected $ref in a validation schema: ${ref}`);
  return unescapePointer(decodeURIComponent(name));
}

function specObject(schema: Schema, keys: readonly string[], hint: string | undefined): string {
  const entries = [
    ...(hint !== undefined ? [["hint", hint] as const] : []),
    ...keys.filter((k) => k in schema).map((k) => [k, schema[k]] as const),
  ];
  return entries.length === 0 ? "" : `{ ${entries.map(([k, v]) => `${k}: ${str(v)}`).join(", ")} }`;
}

const DATE_FORMATS = new Set(["date", "date-time"]);

/**
 * Business rules a property set implies, by the API's naming: a period's `_from` is not after
 * its `_to`, `start` not after `end`, a due date not before its date, `updated_at` not before
 * `created_at`, and `amount_total = amount_untaxed + amount_tax` with the tax at a real rate.
 */
function rules(properties: Record<string, unknown>): string[] {
  const isDate = (name: string) => {
    const s = properties[name];
    return isObject(s) && typeof s.format === "string" && DATE_FORMATS.has(s.format);
  };
  const out: string[] = [];
  const pair = (earlier: string, later: string) => {
    if (isDate(earlier) && isDate(later)) out.push(`f.ordered(value, ${str(earlier)}, ${str(later)}, overrides);`);
  };
  for (const name of Object.keys(properties)) {
    if (name.endsWith("_from")) pair(name, `${name.slice(0, -5)}_to`);
    if (name.endsWith("_date")) pair(name, `${name}_due`);
  }
  pair("start", "end");
  pair("created_at", "updated_at");
  if ("amount_untaxed" in properties && "amount_tax" in properties) {
    const names = ["amount_untaxed", "amount_tax", ...("amount_total" in properties ? ["amount_total"] : [])];
    const fields = `{ net: "amount_untaxed", tax: "amount_tax"${names.length === 3 ? ', total: "amount_total"' : ""} }`;
    // The patterns travel with the rule: a computed amount must match its field's pattern, or the rule says why not.
    const patterns = names.flatMap((name) => {
      const s = properties[name];
      return isObject(s) && typeof s.pattern === "string" ? [`${str(name)}: ${str(s.pattern)}`] : [];
    });
    out.push(`f.amounts(value, ${fields}, overrides${patterns.length > 0 ? `, { ${patterns.join(", ")} }` : ""});`);
  }
  return out;
}

/**
 * `type: object` beside `allOf`/`anyOf`/`oneOf` and no properties of its own: openapi-typescript
 * types it `Record<string, never> & (...)`, which no object with properties satisfies. The value
 * is built as the schema says and handed over untyped (`f.loose`), so the literal around it compiles.
 */
function recordNeverComposition(s: Schema): boolean {
  const objectType = s.type === "object" || (Array.isArray(s.type) && s.type.includes("object"));
  const composed = ["allOf", "anyOf", "oneOf"].some((k) => Array.isArray(s[k]));
  return objectType && composed && !("properties" in s) && !("additionalProperties" in s) && !("patternProperties" in s);
}

/**
 * `type: object` beside `oneOf: [object, string, integer]`: only the members of the declared
 * type can be the value, so the others are not picked (all of them stay if none fits).
 */
function typedMembers(s: Schema, e: Emitter): Schema {
  if (s.type === undefined) return s;
  const parent = typeof s.type === "string" ? [s.type] : (s.type as string[]);
  const out: Schema = { ...s };
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = s[key];
    if (!Array.isArray(options)) continue;
    const kept = options.filter((o) => {
      const own = resolvedPart(o as JsonSchema, e).type;
      if (own === undefined) return true;
      const types = typeof own === "string" ? [own] : (own as string[]);
      return intersectTypes([...parent, "null"], types).length > 0;
    });
    if (kept.length > 0) out[key] = kept;
  }
  return out;
}

/** The same schema judged by its composition alone (its members say what the value is). */
function withoutObjectType(s: Schema): Schema {
  const { type, ...rest } = s;
  if (!Array.isArray(type)) return rest;
  const others = type.filter((t) => t !== "object");
  return others.length === 0 ? rest : { ...rest, type: others };
}

const JSON_TYPE_OF: Record<string, (v: unknown) => boolean> = {
  null: (v) => v === null,
  boolean: (v) => typeof v === "boolean",
  integer: (v) => Number.isInteger(v),
  number: (v) => typeof v === "number",
  string: (v) => typeof v === "string",
  array: (v) => Array.isArray(v),
  object: (v) => isObject(v),
};

/** Whether `value` has one of the JSON types `type` names (any value when there is none). */
function ofType(value: unknown, type: unknown): boolean {
  const types = typeof type === "string" ? [type] : Array.isArray(type) ? (type as string[]) : null;
  return types === null || types.some((t) => JSON_TYPE_OF[t]?.(value) ?? true);
}

/** A part of an `allOf`, with a whole-component `$ref` replaced by the component's schema. */
function resolvedPart(part: JsonSchema, e: Emitter): Schema {
  if (!isObject(part)) return {};
  if (typeof part.$ref !== "string") return part;
  const target = resolvePointer(e.root, part.$ref);
  return isObject(target) ? target : {};
}

/**
 * The parts of an `allOf` of scalars as one schema: types intersected (`integer` within
 * `number`), enums intersected, bounds tightened; any other keyword from the last part naming it.
 * No type left means no value exists; the mock then says so when it is built.
 */
function mergedScalar(parts: Schema[]): Schema {
  const merged: Schema = {};
  let types: string[] | null = null;
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key === "type") {
        const own = typeof value === "string" ? [value] : (value as string[]);
        types = types === null ? own : intersectTypes(types, own);
      } else if (key === "enum" && Array.isArray(merged.enum)) {
        merged.enum = (merged.enum as unknown[]).filter((v) => (value as unknown[]).some((w) => JSON.stringify(w) === JSON.stringify(v)));
      } else if ((key === "minimum" || key === "minLength" || key === "minItems") && typeof merged[key] === "number") {
        merged[key] = Math.max(merged[key] as number, value as number);
      } else if ((key === "maximum" || key === "maxLength" || key === "maxItems") && typeof merged[key] === "number") {
        merged[key] = Math.min(merged[key] as number, value as number);
      } else merged[key] = value;
    }
  }
  if (types !== null) merged.type = types.length === 0 ? IMPOSSIBLE : types.length === 1 ? types[0] : types;
  return merged;
}

/** JSON types both lists allow; an integer is a number. */
function intersectTypes(a: string[], b: string[]): string[] {
  const out = new Set<string>();
  for (const t of a) {
    if (b.includes(t)) out.add(t);
    else if ((t === "integer" && b.includes("number")) || (t === "number" && b.includes("integer"))) out.add("integer");
  }
  return [...out];
}

/** The type of a schema no value satisfies (`allOf: [{type: number}, {type: string}]`). */
const IMPOSSIBLE = "never";

/** A TypeScript expression that builds a value of `schema` from the MockContext `f`. */
function expression(schema: JsonSchema, e: Emitter, hint?: string): string {
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return ANYTHING;
  if (schema === false) throw new Error("a `false` schema admits no value to mock");
  const s = schema as Schema;
  if (typeof s.$ref === "string") {
    const whole = /^#\/\$defs\/[^/]+$/.test(s.$ref);
    const builder = whole ? e.builders.get(refName(s.$ref)) : undefined;
    if (builder) return `f.nested(() => ${builder}(f))`;
    // A pointer into part of a component: that part is written out here.
    const target = resolvePointer(e.root, s.$ref) as JsonSchema | undefined;
    if (target === undefined || e.inlining.has(s.$ref)) throw new Error(`cannot mock $ref ${s.$ref}`);
    e.inlining.add(s.$ref);
    try {
      return expression(target, e, hint);
    } finally {
      e.inlining.delete(s.$ref);
    }
  }
  // `as const` keeps the literal type through `f.optional(...)`, where it would widen to string.
  if ("const" in s) return s.const === null || typeof s.const === "object" ? str(s.const) : `${str(s.const)} as const`;
  if (Array.isArray(s.enum)) {
    // `type: string` with `enum: [a, 3.1]`: only the members of the declared type are valid.
    const typed = s.enum.filter((v) => ofType(v, s.type));
    return `f.pick(${str(typed.length > 0 ? typed : s.enum)})`;
  }
  const members = typedMembers(s, e);
  if (recordNeverComposition(s)) return `f.loose(${arrow(expression(withoutObjectType(members), e, hint))})`;
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = members[key];
    if (!Array.isArray(options)) continue;
    const nonNull = options.filter((o) => !(isObject(o) && o.type === "null"));
    const inner =
      nonNull.length === 1
        ? expression(nonNull[0] as JsonSchema, e, hint)
        : `f.pick([${nonNull.map((o) => arrow(expression(o as JsonSchema, e, hint))).join(", ")}])()`;
    return nonNull.length < options.length ? `f.nullable(${arrow(inner)})` : inner;
  }
  if (Array.isArray(s.allOf)) {
    const { allOf, ...rest } = s;
    const parts = [...(allOf as JsonSchema[]), ...(Object.keys(rest).some((k) => k !== "type") ? [rest] : [])];
    const built =
      parts.length === 1
        ? expression(parts[0] as JsonSchema, e, hint)
        : parts.every((p) => objectLike(p, e))
          ? `Object.assign({}, ${parts.map((p) => expression(p, e, hint)).join(", ")})`
          : // `allOf: [{type: number}, {minimum: 1}]` is one number, not an object of two.
            expression(mergedScalar(parts.map((p) => resolvedPart(p, e))), e, hint);
    return Array.isArray(s.type) && s.type.includes("null") ? `f.nullable(${arrow(built)})` : built;
  }
  let type = s.type;
  if (Array.isArray(type)) {
    const types = type.filter((t) => t !== "null");
    const inner = expression({ ...s, type: types.length === 0 ? "null" : types[0] }, e, hint);
    return types.length < type.length ? `f.nullable(${arrow(inner)})` : inner;
  }
  if (type === undefined)
    type = "properties" in s ? "object" : "items" in s ? "array" : STRING_KEYS.some((k) => k in s) ? "string" : undefined;
  switch (type) {
    case IMPOSSIBLE:
      return `f.impossible(${str(hint ?? "the value")})`;
    case "null":
      return "null";
    case "boolean":
      return "f.boolean()";
    case "string":
      return `f.string(${specObject(s, STRING_KEYS, hint)})`;
    case "integer":
      return `f.integer(${specObject(s, NUMBER_KEYS, hint)})`;
    case "number":
      return `f.number(${specObject(s, NUMBER_KEYS, hint)})`;
    case "array": {
      if (Array.isArray(s.prefixItems) && s.prefixItems.length > 0) return tuple(s, s.prefixItems as JsonSchema[], e, hint);
      const item = expression((s.items as JsonSchema | undefined) ?? {}, e, hint);
      const bounds = typeof s.minItems === "number" ? `, ${s.minItems}${typeof s.maxItems === "number" ? `, ${s.maxItems}` : ""}` : "";
      return `f.array(${arrow(item)}${bounds})`;
    }
    case "object": {
      const body = objectLiteral(s, e);
      const checks = rules((s.properties as Record<string, unknown> | undefined) ?? {});
      if (checks.length === 0) return body;
      return `f.nested(() => {\n  const overrides = {};\n  const value = ${indent(body)};\n  ${checks.join("\n  ")}\n  return value;\n})`;
    }
    default:
      return ANYTHING;
  }
}

/**
 * `prefixItems` (2020-12 tuples): one value per position, then as many `items` as `minItems`
 * still asks for. Stopping at the prefix is always allowed unless `minItems` says otherwise.
 */
function tuple(s: Schema, prefix: JsonSchema[], e: Emitter, hint: string | undefined): string {
  const values = prefix.map((p) => expression(p, e, hint));
  const rest = (typeof s.minItems === "number" ? s.minItems : 0) - prefix.length;
  if (rest > 0) values.push(`...f.array(${arrow(expression((s.items as JsonSchema | undefined) ?? {}, e, hint))}, ${rest}, ${rest})`);
  return `f.tuple(${values.join(", ")})`;
}

/** A `default` makes a property present in openapi-typescript's types (`defaultNonNullable`), so the mock always has it. */
const hasDefault = (schema: JsonSchema) => isObject(schema) && schema.default !== undefined;

/** The object's properties; `tag` first when a discriminator names this schema. */
function objectLiteral(s: Schema, e: Emitter, tag: DiscriminatorTag | null = null): string {
  const properties = (s.properties as Record<string, JsonSchema> | undefined) ?? {};
  const required = new Set((s.required as string[] | undefined) ?? []);
  const lines = tag === null ? [] : [`${str(tag.property)}: ${tagValue(tag)},`];
  for (const [name, child] of Object.entries(properties)) {
    if (name === tag?.property) continue;
    const value = expression(child, e, name);
    lines.push(required.has(name) || hasDefault(child) ? `${str(name)}: ${value},` : `...f.optional(${str(name)}, ${arrow(value)}),`);
  }
  return lines.length === 0 ? "{}" : `{\n  ${lines.map((l) => indent(l)).join("\n  ")}\n}`;
}

/** Where `schema` (or a part of its `allOf`, through references) declares property `name`. */
function propertySchema(schema: JsonSchema, name: string, e: Emitter, seen = new Set<string>()): JsonSchema | undefined {
  if (!isObject(schema)) return undefined;
  if (typeof schema.$ref === "string") {
    if (seen.has(schema.$ref)) return undefined;
    seen.add(schema.$ref);
    return propertySchema(resolvePointer(e.root, schema.$ref) as JsonSchema, name, e, seen);
  }
  const own = isObject(schema.properties) ? (schema.properties[name] as JsonSchema | undefined) : undefined;
  if (own !== undefined) return own;
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const found = propertySchema(part as JsonSchema, name, e, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The tag values the property's own schema accepts: a mapping key is a string, so a boolean
 * `const`, an enum without the key or a pattern leave the property to its schema (null).
 */
function fittedTag(tag: DiscriminatorTag | null, schema: JsonSchema, e: Emitter): DiscriminatorTag | null {
  if (tag === null) return null;
  let p = propertySchema(schema, tag.property, e);
  if (isObject(p) && typeof p.$ref === "string") p = resolvePointer(e.root, p.$ref) as JsonSchema | undefined;
  if (p === undefined || p === true) return tag;
  if (!isObject(p)) return null;
  const values = tag.values.filter(
    (v) =>
      ofType(v, p.type) &&
      (!("const" in p) || p.const === v) &&
      (!Array.isArray(p.enum) || p.enum.includes(v)) &&
      !("pattern" in p) &&
      !("format" in p),
  );
  return values.length > 0 ? { property: tag.property, values } : null;
}

/**
 * The discriminator's tag does not fit the property's own schema (a mapping key "False" for a
 * boolean `const: false`): openapi-typescript types the property with the tag, the schema decides
 * the value, so the literal is typed by assertion.
 */
const tagClash = (wanted: DiscriminatorTag | null, fitted: DiscriminatorTag | null) =>
  wanted !== null && (fitted === null || fitted.values.length < wanted.values.length);

const tagValue = (tag: DiscriminatorTag) => (tag.values.length === 1 ? str(tag.values[0]) : `f.pick(${str(tag.values)})`);

/**
 * Whether openapi-typescript gives the object an index signature beside its properties
 * (`patternProperties`, or `additionalProperties` with a schema), which the literal's properties
 * need not match: such a literal is built as the schema says and then typed by assertion.
 */
function indexSignatureClash(s: Schema): boolean {
  const hasProperties = isObject(s.properties) && Object.keys(s.properties).length > 0;
  const patterned = isObject(s.patternProperties) && Object.keys(s.patternProperties).length > 0;
  const additional = isObject(s.additionalProperties) && Object.keys(s.additionalProperties).length > 0;
  return patterned || (hasProperties && additional);
}

/** Whether every value of `schema` is an object, so `overrides` can be spread over it. */
function objectLike(schema: JsonSchema, e: Emitter, seen = new Set<string>()): boolean {
  if (!isObject(schema)) return false;
  if (typeof schema.$ref === "string") {
    if (seen.has(schema.$ref)) return true;
    seen.add(schema.$ref);
    return objectLike(resolvePointer(e.root, schema.$ref) as JsonSchema, e, seen);
  }
  if (Array.isArray(schema.allOf)) return schema.allOf.some((p) => objectLike(p as JsonSchema, e, seen));
  for (const key of ["oneOf", "anyOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options)) return options.every((o) => objectLike(o as JsonSchema, e, seen));
  }
  return schema.type === "object" || (schema.type === undefined && "properties" in schema);
}

/** The component's builder: an object literal, then the business rules its properties imply. */
function builder(entry: SchemaEntry, schema: JsonSchema, e: Emitter): string {
  const { name, exportName } = entry;
  const tag = fittedTag(entry.discriminator, schema, e);
  const typeName = `T.${exportName}`;
  const ident = e.builders.get(name) as string;
  const doc = `/** Builds \`components.schemas.${name}\`${exportName !== name ? ` (\`${exportName}\`)` : ""}. */`;
  const s = isObject(schema) ? schema : {};
  if (!objectLike(schema, e)) {
    return `${doc}\nexport function ${ident}(f: MockContext): ${typeName} {\n  return ${indent(expression(schema, e))} as ${typeName};\n}`;
  }
  const signature = `export function ${ident}(f: MockContext, overrides: Overrides<${typeName}> = {}): ${typeName}`;
  const plain = !("allOf" in s) && !("anyOf" in s) && !("oneOf" in s) && !("$ref" in s) && !Array.isArray(s.type);
  if (!plain) {
    const tagged = tag === null ? "" : ` ${str(tag.property)}: ${tagValue(tag)},`;
    return `${doc}\n${signature} {\n  const value = ${indent(expression(schema, e))};\n  return { ...value,${tagged} ...overrides } as ${typeName};\n}`;
  }
  const checks = rules((s.properties as Record<string, unknown> | undefined) ?? {});
  return [
    doc,
    `${signature} {`,
    indexSignatureClash(s) || tagClash(entry.discriminator, tag)
      ? `  const value = ${indent(objectLiteral(s, e, tag))} as unknown as ${typeName};`
      : `  const value: ${typeName} = ${indent(objectLiteral(s, e, tag))};`,
    "  Object.assign(value, overrides);",
    ...checks.map((c) => `  ${c}`),
    "  return value;",
    "}",
  ].join("\n");
}

/** The component a paginated list's `results` hold (the model decides what is paginated). */
function pageItem(op: OperationModel): string | undefined {
  const items = op.pagination?.itemsSchema;
  return isObject(items) && typeof items.$ref === "string" ? refName(items.$ref) : undefined;
}

interface EmittedOperation {
  text: string;
}

/** Builders of response bodies that are not a component, by name, in document order. */
interface InlineBuilders {
  /** `operationId status contentType` -> builder name */
  byBody: Map<string, string>;
  /** builder name -> its source */
  text: Map<string, string>;
}

function operationEntry(op: OperationModel, e: Emitter, inline: InlineBuilders): EmittedOperation {
  const item = pageItem(op);
  const responses = op.responses
    .filter((r) => /^2/.test(r.status))
    .map((r) => {
      let build = "undefined";
      if (r.schema !== null) {
        if (isObject(r.schema) && typeof r.schema.$ref === "string") build = e.builders.get(refName(r.schema.$ref)) as string;
        else {
          const body = `${op.operationId} ${r.status} ${r.contentType}`;
          const known = inline.byBody.get(body);
          if (known !== undefined) build = known;
          else {
            // operationIds that differ only in punctuation, or one status in two media types, must not share a builder.
            const base = `build${pascal(op.operationId)}${r.status}`;
            build = base;
            for (let n = 2; inline.text.has(build) || e.builderNames.has(build); n++) build = `${base}_${n}`;
            inline.byBody.set(body, build);
            inline.text.set(
              build,
              `/** Builds the ${r.status} JSON body of \`${op.operationId}\`. */\nfunction ${build}(f: MockContext): unknown {\n  return ${indent(expression(r.schema, e))};\n}`,
            );
          }
        }
      }
      return `{ status: ${Number(r.status) || 200}, contentType: ${str(r.contentType)}${build !== "undefined" ? `, build: ${build}` : ""} }`;
    });
  const pathParams = op.parameters
    .filter((p) => p.in === "path")
    .map(
      (p) =>
        `${str(p.name)}: ${str(isObject(p.schema) && (p.schema.type === "integer" || p.schema.type === "number") ? "number" : "string")}`,
    );
  const record = op.responses.find((r) => /^2/.test(r.status) && isObject(r.schema) && typeof r.schema.$ref === "string");
  const fields = [
    `operationId: ${str(op.operationId)}`,
    `method: ${str(op.method)}`,
    `path: ${str(op.path.replace(/\{([^}]+)\}/g, ":$1"))}`,
    ...(pathParams.length > 0 ? [`pathParams: { ${pathParams.join(", ")} }`] : []),
    ...(item ? [`page: { schema: ${str(item)}, build: ${e.builders.get(item)} }`] : []),
    ...(record && !item && isObject(record.schema) ? [`schema: ${str(refName(record.schema.$ref as string))}`] : []),
    `responses: [${responses.join(", ")}]`,
  ];
  return { text: `  {\n    ${fields.join(",\n    ")},\n  },` };
}

/** The component builders `text` mentions, sorted: whatever their names look like (`build_201` too). */
function usedBuilders(text: string, e: Emitter): string[] {
  const identifiers = new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []);
  return [...e.builderNames].filter((b) => identifiers.has(b)).sort();
}

/** `@gcore-billing/mocks`: a seeded factory per component schema, and the operation table the MSW handlers serve. */
export function emitMocks(model: Model): EmittedFiles {
  const header = generatedHeader(model.source);
  const builders = new Map(model.schemas.map((s) => [s.name, `build${s.exportName}`]));
  const e: Emitter = {
    builders,
    builderNames: new Set(builders.values()),
    root: { $defs: model.validationSchemas },
    inlining: new Set(),
  };
  const factories = [
    header,
    'import type * as T from "@gcore-billing/types";',
    'import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";',
    "",
  ];
  for (const s of model.schemas) {
    const schema = model.validationSchemas[s.name];
    if (schema === undefined) throw new Error(`components/schemas/${s.name} has no validation schema`);
    factories.push(builder(s, schema, e), "");
  }
  for (const s of model.schemas) {
    factories.push(
      `/** A \`${s.exportName}\` whose every value satisfies the spec; the same \`seed\` gives the same value. */`,
      `export const fake${s.exportName} = (options?: FakeOptions<T.${s.exportName}>): T.${s.exportName} => fake<T.${s.exportName}>(options, build${s.exportName});`,
      "",
    );
  }
  factories.push(
    "/** Every builder by schema name, for code that mocks by name (the MSW handlers). */",
    "export const builders = {",
    ...model.schemas.map((s) => `  ${str(s.name)}: build${s.exportName},`),
    "} as const;",
    "",
  );

  const inline: InlineBuilders = { byBody: new Map(), text: new Map() };
  const entries = model.operations.map((op) => operationEntry(op, e, inline).text);
  const operations = [
    header,
    `import type { MockOperation } from "../runtime/operation.js";`,
    `import type { MockContext } from "../runtime/context.js";`,
    "import {",
    ...usedBuilders([...entries, ...inline.text.values()].join("\n"), e).map((b) => `  ${b},`),
    '} from "./factories.js";',
    "",
    ...[...inline.text.values()].flatMap((b) => [b, ""]),
    "/** Every operation of the spec, as the MSW handlers serve it. */",
    "export const operations: readonly MockOperation[] = [",
    ...entries,
    "];",
    "",
  ];

  const files: EmittedFiles = new Map();
  files.set("factories.ts", factories.join("\n"));
  files.set("operations.ts", operations.join("\n"));
  files.set("spec-meta.ts", emitSpecMeta(model.source));
  files.set("index.ts", `${header}export * from "./factories.js";\nexport * from "./spec-meta.js";\n`);
  return files;
}

export const plugin: Plugin = {
  name: "mocks",
  emit: (model) => emitMocks(model),
};
