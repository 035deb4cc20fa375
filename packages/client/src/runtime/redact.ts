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
  const redact = (value: unknown, seen: Set<object>): unknown => {
    if (typeof value === "string") return text(value);
    if (value === null || typeof value !== "object" || seen.has(value)) return value;
    seen.add(value);
    if (value instanceof Headers) {
      const clean = new Headers();
      for (const [k, v] of value) clean.append(k, text(v));
      return [...clean].some(([k, v]) => v !== value.get(k)) ? clean : value;
    }
    if (value instanceof URL) return text(value.href) === value.href ? value : text(value.href);
    const source = value as Record<string, unknown>;
    if (value instanceof Error) {
      // Every own property, enumerable or not (message, stack, cause, errors, a Node error's `input`...).
      const keys = new Set(["name", "message", "stack", ...Object.getOwnPropertyNames(value)]);
      const clean = [...keys].map((k) => [k, redact(source[k], seen)] as const);
      if (clean.every(([k, v]) => v === source[k])) return value;
      // Our own errors are cleaned in place (class and identity stay); anyone else's is copied.
      const target = value instanceof GcoreBillingError ? value : Object.create(Object.getPrototypeOf(value));
      for (const [k, v] of clean) {
        Object.defineProperty(target, k, {
          value: v,
          writable: true,
          configurable: true,
          enumerable: !!Object.getOwnPropertyDescriptor(value, k)?.enumerable,
        });
      }
      return target;
    }
    // JSON-like data (bodies, `info`): other class instances are left alone.
    if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
    let copy: Record<string, unknown> | undefined;
    for (const k of Object.keys(value)) {
      const v = redact(source[k], seen);
      const name = text(k);
      if (v === source[k] && name === k) continue;
      copy ??= (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
      if (name !== k) delete copy[k];
      copy[name] = v;
    }
    return copy ?? value;
  };
  return ((value: unknown) => redact(value, new Set())) as Redactor;
}

/** Printable ASCII only: what an HTTP header value can carry without Headers rejecting or mangling it. */
export function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}
