/** RFC 6901 helpers; the codegen keeps its own private, this package needs only these. */
export const escapeToken = (token: string | number): string => String(token).replace(/~/g, "~0").replace(/\//g, "~1");

export const joinPointer = (base: string, ...tokens: (string | number)[]): string =>
  base + tokens.map((t) => `/${escapeToken(t)}`).join("");

const unescapeToken = (token: string): string => token.replace(/~1/g, "/").replace(/~0/g, "~");

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Resolves a local reference (`#/components/schemas/X`) in a document; undefined when it does not resolve. */
export function resolveRef(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = document;
  for (const token of ref
    .slice(1)
    .split("/")
    .slice(1)
    .map((t) => unescapeToken(decodeURIComponent(t)))) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node)) node = Object.hasOwn(node, token) ? node[token] : undefined;
    else return undefined;
  }
  return node;
}

const COMPONENT_PREFIX = "#/components/schemas/";
export const componentName = (ref: unknown): string | null =>
  typeof ref === "string" && ref.startsWith(COMPONENT_PREFIX)
    ? unescapeToken(decodeURIComponent(ref.slice(COMPONENT_PREFIX.length)))
    : null;

/** Key order does not matter to a document; sort it so equal values print equal. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
