import { createHash } from "node:crypto";
import { basename } from "node:path";
import { SpecError } from "../errors.ts";
import type { EnumEntry, JsonSchema, Model, OperationModel, ParameterModel, ResponseModel, SchemaEntry, Warning } from "../model.ts";
import { isObject, joinPointer, resolvePointer } from "../pointer.ts";
import { decideFormat } from "./formats.ts";
import type { LoadedSpec } from "./load.ts";
import { operationName, pascalCase, schemaExportName } from "./naming.ts";
import { mapSchema } from "./schema-walk.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

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
/** Validation never reads these; dropping them keeps the generated code small. */
const ANNOTATIONS = new Set(["title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "$comment"]);
/** OpenAPI adds these to Schema Objects; they mean nothing to a JSON Schema validator. */
const OPENAPI_ONLY = new Set(["nullable", "discriminator", "xml", "externalDocs", "example"]);

/** Builds the model; a SpecError raised on the way gains the line and column of its pointer. */
export function normalise(loaded: LoadedSpec): Model {
  try {
    return buildModel(loaded);
  } catch (error) {
    if (error instanceof SpecError && !error.position && error.pointer) {
      const position = loaded.locate?.(error.pointer);
      if (position) throw new SpecError(error.file, error.pointer, error.detail, position);
    }
    throw error;
  }
}

function buildModel(loaded: LoadedSpec): Model {
  const { file } = loaded;
  const raw = loaded.document;
  checkRefs(raw, file);
  const document = normaliseDocument(raw);
  const info = isObject(raw.info) ? raw.info : {};
  const warnings = new WarningSink();

  const componentSchemas = isObject((document.components as Record<string, unknown> | undefined)?.schemas)
    ? ((document.components as Record<string, unknown>).schemas as Record<string, unknown>)
    : {};

  const schemas: SchemaEntry[] = [];
  const exportNames = new Map<string, string>();
  const validationSchemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(componentSchemas)) {
    const pointer = joinPointer("/components/schemas", name);
    const exportName = schemaExportName(name);
    const clash = exportNames.get(exportName);
    if (clash) {
      throw new SpecError(
        file,
        pointer,
        `schemas "${clash}" and "${name}" both map to the export name ${exportName}; add an alias in names.config.ts`,
      );
    }
    exportNames.set(exportName, name);
    schemas.push({ name, exportName, pointer });
    validationSchemas[name] = toValidationSchema(schema, pointer, document, warnings, file);
  }

  const operations = collectOperations(document, file, warnings);
  const enums = collectEnums(raw, schemas, operations, new Set(exportNames.keys()));

  return {
    source: {
      fileName: basename(file),
      sha256: createHash("sha256").update(loaded.bytes).digest("hex"),
      openapi: String(raw.openapi),
      title: String(info.title ?? ""),
      version: String(info.version ?? ""),
    },
    document,
    validationSchemas,
    schemas,
    enums,
    operations,
    warnings: warnings.list(),
  };
}

/** Collects warnings so each distinct problem is reported once, with all its locations. */
class WarningSink {
  private readonly byKey = new Map<string, Warning>();
  add(code: Warning["code"], key: string, message: string, pointer: string): void {
    const existing = this.byKey.get(`${code}:${key}`);
    if (existing) existing.pointers.push(pointer);
    else this.byKey.set(`${code}:${key}`, { code, message, pointers: [pointer] });
  }
  list(): Warning[] {
    return [...this.byKey.values()];
  }
}

/** Every `$ref` must point inside this document and resolve; the error names the referring location. */
function checkRefs(doc: Record<string, unknown>, file: string): void {
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      for (const [i, v] of node.entries()) visit(v, joinPointer(pointer, i));
    } else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string") {
          if (!value.startsWith("#")) {
            throw new SpecError(
              file,
              joinPointer(pointer, key),
              `external $ref "${value}" is not supported; bundle the document first (e.g. \`redocly bundle\`)`,
            );
          }
          if (resolvePointer(doc, value) === undefined) {
            throw new SpecError(file, joinPointer(pointer, key), `$ref "${value}" does not resolve to anything in the document`);
          }
        } else visit(value, joinPointer(pointer, key));
      }
    }
  };
  visit(doc, "");
}

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
      } else out[key] = walk(value, false);
    }
    return out;
  };
  return walk(raw, false) as Record<string, unknown>;
}

/**
 * A component schema as a strict JSON Schema 2020-12 validator should see it:
 * OpenAPI-only keywords removed, formats decided, references rewritten to `#/$defs/...`.
 */
export function toValidationSchema(
  schema: unknown,
  pointer: string,
  document: Record<string, unknown>,
  warnings: WarningSink,
  file: string,
  inlining: ReadonlySet<string> = new Set(),
): JsonSchema {
  return mapSchema(schema, pointer, (node, at) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-") || OPENAPI_ONLY.has(key) || ANNOTATIONS.has(key)) continue;
      if (!JSON_SCHEMA_KEYWORDS.has(key)) {
        warnings.add("unknown-keyword", key, `unknown schema keyword "${key}" ignored by the validators`, joinPointer(at, key));
        continue;
      }
      out[key] = value;
    }
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
      if (ref.startsWith("#/components/schemas/")) out.$ref = `#/$defs/${ref.slice("#/components/schemas/".length)}`;
      else {
        // A reference to a schema outside components/schemas has no $defs home: inline it.
        if (inlining.has(ref))
          throw new SpecError(file, joinPointer(at, "$ref"), `recursive $ref "${ref}" outside components/schemas cannot be inlined`);
        const target = resolvePointer(document, ref);
        delete out.$ref;
        const inlined = toValidationSchema(target, ref.slice(1), document, warnings, file, new Set([...inlining, ref]));
        return Object.keys(out).length === 0 ? inlined : { allOf: [inlined], ...out };
      }
    }
    return out;
  });
}

const deref = (document: Record<string, unknown>, node: unknown): unknown => {
  let current = node;
  for (let i = 0; isObject(current) && typeof current.$ref === "string" && i < 32; i++) {
    current = resolvePointer(document, current.$ref);
  }
  return current;
};

function collectOperations(document: Record<string, unknown>, file: string, warnings: WarningSink): OperationModel[] {
  const operations: OperationModel[] = [];
  const seenIds = new Map<string, string>();
  const seenNames = new Map<string, string>();
  const paths = isObject(document.paths) ? document.paths : {};
  const validation = (schema: unknown, pointer: string): JsonSchema =>
    schema === undefined ? true : toValidationSchema(schema, pointer, document, warnings, file);

  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(document, rawItem);
    if (!isObject(item)) continue;
    const itemPointer = joinPointer("/paths", path);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = joinPointer(itemPointer, method);
      const operationId =
        typeof op.operationId === "string" ? op.operationId : `${method}_${path.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "")}`;
      const previous = seenIds.get(operationId);
      if (previous) {
        throw new SpecError(
          file,
          joinPointer(pointer, "operationId"),
          `duplicate operationId "${operationId}" (first used at #${previous}); operationIds must be unique`,
        );
      }
      seenIds.set(operationId, pointer);
      const tag = Array.isArray(op.tags) && typeof op.tags[0] === "string" ? op.tags[0] : undefined;
      const { resource, action } = operationName(operationId, tag, path);
      const nameClash = seenNames.get(`${resource}.${action}`);
      const finalAction = nameClash ? `${action}${pascalCase(operationId)}` : action;
      seenNames.set(`${resource}.${finalAction}`, operationId);

      const parameters = new Map<string, ParameterModel>();
      const addParams = (list: unknown, base: string) => {
        if (!Array.isArray(list)) return;
        list.forEach((p, i) => {
          const param = deref(document, p);
          if (!isObject(param) || typeof param.name !== "string") return;
          const location = param.in as ParameterModel["in"];
          const style = typeof param.style === "string" ? param.style : location === "query" || location === "cookie" ? "form" : "simple";
          parameters.set(`${location}:${param.name}`, {
            name: param.name,
            in: location,
            required: param.required === true || location === "path",
            schema: validation(param.schema, joinPointer(base, i, "schema")),
            style,
            explode: typeof param.explode === "boolean" ? param.explode : style === "form",
          });
        });
      };
      addParams(item.parameters, joinPointer(itemPointer, "parameters"));
      addParams(op.parameters, joinPointer(pointer, "parameters"));

      let requestBody: OperationModel["requestBody"] = null;
      const body = deref(document, op.requestBody);
      if (isObject(body) && isObject(body.content)) {
        const [contentType, media] = Object.entries(body.content)[0] ?? [];
        if (contentType) {
          const schema = isObject(media) ? media.schema : undefined;
          requestBody = {
            required: body.required === true,
            contentType,
            schema: validation(schema, joinPointer(pointer, "requestBody", "content", contentType, "schema")),
          };
        }
      }

      const responses: ResponseModel[] = [];
      for (const [status, rawResponse] of Object.entries(isObject(op.responses) ? op.responses : {})) {
        const response = deref(document, rawResponse);
        const content = isObject(response) && isObject(response.content) ? response.content : {};
        const entries = Object.entries(content);
        if (entries.length === 0) responses.push({ status, contentType: null, schema: null, binary: false });
        for (const [contentType, media] of entries) {
          const schema = isObject(media) ? media.schema : undefined;
          const json = /[/+]json\b/.test(contentType);
          responses.push({
            status,
            contentType,
            schema: json ? validation(schema, joinPointer(pointer, "responses", status, "content", contentType, "schema")) : null,
            binary: !json,
          });
        }
      }

      operations.push({
        operationId,
        method,
        path,
        pointer,
        summary: typeof op.summary === "string" ? op.summary : null,
        description: typeof op.description === "string" ? op.description : null,
        deprecated: op.deprecated === true,
        resource,
        action: finalAction,
        parameters: [...parameters.values()],
        requestBody,
        responses,
      });
    }
  }
  return operations;
}

/** Enum value lists for `as const` exports, read from the document as written (no added null). */
function collectEnums(
  raw: Record<string, unknown>,
  schemas: SchemaEntry[],
  operations: OperationModel[],
  taken: ReadonlySet<string>,
): EnumEntry[] {
  const enums: EnumEntry[] = [];
  // Enum type names share one namespace with schema names in the types package.
  const used = new Set<string>(taken);
  const add = (name: string, values: unknown[], pointer: string) => {
    let unique = name;
    for (let i = 2; used.has(unique); i++) unique = `${name}${i}`;
    used.add(unique);
    enums.push({ name: unique, values: values.filter((v) => v !== null), pointer });
  };
  const walk = (node: unknown, name: string, pointer: string) => {
    if (!isObject(node)) return;
    if (Array.isArray(node.enum)) add(name, node.enum, pointer);
    if (isObject(node.properties)) {
      for (const [prop, sub] of Object.entries(node.properties))
        walk(sub, name + pascalCase(prop), joinPointer(pointer, "properties", prop));
    }
    if (isObject(node.items)) walk(node.items, name, joinPointer(pointer, "items"));
    for (const key of ["allOf", "anyOf", "oneOf"] as const) {
      if (Array.isArray(node[key])) for (const [i, s] of node[key].entries()) walk(s, name, joinPointer(pointer, key, i));
    }
  };
  for (const schema of schemas) walk(resolvePointer(raw, `#${schema.pointer}`), schema.exportName, schema.pointer);
  for (const op of operations) {
    const rawOp = resolvePointer(raw, `#${op.pointer}`);
    const params = isObject(rawOp) && Array.isArray(rawOp.parameters) ? rawOp.parameters : [];
    params.forEach((p, i) => {
      const param = isObject(p) && typeof p.$ref === "string" ? resolvePointer(raw, p.$ref) : p;
      if (isObject(param) && param.in === "query" && typeof param.name === "string") {
        walk(
          param.schema,
          pascalCase(op.resource) + pascalCase(op.action) + pascalCase(param.name),
          joinPointer(op.pointer, "parameters", i, "schema"),
        );
      }
    });
  }
  return enums;
}
