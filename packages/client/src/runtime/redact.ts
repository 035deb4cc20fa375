/**
 * Scrubs the API key from anything the client hands back: error messages, bodies, headers,
 * causes and log lines. Servers and proxies echo the key in many spellings, so every one of
 * them is replaced: as sent (fetch trims header values), JSON-escaped and URL-encoded, which
 * also covers the whole `Authorization: APIKey <key>` value.
 */
export type Redactor = <T>(value: T) => T;

const MASK = "[redacted]";

export function createRedactor(key: string): Redactor {
  const forms = [...new Set([key, JSON.stringify(key).slice(1, -1), encodeURIComponent(key)])].sort((a, b) => b.length - a.length);
  const text = (s: string): string => {
    for (const form of forms) if (s.includes(form)) s = s.replaceAll(form, MASK);
    return s;
  };
  const leaks = (s: string | undefined) => !!s && forms.some((form) => s.includes(form));
  const redact = (value: unknown): unknown => {
    if (typeof value === "string") return text(value);
    if (value instanceof Headers) {
      const clean = new Headers();
      for (const [k, v] of value) clean.append(k, text(v));
      return clean;
    }
    if (value instanceof Error) {
      // A cause we don't own (undici's TypeError...): replaced by a scrubbed copy only when it leaks.
      const cause = (value as { cause?: unknown }).cause;
      if (!leaks(value.message) && !leaks(value.stack) && (cause === undefined || redact(cause) === cause)) return value;
      const copy = new Error(text(value.message), cause === undefined ? undefined : { cause: redact(cause) });
      copy.name = value.name;
      copy.stack = text(value.stack ?? "");
      const { code } = value as { code?: unknown };
      if (code !== undefined) Object.assign(copy, { code });
      return copy;
    }
    if (value === null || typeof value !== "object") return value;
    const json = JSON.stringify(value);
    return leaks(json) ? JSON.parse(text(json)) : value;
  };
  return redact as Redactor;
}

/** Printable ASCII only: what an HTTP header value can carry without Headers rejecting or mangling it. */
export function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}
