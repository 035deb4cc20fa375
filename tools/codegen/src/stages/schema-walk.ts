import type { JsonSchema } from "../model.ts";
import { isObject, joinPointer } from "../pointer.ts";

/** Keywords whose value is one subschema. */
export const SCHEMA_KEYWORDS = [
  "additionalProperties",
  "items",
  "additionalItems",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema",
] as const;
/** Keywords whose value is an array of subschemas. */
export const SCHEMA_ARRAY_KEYWORDS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
/** Keywords whose value maps names to subschemas. */
export const SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] as const;

/**
 * Rebuilds a schema bottom-up: `visit` sees each schema object after its
 * subschemas were rebuilt, with its JSON pointer in the source document.
 */
export function mapSchema(
  schema: unknown,
  pointer: string,
  visit: (node: Record<string, unknown>, pointer: string) => JsonSchema,
): JsonSchema {
  if (typeof schema === "boolean") return schema;
  if (!isObject(schema)) return schema as JsonSchema;
  const out: Record<string, unknown> = { ...schema };
  for (const key of SCHEMA_KEYWORDS) {
    const sub = schema[key];
    if (isObject(sub) || typeof sub === "boolean") out[key] = mapSchema(sub, joinPointer(pointer, key), visit);
    // OpenAPI 3.0 / draft-04 tuple form of `items`.
    else if (key === "items" && Array.isArray(sub)) {
      out[key] = sub.map((s, i) => mapSchema(s, joinPointer(pointer, key, i), visit));
    }
  }
  for (const key of SCHEMA_ARRAY_KEYWORDS) {
    const sub = schema[key];
    if (Array.isArray(sub)) out[key] = sub.map((s, i) => mapSchema(s, joinPointer(pointer, key, i), visit));
  }
  for (const key of SCHEMA_MAP_KEYWORDS) {
    const sub = schema[key];
    if (isObject(sub)) {
      out[key] = Object.fromEntries(Object.entries(sub).map(([name, s]) => [name, mapSchema(s, joinPointer(pointer, key, name), visit)]));
    }
  }
  return visit(out, pointer);
}
