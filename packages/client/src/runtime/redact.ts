import { GcoreBillingError } from "./errors.js";

/**
 * The one choke point for the API key: every error the client throws (whatever made it: the
 * transport, the URL guard, a redirect, validation, pagination, a caller's own fetch or
 * middleware) and every log line passes through the `Redactor` of its client before it leaves
 * the package. It finds the key in any spelling a server, proxy or URL parser produces: as
 * sent, in any letter case (URL parsers lowercase host names), with any character
 * percent-encoded (either hex case, even twice), JSON-escaped (`\"`, `\\`, `\u0041`) or
 * form-encoded (`+` for a space); so the whole `Authorization: APIKey <key>` value too.
 */
export type Redactor = <T>(value: T) => T;

const MASK = "[redacted]";

/** Each way one character of the key may be spelled; the regex's `i` flag covers letter and hex case. */
function spellings(c: string): string {
  const hex = c.charCodeAt(0).toString(16).padStart(2, "0");
  // Bounded repetitions: an unbounded `\\*` before each character would backtrack quadratically.
  const alternatives = [`\\\\{0,3}${c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`, `%(?:25){0,2}${hex}`, `\\\\{1,3}u00${hex}`];
  if (c === " ") alternatives.push("\\+");
  return `(?:${alternatives.join("|")})`;
}

export function createRedactor(key: string): Redactor {
  const pattern = new RegExp([...key].map(spellings).join(""), "gi");
  const text = (s: string): string => s.replace(pattern, MASK);
  // `done` maps each object met to what replaces it, so an object met twice (a cause chain that
  // loops back, one error under two fields) is replaced the same way everywhere, never left raw.
  const redact = (value: unknown, done: Map<object, unknown>): unknown => {
    if (typeof value === "string") return text(value);
    if (value === null || typeof value !== "object") return value;
    if (done.has(value)) return done.get(value);
    const put = (v: unknown) => (done.set(value, v), v);
    put(value);
    if (value instanceof Headers) {
      // A name holding the key has no clean spelling Headers accepts ("[" is not a token): dropped.
      const clean = new Headers([...value].filter(([k]) => text(k) === k).map(([k, v]): [string, string] => [k, text(v)]));
      return put([...clean].join() === [...value].join() ? value : clean);
    }
    if (value instanceof URL) return put(text(value.href) === value.href ? value : text(value.href));
    const source = value as Record<string | symbol, unknown>;
    const isError = value instanceof Error;
    // JSON-like data (bodies, `info`) and errors; other class instances are left alone.
    const proto = Object.getPrototypeOf(value);
    if (!isError && !Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
    // Every own property of an error, enumerable or not, symbols included (message, stack, cause,
    // errors, a Node error's `input`...); the enumerable string keys of data.
    const keys = isError ? [...new Set<string | symbol>(["name", "message", "stack", ...Reflect.ownKeys(value)])] : Object.keys(value);
    // Our own errors are cleaned in place (class and identity stay); anything else is copied. The
    // copy exists before the properties are cleaned, so a reference back to `value` finds it.
    const target = value instanceof GcoreBillingError ? value : Array.isArray(value) ? [] : Object.create(proto);
    put(target);
    const clean = keys.map((k) => [typeof k === "string" && !isError ? text(k) : k, k, redact(source[k], done)] as const);
    if (clean.every(([name, k, v]) => name === k && v === source[k])) return put(value);
    for (const [name, k, v] of clean) {
      const enumerable = isError ? !!Object.getOwnPropertyDescriptor(value, k)?.enumerable : true;
      Object.defineProperty(target, name, { value: v, writable: true, configurable: true, enumerable });
    }
    return target;
  };
  return ((value: unknown) => redact(value, new Map())) as Redactor;
}

/** Printable ASCII only: what an HTTP header value can carry without Headers rejecting or mangling it. */
export function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}
