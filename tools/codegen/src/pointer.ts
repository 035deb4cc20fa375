/** JSON pointers (RFC 6901) and local `$ref` resolution, shared by the generator and tools/spec-tools. */

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Encodes one reference token of a JSON pointer (RFC 6901). */
export function escapePointer(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointer(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  return base + tokens.map((t) => `/${escapePointer(t)}`).join("");
}

/** Resolves a local reference (`#/components/schemas/X`) in a document; undefined when it does not resolve. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = doc;
  for (const token of ref
    .slice(1)
    .split("/")
    .slice(1)
    .map((t) => unescapePointer(decodeURIComponent(t)))) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node)) node = Object.hasOwn(node, token) ? node[token] : undefined;
    else return undefined;
  }
  return node;
}

/** Follows a chain of local `$ref`s to the node it ends at (undefined when one does not resolve). */
export function deref(doc: unknown, node: unknown): unknown {
  let current = node;
  for (let i = 0; isObject(current) && typeof current.$ref === "string" && i < 32; i++) current = resolvePointer(doc, current.$ref);
  return current;
}

export const COMPONENT_SCHEMA_PREFIX = "#/components/schemas/";
const COMPONENT_SCHEMA = COMPONENT_SCHEMA_PREFIX;
/** `#/components/schemas/Foo` -> `Foo`; null for any other value. The one parser of component references. */
export function componentSchemaName(ref: unknown): string | null {
  return typeof ref === "string" && ref.startsWith(COMPONENT_SCHEMA)
    ? unescapePointer(decodeURIComponent(ref.slice(COMPONENT_SCHEMA.length)))
    : null;
}
/** `Foo` -> `#/components/schemas/Foo`. */
export const componentSchemaRef = (name: string): string => `${COMPONENT_SCHEMA}${escapePointer(name)}`;

const DEFS = "#/$defs/";
/** The validation schemas' form of a component reference: `#/$defs/Foo` (URI-encoded, as JSON Schema resolves fragments). */
export const defsRef = (name: string): string => `${DEFS}${encodeURIComponent(escapePointer(name))}`;
/** `#/$defs/Foo` -> `Foo`; null for any other value. */
export function defsName(ref: unknown): string | null {
  return typeof ref === "string" && ref.startsWith(DEFS) ? unescapePointer(decodeURIComponent(ref.slice(DEFS.length))) : null;
}
