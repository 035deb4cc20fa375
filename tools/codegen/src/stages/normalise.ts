import { createHash } from "node:crypto";
import { basename } from "node:path";
import { SpecError } from "../errors.ts";
import type {
  DiscriminatorTag,
  EnumEntry,
  JsonSchema,
  MediaModel,
  Model,
  OffsetPagination,
  OperationModel,
  ParameterModel,
  PatternModel,
  RequestBodyModel,
  ResponseModel,
  SchemaEntry,
  Warning,
  WarningCode,
} from "../model.ts";
import { ANNOTATION_KEYWORDS, HTTP_METHODS, mediaTypeKind, visitStructure } from "../openapi.ts";
import { COMPONENT_SCHEMA_PREFIX, componentSchemaName, defsName, deref, isObject, joinPointer, resolvePointer } from "../pointer.ts";
import { decideFormat } from "./formats.ts";
import type { LoadedSpec } from "./load.ts";
import { assignExportNames, distinctName, operationName, pascalCase, stableTag } from "./naming.ts";
import { splitNullable } from "./nullability.ts";
import { translatePattern } from "./patterns.ts";
import { mapSchema } from "./schema-walk.ts";

/** The JSON Schema 2020-12 keywords a strict validator accepts. */
const JSON_SCHEMA_KEYWORDS = new Set([
  "$schema",
  "$id",
  "$ref",
  "$anchor",
  "$dynamicRef",
  "$dynamicAnchor",
  "$defs",
  "$comment",
  "$vocabulary",
  "type",
  "enum",
  "const",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxContains",
  "minContains",
  "maxProperties",
  "minProperties",
  "required",
  "dependentRequired",
  "format",
  "title",
  "description",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "examples",
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  "properties",
  "patternProperties",
  "additionalProperties",
  "items",
  "prefixItems",
  "contains",
  "propertyNames",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "dependentSchemas",
  "unevaluatedItems",
  "unevaluatedProperties",
]);

/** OpenAPI adds these to Schema Objects; they mean nothing to a JSON Schema validator. */
const OPENAPI_ONLY = new Set(["nullable", "discriminator", "xml", "externalDocs", "example"]);
const JSON_TYPES = new Set(["null", "boolean", "object", "array", "number", "integer", "string"]);

export interface NormaliseOptions {
  /** Every warning becomes an error (a SpecError listing them all). */
  strict?: boolean;
}

/** Builds the model; a SpecError raised on the way gains the line and column of its pointer. */
export function normalise(loaded: LoadedSpec, options: NormaliseOptions = {}): Model {
  let model: Model;
  try {
    model = buildModel(loaded);
  } catch (error) {
    if (error instanceof SpecError && !error.position && error.pointer) {
      const position = loaded.locate?.(error.pointer);
      if (position) throw new SpecError(error.file, error.pointer, error.detail, position);
    }
    throw error;
  }
  for (const warning of model.warnings) warning.positions = warning.pointers.map((p) => loaded.locate?.(p));
  if (options.strict && model.warnings.length > 0) {
    const [first] = model.warnings as [Warning];
    const list = model.warnings.flatMap((w) =>
      w.pointers.map((p, i) => `  ${formatLocation(loaded.file, p, w.positions?.[i])}: ${w.message}`),
    );
    throw new SpecError(
      loaded.file,
      first.pointers[0] ?? "",
      `--strict: ${list.length} warning${list.length === 1 ? "" : "s"} (fix the document or drop --strict):\n${list.join("\n")}`,
      first.positions?.[0],
    );
  }
  return model;
}

/** `file:line:col#/pointer` (or `file#/pointer` when the position is unknown), as every message prints a location. */
export function formatLocation(file: string, pointer: string, position?: { line: number; col: number }): string {
  return `${file}${position ? `:${position.line}:${position.col}` : ""}#${pointer}`;
}

function buildModel(loaded: LoadedSpec): Model {
  const { file } = loaded;
  const raw = loaded.document;
  checkRefs(raw, file);
  const document = normaliseDocument(raw);
  const info = isObject(raw.info) ? raw.info : {};
  const warnings = new WarningSink();
  const patterns = new Map<string, PatternModel>();
  const ctx: Context = { document, warnings, file, patterns };

  const componentSchemas = isObject((document.components as Record<string, unknown> | undefined)?.schemas)
    ? ((document.components as Record<string, unknown>).schemas as Record<string, unknown>)
    : {};

  const { exportNames, collisions } = assignExportNames(Object.keys(componentSchemas));
  for (const c of collisions) {
    warnings.add(
      "name-collision",
      c.name,
      `schemas "${c.keptBy}" and "${c.name}" both map to the export name ${c.contested}; "${c.name}" is exported as ${c.exportName} (pin a name in names.config.ts to choose another)`,
      joinPointer("/components/schemas", c.name),
    );
  }
  const schemas: SchemaEntry[] = [];
  const validationSchemas: Record<string, JsonSchema> = {};
  const tags = discriminatorTags(document, componentSchemas);
  for (const [name, schema] of Object.entries(componentSchemas)) {
    const pointer = joinPointer("/components/schemas", name);
    const node = isObject(schema) ? schema : {};
    schemas.push({
      name,
      exportName: exportNames.get(name)!,
      pointer,
      nullable: splitNullable(node).nullable,
      description: typeof node.description === "string" ? node.description : null,
      deprecated: node.deprecated === true,
      discriminator: tags.get(name) ?? null,
    });
    validationSchemas[name] = toValidationSchema(schema, pointer, ctx);
  }

  const operations = collectOperations(ctx, validationSchemas);
  const enums = collectEnums(raw, schemas, operations, new Set(exportNames.values()));

  return {
    source: {
      fileName: basename(file),
      sha256: loaded.sha256 ?? createHash("sha256").update(loaded.bytes).digest("hex"),
      openapi: String(raw.openapi),
      title: String(info.title ?? ""),
      version: String(info.version ?? ""),
      ...(loaded.files ? { files: loaded.files } : {}),
    },
    document,
    validationSchemas,
    schemas,
    enums,
    operations,
    patterns: [...patterns.values()],
    warnings: warnings.list(),
  };
}

interface Context {
  document: Record<string, unknown>;
  warnings: WarningSink;
  file: string;
  patterns: Map<string, PatternModel>;
}

/** Collects warnings so each distinct problem is reported once, with all its locations. */
class WarningSink {
  private readonly byKey = new Map<string, Warning>();
  add(code: WarningCode, key: string, message: string, pointer: string): void {
    const existing = this.byKey.get(`${code}:${key}`);
    if (existing) {
      if (!existing.pointers.includes(pointer)) existing.pointers.push(pointer);
    } else this.byKey.set(`${code}:${key}`, { code, message, pointers: [pointer] });
  }
  list(): Warning[] {
    return [...this.byKey.values()];
  }
}

/**
 * Every `$ref` must point inside this document and resolve; the error names the referring location.
 * Example values, defaults and enums are data: a `$ref` key there is not a reference.
 */
function checkRefs(doc: Record<string, unknown>, file: string): void {
  visitStructure(doc, (node, pointer) => {
    const value = node.$ref;
    if (typeof value !== "string") return;
    const at = joinPointer(pointer, "$ref");
    if (!value.startsWith("#")) {
      throw new SpecError(
        file,
        at,
        `external $ref "${value}" is not supported here; bundle the document first (gcore-codegen does, e.g. \`redocly bundle\`)`,
      );
    }
    if (resolvePointer(doc, value) === undefined)
      throw new SpecError(file, at, `$ref "${value}" does not resolve to anything in the document`);
  });
}

/** Keys whose values are data; the document walk copies them as they are. */
const DATA_KEYS = new Set(["example", "examples", "default", "const", "enum"]);

/**
 * OpenAPI 3.0 semantics -> JSON Schema 2020-12 semantics, on every schema in the document.
 * Gcore's documents declare 3.1 but still use `nullable: true`; the intent is nullable,
 * so it is honoured whatever the declared version.
 */
function normaliseDocument(raw: Record<string, unknown>): Record<string, unknown> {
  const visitSchema = (node: Record<string, unknown>): JsonSchema => {
    const out = { ...node };
    for (const [bound, limit] of [
      ["exclusiveMinimum", "minimum"],
      ["exclusiveMaximum", "maximum"],
    ] as const) {
      if (typeof out[bound] === "boolean") {
        if (out[bound] === true && typeof out[limit] === "number") {
          out[bound] = out[limit];
          delete out[limit];
        } else delete out[bound];
      }
    }
    if (!("nullable" in out)) return out;
    const nullable = out.nullable === true;
    delete out.nullable;
    if (!nullable) return out;
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else if (Array.isArray(out.type)) {
      if (!out.type.includes("null")) out.type = [...out.type, "null"];
    } else {
      return { anyOf: [out, { type: "null" }] };
    }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  };
  const walk = (node: unknown, inSchemaMap: boolean): unknown => {
    if (Array.isArray(node)) return node.map((v) => walk(v, false));
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (inSchemaMap || key === "schema") {
        out[key] = mapSchema(value, "", visitSchema);
      } else if (key === "schemas" && isObject(value)) {
        out[key] = walk(value, true);
      } else if (DATA_KEYS.has(key) || key.startsWith("x-")) out[key] = value;
      else out[key] = walk(value, false);
    }
    return out;
  };
  return walk(raw, false) as Record<string, unknown>;
}

/**
 * A component schema as a strict JSON Schema 2020-12 validator should see it:
 * OpenAPI-only keywords removed, formats decided, references rewritten to `#/$defs/...`.
 */
export function toValidationSchema(schema: unknown, pointer: string, ctx: Context, inlining: ReadonlySet<string> = new Set()): JsonSchema {
  const { document, warnings, file } = ctx;
  return mapSchema(schema, pointer, (node, at) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      // `default` stays: JSON Schema consumers (forms, the mocks) read it, and validation ignores it.
      if (key.startsWith("x-") || OPENAPI_ONLY.has(key) || (ANNOTATION_KEYWORDS.has(key) && key !== "default")) continue;
      if (!JSON_SCHEMA_KEYWORDS.has(key)) {
        warnings.add("unknown-keyword", key, `unknown schema keyword "${key}" ignored by the validators`, joinPointer(at, key));
        continue;
      }
      out[key] = value;
    }
    repairTypes(out, at, warnings);
    repairRequired(out, at, warnings);
    repairPatterns(out, at, ctx);
    if (typeof out.format === "string") {
      const decision = decideFormat(out.format);
      switch (decision.kind) {
        case "check":
          out.format = decision.format;
          break;
        case "range":
          delete out.format;
          if (
            out.type === "integer" ||
            out.type === "number" ||
            (Array.isArray(out.type) && (out.type.includes("integer") || out.type.includes("number")))
          ) {
            if (typeof out.minimum !== "number" || out.minimum < decision.minimum) out.minimum = decision.minimum;
            if (typeof out.maximum !== "number" || out.maximum > decision.maximum) out.maximum = decision.maximum;
          }
          break;
        case "pattern":
          delete out.format;
          out.pattern ??= decision.pattern;
          break;
        case "annotation":
          delete out.format;
          break;
        case "unknown":
          warnings.add("unknown-format", out.format, `unknown format "${out.format}" is not validated`, joinPointer(at, "format"));
          delete out.format;
      }
    }
    if (typeof out.$ref === "string") {
      const ref = out.$ref;
      // The pointer may go on past the component (`.../Node/properties/value`): keep its tokens as written.
      if (ref.startsWith(COMPONENT_SCHEMA_PREFIX)) out.$ref = `#/$defs/${ref.slice(COMPONENT_SCHEMA_PREFIX.length)}`;
      else {
        // A reference to a schema outside components/schemas has no $defs home: inline it.
        if (inlining.has(ref))
          throw new SpecError(file, joinPointer(at, "$ref"), `recursive $ref "${ref}" outside components/schemas cannot be inlined`);
        const target = resolvePointer(document, ref);
        delete out.$ref;
        const inlined = toValidationSchema(target, ref.slice(1), ctx, new Set([...inlining, ref]));
        return Object.keys(out).length === 0 ? inlined : { allOf: [inlined], ...out };
      }
    }
    return out;
  });
}

/** An unknown `type` value (`file`, `dictionary`...) constrains nothing a validator knows: it is dropped, with a warning. */
function repairTypes(out: Record<string, unknown>, at: string, warnings: WarningSink): void {
  const types = typeof out.type === "string" ? [out.type] : Array.isArray(out.type) ? out.type : null;
  if (types === null) {
    if ("type" in out) {
      warnings.add(
        "unknown-type",
        JSON.stringify(out.type),
        `invalid type ${JSON.stringify(out.type)} dropped: any type is accepted`,
        joinPointer(at, "type"),
      );
      delete out.type;
    }
    return;
  }
  const known = types.filter((t): t is string => typeof t === "string" && JSON_TYPES.has(t));
  if (known.length === types.length) return;
  for (const t of types.filter((t) => !known.includes(t as string))) {
    warnings.add(
      "unknown-type",
      JSON.stringify(t),
      `unknown type ${JSON.stringify(t)} dropped${known.length === 0 ? ": any type is accepted" : ""}`,
      joinPointer(at, "type"),
    );
  }
  if (known.length === 0) delete out.type;
  else out.type = typeof out.type === "string" ? known[0] : known;
}

/** `required: [a, b, a]` means `[a, b]`; strict validators reject the repetition. */
function repairRequired(out: Record<string, unknown>, at: string, warnings: WarningSink): void {
  if ("required" in out && !(Array.isArray(out.required) && out.required.every((r) => typeof r === "string"))) {
    // Swagger 2.0 / OpenAPI 3.0 habit: `required: true` on the property itself. Its intent belongs to the parent.
    warnings.add(
      "invalid-required",
      at,
      `"required" must list property names, not ${JSON.stringify(out.required)}; it is ignored`,
      joinPointer(at, "required"),
    );
    delete out.required;
    return;
  }
  if (!Array.isArray(out.required)) return;
  const names = out.required as string[];
  const unique = [...new Set(names)];
  if (unique.length === names.length) return;
  const repeated = [...new Set(names.filter((v, i) => names.indexOf(v) !== i))];
  warnings.add(
    "duplicate-required",
    at,
    `"required" lists ${repeated.map((r) => JSON.stringify(r)).join(", ")} more than once; each name is kept once`,
    joinPointer(at, "required"),
  );
  out.required = unique;
}

/** Patterns the `u` flag rejects are rewritten to what they mean (see stages/patterns.ts) and recorded in the model. */
function repairPatterns(out: Record<string, unknown>, at: string, ctx: Context): void {
  const fix = (source: string, pointer: string): string | null => {
    const t = translatePattern(source);
    if (t.status === "unicode") return source;
    ctx.patterns.set(pointer, { pointer, source, pattern: t.pattern, status: t.status });
    if (t.status === "legacy") {
      ctx.warnings.add(
        "non-unicode-pattern",
        pointer,
        `pattern /${source}/ is invalid under the u flag and ${t.ambiguous.join(", ")} may mean something else in the engine it was written for; it is read the way a non-Unicode JavaScript RegExp reads it: /${t.pattern}/`,
        pointer,
      );
    } else if (t.status === "invalid") {
      ctx.warnings.add(
        "invalid-pattern",
        pointer,
        `pattern /${source}/ is not a valid regular expression in any mode; it is not validated`,
        pointer,
      );
    }
    return t.pattern;
  };
  if (typeof out.pattern === "string") {
    const pattern = fix(out.pattern, joinPointer(at, "pattern"));
    if (pattern === null) delete out.pattern;
    else out.pattern = pattern;
  }
  if (isObject(out.patternProperties)) {
    const entries = Object.entries(out.patternProperties).map(
      ([key, sub]) => [fix(key, joinPointer(at, "patternProperties", key)), sub] as const,
    );
    out.patternProperties = Object.fromEntries(entries.filter(([key]) => key !== null));
  }
}

function collectOperations(ctx: Context, validationSchemas: Record<string, JsonSchema>): OperationModel[] {
  const { document, warnings } = ctx;
  const operations: OperationModel[] = [];
  const seenIds = new Map<string, string>();
  const seenNames = new Map<string, string>();
  const paths = isObject(document.paths) ? document.paths : {};
  const validation = (schema: unknown, pointer: string): JsonSchema =>
    schema === undefined ? true : toValidationSchema(schema, pointer, ctx);
  const text = (v: unknown) => (typeof v === "string" ? v : null);

  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(document, rawItem);
    if (!isObject(item)) continue;
    const itemPointer = joinPointer("/paths", path);
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = joinPointer(itemPointer, method);
      const synthetic = `${method}_${path.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "")}`;
      let operationId = typeof op.operationId === "string" ? op.operationId : synthetic;
      const previous = seenIds.get(operationId);
      if (previous) {
        // The first operation keeps the id; this one gets a name derived from its own method and path.
        const renamed = [synthetic, `${operationId}_${stableTag(`${method} ${path}`)}`].find((c) => !seenIds.has(c) && c !== operationId)!;
        warnings.add(
          "duplicate-operation-id",
          pointer,
          `duplicate operationId "${operationId}" (first used at #${previous}); this operation is generated as "${renamed}"`,
          joinPointer(pointer, "operationId"),
        );
        operationId = renamed;
        // The model's document says the same, so emitters that read it (openapi-typescript) see unique ids.
        op.operationId = renamed;
      }
      seenIds.set(operationId, pointer);
      const tags = Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === "string") : [];
      const { resource, action } = operationName(operationId, tags[0], path);
      const finalAction = distinctName(action, { operationId, method, path }, (candidate) => seenNames.has(`${resource}.${candidate}`));
      seenNames.set(`${resource}.${finalAction}`, operationId);

      const parameters = new Map<string, ParameterModel>();
      const addParams = (list: unknown, base: string) => {
        if (!Array.isArray(list)) return;
        list.forEach((p, i) => {
          const param = deref(document, p);
          if (!isObject(param) || typeof param.name !== "string") return;
          const location = param.in as ParameterModel["in"];
          const style = typeof param.style === "string" ? param.style : location === "query" || location === "cookie" ? "form" : "simple";
          const at = joinPointer(base, i);
          parameters.set(`${location}:${param.name}`, {
            name: param.name,
            in: location,
            required: param.required === true || location === "path",
            schema: validation(param.schema, joinPointer(at, "schema")),
            documentSchema: param.schema as JsonSchema | undefined,
            style,
            explode: typeof param.explode === "boolean" ? param.explode : style === "form",
            allowReserved: param.allowReserved === true,
            deprecated: param.deprecated === true,
            description: text(param.description),
            pointer: at,
          });
        });
      };
      addParams(item.parameters, joinPointer(itemPointer, "parameters"));
      addParams(op.parameters, joinPointer(pointer, "parameters"));

      let requestBody: RequestBodyModel | null = null;
      const body = deref(document, op.requestBody);
      if (isObject(body) && isObject(body.content)) {
        const content: MediaModel[] = Object.entries(body.content).map(([contentType, media]) => {
          const schema = isObject(media) ? (media.schema as JsonSchema | undefined) : undefined;
          const kind = mediaTypeKind(contentType);
          const at = joinPointer(pointer, "requestBody", "content", contentType, "schema");
          return {
            contentType,
            kind,
            schema: schema !== undefined || kind === "json" ? validation(schema, at) : null,
            documentSchema: schema,
          };
        });
        const [first] = content;
        if (first) {
          requestBody = {
            required: body.required === true,
            description: text(body.description),
            content,
            contentType: first.contentType,
            schema: first.schema ?? true,
          };
        }
      }

      const responses: ResponseModel[] = [];
      for (const [status, rawResponse] of Object.entries(isObject(op.responses) ? op.responses : {})) {
        const response = deref(document, rawResponse);
        const description = isObject(response) ? text(response.description) : null;
        const content = isObject(response) && isObject(response.content) ? response.content : {};
        const entries = Object.entries(content);
        if (entries.length === 0) {
          responses.push({ status, contentType: null, schema: null, kind: null, documentSchema: undefined, binary: false, description });
        }
        for (const [contentType, media] of entries) {
          const schema = isObject(media) ? (media.schema as JsonSchema | undefined) : undefined;
          const kind = mediaTypeKind(contentType);
          responses.push({
            status,
            contentType,
            schema:
              kind === "json" ? validation(schema, joinPointer(pointer, "responses", status, "content", contentType, "schema")) : null,
            kind,
            documentSchema: schema,
            binary: kind !== "json",
            description,
          });
        }
      }

      operations.push({
        operationId,
        method,
        path,
        pointer,
        summary: text(op.summary),
        description: text(op.description),
        deprecated: op.deprecated === true,
        tags,
        resource,
        action: finalAction,
        parameters: [...parameters.values()],
        requestBody,
        responses,
        pagination: null,
      });
      const last = operations.at(-1)!;
      last.pagination = offsetPagination(last, validationSchemas, document);
    }
  }
  return operations;
}

/** A list is paginated when it takes limit/offset query parameters and answers `{ count, results: [...] }` as JSON with 200. */
function offsetPagination(
  op: OperationModel,
  validationSchemas: Record<string, JsonSchema>,
  document: Record<string, unknown>,
): OffsetPagination | null {
  const query = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
  if (!query.has("limit") || !query.has("offset")) return null;
  const ok = op.responses.find((r) => r.status === "200" && r.kind === "json" && r.schema !== null);
  if (!ok) return null;
  let schema = ok.schema;
  const component = isObject(schema) ? defsName(schema.$ref) : null;
  if (component !== null) schema = validationSchemas[component] ?? null;
  const props = isObject(schema) && isObject(schema.properties) ? schema.properties : null;
  if (!props || !("count" in props) || !("results" in props)) return null;
  const results = props.results;
  const docSchema = deref(document, ok.documentSchema);
  const docResults = isObject(docSchema) && isObject(docSchema.properties) ? deref(document, docSchema.properties.results) : undefined;
  return {
    kind: "offset",
    limitParameter: "limit",
    offsetParameter: "offset",
    itemsSchema: isObject(results) && results.items !== undefined ? (results.items as JsonSchema) : true,
    itemsDocumentSchema: isObject(docResults) ? (docResults.items as JsonSchema | undefined) : undefined,
  };
}

/**
 * Enum value lists for `as const` exports, read from the document as written (no added null).
 * Names come from where the enum sits (`ThingMoveType` for `Thing.move_type`). When two enums get
 * the same name, the one at the smaller pointer keeps it and the others add a tag derived from
 * their own pointer, so no name depends on document order or on an unrelated edit.
 */
function collectEnums(
  raw: Record<string, unknown>,
  schemas: SchemaEntry[],
  operations: OperationModel[],
  taken: ReadonlySet<string>,
): EnumEntry[] {
  const found: (EnumEntry & { spelled: string })[] = [];
  /** `spelled` keeps each property name as written (`Mode_level_x`), the name a losing enum falls back to. */
  const walk = (node: unknown, name: string, spelled: string, pointer: string) => {
    if (!isObject(node)) return;
    if (Array.isArray(node.enum)) found.push({ name, spelled, values: node.enum.filter((v) => v !== null), pointer });
    if (isObject(node.properties)) {
      for (const [prop, sub] of Object.entries(node.properties)) {
        walk(sub, name + pascalCase(prop), `${spelled}_${prop.replace(/[^A-Za-z0-9_$]/g, "_")}`, joinPointer(pointer, "properties", prop));
      }
    }
    if (isObject(node.items)) walk(node.items, name, spelled, joinPointer(pointer, "items"));
    for (const key of ["allOf", "anyOf", "oneOf"] as const) {
      if (Array.isArray(node[key])) for (const [i, s] of node[key].entries()) walk(s, name, spelled, joinPointer(pointer, key, i));
    }
  };
  for (const schema of schemas) walk(resolvePointer(raw, `#${schema.pointer}`), schema.exportName, schema.exportName, schema.pointer);
  for (const op of operations) {
    for (const param of op.parameters) {
      if (param.in !== "query" || !param.pointer.startsWith(`${op.pointer}/`)) continue;
      const rawParam = deref(raw, resolvePointer(raw, `#${param.pointer}`));
      const name = pascalCase(op.resource) + pascalCase(op.action) + pascalCase(param.name);
      if (isObject(rawParam)) walk(rawParam.schema, name, name, joinPointer(param.pointer, "schema"));
    }
  }
  // Enum type names share one namespace with schema names in the types package.
  const byName = new Map<string, (typeof found)[number][]>();
  for (const e of found) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  const used = new Set<string>(taken);
  for (const [name, group] of byName) {
    const sorted = [...group].sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
    if (!used.has(name)) {
      used.add(name);
      sorted.shift();
    }
    for (const e of sorted) {
      // A schema that is itself an enum (`kind: { enum: [...] }`) already owns the name: its values are `KindEnum`.
      const candidates = [taken.has(name) ? `${name}Enum` : e.spelled, `${name}_${stableTag(e.pointer)}`];
      let unique = candidates.find((c) => c !== name && !used.has(c)) ?? `${name}_${stableTag(e.pointer)}`;
      for (let salt = 1; used.has(unique); salt++) unique = `${name}_${stableTag(`${e.pointer}#${salt}`)}`;
      used.add(unique);
      e.name = unique;
    }
  }
  return found.map(({ spelled: _, ...e }) => e);
}

interface Discriminator {
  propertyName: string;
  mapping: Record<string, string>;
}

/**
 * Which components a discriminator tags, and with what. The rule is OpenAPI's, in the order
 * openapi-typescript applies it (so the mocks' values have the types' literal tags): the
 * `oneOf` members of a schema with a discriminator first, then the `allOf` children of a
 * discriminated schema (which inherit its discriminator). A mapping value is a component
 * reference or a bare component name; without a mapping entry the tag is the schema's name.
 * Discriminated unions are found anywhere in the document, as openapi-typescript finds them.
 */
function discriminatorTags(document: Record<string, unknown>, components: Record<string, unknown>): Map<string, DiscriminatorTag> {
  const nameOf = (ref: unknown): string | undefined =>
    typeof ref !== "string" ? undefined : ref.startsWith("#") ? (componentSchemaName(ref) ?? undefined) : ref;
  const discriminatorOf = (node: unknown): Discriminator | undefined => {
    const d = isObject(node) ? node.discriminator : undefined;
    if (!isObject(d) || typeof d.propertyName !== "string") return undefined;
    const mapping = isObject(d.mapping)
      ? Object.fromEntries(Object.entries(d.mapping).filter((e): e is [string, string] => typeof e[1] === "string"))
      : {};
    return { propertyName: d.propertyName, mapping };
  };
  const keysNaming = (d: Discriminator, name: string) => Object.keys(d.mapping).filter((k) => nameOf(d.mapping[k]) === name);
  const tags = new Map<string, DiscriminatorTag>();
  const tag = (name: string, property: string, values: string[]) => {
    const target = components[name];
    const taggable = isObject(target) && (target.type === "object" || Array.isArray(target.allOf) || "properties" in target);
    if (taggable && !tags.has(name) && values.length > 0) tags.set(name, { property, values });
  };
  const discriminated = new Map<string, Discriminator>();
  for (const [name, schema] of Object.entries(components)) {
    const d = discriminatorOf(schema);
    if (d !== undefined) discriminated.set(name, d);
  }
  // A `oneOf` with a discriminator tags its members wherever it stands (a property, a response).
  const unions: [Discriminator, unknown[]][] = [];
  visitStructure(document, (node) => {
    const d = discriminatorOf(node);
    if (d !== undefined && Array.isArray(node.oneOf)) unions.push([d, node.oneOf]);
  });
  for (const [d, oneOf] of unions) {
    const members = new Set<string>();
    for (const item of oneOf) {
      const member = isObject(item) ? nameOf(item.$ref) : undefined;
      if (member !== undefined) members.add(member);
    }
    for (const ref of Object.values(d.mapping)) {
      const member = nameOf(ref);
      if (member !== undefined) members.add(member);
    }
    for (const member of members) {
      const named = keysNaming(d, member);
      tag(member, d.propertyName, named.length > 0 ? named : [member]);
    }
  }
  for (const [name, schema] of Object.entries(components)) {
    if (!isObject(schema) || !Array.isArray(schema.allOf)) continue;
    for (const item of schema.allOf) {
      const parent = isObject(item) ? nameOf(item.$ref) : undefined;
      const d = parent === undefined ? discriminatorOf(item) : discriminated.get(parent);
      if (d === undefined) continue;
      if (parent !== undefined) {
        const named = keysNaming(d, name);
        tag(name, d.propertyName, named.length > 0 ? named : [name]);
      }
      if (!discriminated.has(name)) discriminated.set(name, d);
    }
  }
  return tags;
}
