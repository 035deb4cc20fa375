/**
 * The OpenAPI vocabulary every stage shares (generator, emitters, tools/spec-tools): HTTP methods,
 * media-type classes and the schema keywords that only document. Nothing else keeps its own copy.
 */
import { isObject, joinPointer } from "./pointer.ts";

/** The operation keys of a Path Item Object, in the order the specification lists them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** How a body is read: parsed as JSON, decoded as text, or handed over as bytes. */
export type MediaKind = "json" | "text" | "binary";

const TEXT_TYPES = new Set([
  "application/xml",
  "application/yaml",
  "application/x-yaml",
  "application/javascript",
  "application/ecmascript",
  "application/x-www-form-urlencoded",
  "application/x-ndjson",
  "application/jsonl",
  "application/json-seq",
  "application/graphql",
  "application/sql",
  "application/csv",
]);

/** The one media-type classifier: `application/json`, `application/problem+json` -> json; `text/csv`, `+xml` -> text; the rest -> binary. */
export function mediaTypeKind(contentType: string): MediaKind {
  const essence = contentType.split(";")[0]!.trim().toLowerCase();
  if (TEXT_TYPES.has(essence)) return "text";
  if (/^[a-z0-9.*+-]+\/(?:[a-z0-9.*-]+\+)?json$/.test(essence)) return "json";
  if (essence.startsWith("text/") || essence.endsWith("+xml") || essence.endsWith("+yaml")) return "text";
  return "binary";
}

/** Schema keywords that only document: they constrain no value and change no type. */
export const DOCUMENTATION_KEYWORDS: ReadonlySet<string> = new Set([
  "title",
  "description",
  "example",
  "examples",
  "externalDocs",
  "$comment",
  "xml",
  "readOnly",
  "writeOnly",
]);
/** Every annotation: the documentation keywords plus `default` and `deprecated`, which a reader sees but a validator ignores. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([...DOCUMENTATION_KEYWORDS, "default", "deprecated"]);
/** `x-*` extensions document too. */
export const isDocumentation = (key: string): boolean => DOCUMENTATION_KEYWORDS.has(key) || key.startsWith("x-");

/**
 * Keys whose value is data, not document structure: a `$ref` inside them is an example value,
 * never a reference. `examples` is data in a schema (an array) but a map of Example Objects
 * elsewhere, whose `value` is data; `visitStructure` tells them apart.
 */
const DATA_KEYWORDS = new Set(["example", "default", "const", "enum"]);
/** Keys whose object value maps user-chosen names to nodes, so a child named `example` is a name, not data. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "schemas",
  "responses",
  "parameters",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "paths",
  "webhooks",
  "content",
  "encoding",
  "variables",
  "mapping",
]);

/**
 * Visits every structural node of a document (objects and arrays that may hold `$ref`s), with
 * its JSON pointer, skipping example values, defaults, constants, enums and `x-*` extensions.
 * Returning false from `visit` stops the descent below that node.
 */
export function visitStructure(
  node: unknown,
  visit: (node: Record<string, unknown>, pointer: string) => unknown,
  pointer = "",
  /** Called for each data value skipped: its holder, key and pointer. */
  onData?: (holder: Record<string, unknown>, key: string, pointer: string) => void,
): void {
  const walk = (value: unknown, at: string, names: boolean, exampleObject: boolean): void => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, joinPointer(at, i), false, false);
      return;
    }
    if (!isObject(value)) return;
    if (!names && visit(value, at) === false) return;
    for (const [key, child] of Object.entries(value)) {
      const where = joinPointer(at, key);
      if (names) {
        walk(child, where, false, exampleObject);
        continue;
      }
      if (key.startsWith("x-") || DATA_KEYWORDS.has(key) || (exampleObject && key === "value")) {
        onData?.(value, key, where);
        continue;
      }
      if (key === "examples") {
        // A schema's `examples` is an array of values; elsewhere it maps names to Example Objects (or $refs to them).
        if (isObject(child)) for (const [name, ex] of Object.entries(child)) walk(ex, joinPointer(where, name), false, true);
        else onData?.(value, key, where);
        continue;
      }
      walk(child, where, NAME_MAPS.has(key) && isObject(child), false);
    }
  };
  walk(node, pointer, false, false);
}
