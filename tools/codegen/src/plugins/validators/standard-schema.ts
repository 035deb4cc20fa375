import type { JsonSchema, Model } from "../../model.ts";
import { isObject, unescapePointer } from "../../pointer.ts";
import { generatedHeader } from "../header.ts";

/** `#/$defs/<name>`, or a pointer into one (`#/$defs/<name>/properties/x`): either needs `<name>`. */
const LOCAL_DEF = /^#\/\$defs\/([^/]+)/;

/** Keywords whose value is data: a `$ref` in it is a value, not a reference. */
const DATA_KEYWORDS = new Set(["enum", "const", "default", "examples"]);
/** Keywords whose value maps names to schemas: the names are data (a property may be called `default`). */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);

/** Names of the component schemas `schema` references directly (`#/$defs/<name>`). */
export function directRefs(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) directRefs(s, found);
  else if (isObject(schema)) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string") {
        const name = LOCAL_DEF.exec(value)?.[1];
        if (name === undefined) throw new Error(`unexpected $ref in a validation schema: ${value}`);
        found.add(unescapePointer(decodeURIComponent(name)));
      } else if (SCHEMA_MAPS.has(key) && isObject(value)) {
        for (const child of Object.values(value)) directRefs(child, found);
      } else if (!DATA_KEYWORDS.has(key)) directRefs(value, found);
    }
  }
  return found;
}

/** Every component schema `name` needs, itself excluded unless it is recursive, in a stable order. */
export function transitiveRefs(name: string, schemas: Record<string, JsonSchema>): string[] {
  const seen = new Set<string>();
  const queue = [...directRefs(schemas[name])];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (seen.has(next)) continue;
    if (!(next in schemas)) throw new Error(`${name} references a schema that does not exist: ${next}`);
    seen.add(next);
    queue.push(...directRefs(schemas[next]));
  }
  return [...seen].sort();
}

/** One line: `{ "type": ["string", "null"], "format": "date" }`. */
const inline = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (isObject(value)) {
    const entries = Object.entries(value);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
};

/**
 * JSON as a reviewer reads it: a value on one line while its line fits in `width`, else one
 * member per line. `lead` is what precedes the value on its line (a member's key).
 */
export function readableJson(value: unknown, indent = "", width = 110, lead = 0): string {
  const flat = inline(value);
  if (indent.length + lead + flat.length <= width || (!Array.isArray(value) && !isObject(value))) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${readableJson(v, inner, width)}`).join(",\n")}\n${indent}]`;
  const members = Object.entries(value).map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return `${inner}${key}${readableJson(v, inner, width, key.length)}`;
  });
  return `{\n${members.join(",\n")}\n${indent}}`;
}

const jsonIdent = (exportName: string) => `${exportName}JsonSchema`;

/**
 * `standard-schema.ts` of `@gcore-billing/validators`: a Standard Schema v1 object per component
 * (`ErpInvoiceSchema`) on the existing `<Name>Validator`, with its JSON Schema 2020-12. Each
 * component's JSON Schema is written once; a component lists the others it references by name,
 * so a bundle keeps only the schemas of the `<Name>Schema` objects it imports.
 */
export function emitStandardSchema(model: Model): string {
  const byName = new Map(model.schemas.map((s) => [s.name, s]));
  const lines = [
    generatedHeader(model.source),
    'import type * as T from "@gcore-billing/types";',
    'import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";',
    "import {",
    ...model.schemas.map((s) => `  ${s.exportName}Validator,`),
    '} from "./validators.js";',
    "",
    "// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another",
    "// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.",
    "",
  ];
  for (const s of model.schemas) {
    const schema = model.validationSchemas[s.name];
    if (!isObject(schema)) throw new Error(`components/schemas/${s.name}: a boolean schema has no Standard Schema form`);
    lines.push(`const ${jsonIdent(s.exportName)} = ${readableJson(schema)};`, "");
  }
  for (const s of model.schemas) {
    const deps = transitiveRefs(s.name, model.validationSchemas).map((name) => {
      const dep = byName.get(name);
      if (!dep) throw new Error(`${s.name} references ${name}, which is not an exported component`);
      return `${JSON.stringify(name)}: ${jsonIdent(dep.exportName)}`;
    });
    lines.push(
      `/** Standard Schema v1 and Standard JSON Schema v1 for \`components.schemas.${s.name}\`. */`,
      `export const ${s.exportName}Schema: GcoreStandardSchema<T.${s.exportName}> = /* @__PURE__ */ createStandardSchema(${s.exportName}Validator, () => ({`,
      `  root: ${jsonIdent(s.exportName)},`,
      deps.join(", ").length <= 100
        ? `  defs: {${deps.length > 0 ? ` ${deps.join(", ")} ` : ""}},`
        : `  defs: {\n${deps.map((d) => `    ${d},`).join("\n")}\n  },`,
      "}));",
      "",
    );
  }
  return lines.join("\n");
}
