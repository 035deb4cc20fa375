import { fail } from "./options.js";

const PARAM = /\{([^}]+)\}/g;

/**
 * Each path parameter of `template`, encoded as exactly one path segment. `encodeURIComponent`
 * takes care of `/`, `?`, `#`, `\` and `%`, but leaves dots alone, and a URL parser then
 * removes `.` and `..` segments (`%2e` and `.%2E` included): `retrieve(".")` would name the
 * collection, `update("..")` its parent. So a value that is empty, `.` or `..`, or decodes to
 * one of them, is refused before anything is sent, with an error naming the parameter.
 */
export function pathParams(operationId: string, template: string, params: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name] of template.matchAll(PARAM)) {
    const value = params?.[name as string];
    const type = typeof value;
    if (type !== "string" && type !== "number" && type !== "bigint") {
      fail(`${operationId}: path parameter ${name} must be a string or a number, not ${value === null ? "null" : type}.`);
    }
    // "NaN" and "Infinity" are one segment, but never the resource a caller meant.
    if (type === "number" && !Number.isFinite(value))
      fail(`${operationId}: path parameter ${name} ${String(value)} is refused: not a finite number.`);
    let s = String(value);
    // A finite number's digits are one segment as they are: nothing to decode or encode.
    if (type === "number") {
      out[name as string] = s;
      continue;
    }
    for (let i = 0; i < 4; i++) {
      if (s === "" || s === "." || s === "..") {
        fail(
          `${operationId}: path parameter ${name} ${JSON.stringify(String(value))} is refused: an empty, "." or ".." segment (however encoded) would not name one resource.`,
        );
      }
      try {
        const decoded = decodeURIComponent(s);
        if (decoded === s) break;
        s = decoded;
      } catch {
        break;
      }
    }
    try {
      out[name as string] = encodeURIComponent(String(value));
    } catch {
      // A lone surrogate (a string cut inside an emoji): a bare "URIError: URI malformed" would name nothing.
      fail(`${operationId}: path parameter ${name} is refused: ${SURROGATE}`);
    }
  }
  return out;
}

export const SURROGATE = "it holds a lone UTF-16 surrogate, which no URL can carry.";

/**
 * openapi-fetch's `pathSerializer`: fills in the segments `pathParams` encoded. No URL parse is
 * needed to check them: an encoded value holds no `/`, `?`, `#` or `\`, and is never empty, `.`
 * or `..` however decoded, so it stays one segment of the template.
 */
export function serializePath(url: string, encoded: Record<string, string>): string {
  return url.replace(PARAM, (match, name: string) => (Object.hasOwn(encoded, name) ? (encoded[name] as string) : match));
}
