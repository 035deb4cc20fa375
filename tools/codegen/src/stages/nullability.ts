import { isDocumentation } from "../openapi.ts";
import { isObject } from "../pointer.ts";

const isNullSchema = (s: unknown): boolean =>
  isObject(s) && (s.type === "null" || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === "null"));

/** Keys that say something about values (not documentation, `default` or `deprecated`). */
const structuralKeys = (node: Record<string, unknown>) =>
  Object.keys(node).filter((k) => !isDocumentation(k) && k !== "default" && k !== "deprecated");

/**
 * Normalise writes nullability in JSON Schema terms (`type: [T, "null"]`, `enum: [..., null]`,
 * `anyOf: [S, { type: "null" }]`); this reads it back as one flag and the schema without the
 * null, so every consumer (the model's SchemaEntry, spec-tools' diff) decodes it the same way.
 */
export function splitNullable(node: Record<string, unknown>): { nullable: boolean; schema: Record<string, unknown> } {
  let nullable = false;
  let n: Record<string, unknown> = { ...node };
  for (const key of ["anyOf", "oneOf"] as const) {
    const list = n[key];
    if (!Array.isArray(list) || !list.some(isNullSchema)) continue;
    nullable = true;
    const rest = list.filter((s) => !isNullSchema(s));
    delete n[key];
    if (rest.length === 1 && structuralKeys(n).length === 0 && isObject(rest[0])) n = { ...rest[0], ...n };
    else if (rest.length > 0) n[key] = rest;
  }
  if (n.type === "null") {
    nullable = true;
    n.type = [];
  } else if (Array.isArray(n.type) && n.type.includes("null")) {
    nullable = true;
    n.type = n.type.filter((t) => t !== "null");
  }
  if (Array.isArray(n.enum) && n.enum.includes(null)) {
    nullable = true;
    n.enum = n.enum.filter((v) => v !== null);
  }
  return { nullable, schema: n };
}
