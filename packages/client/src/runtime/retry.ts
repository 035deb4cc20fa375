/**
 * When to retry and how long to wait, as Gcore's official SDKs do:
 * connection errors, 408, 409, 429 and 5xx; 0.5 s doubling up to 8 s, with jitter;
 * the server's `retry-after-ms` / `Retry-After` (jittered upwards) wins when it asks for less than a minute.
 */

/**
 * Methods that may be repeated without changing the outcome (RFC 9110 §9.2.2): of the
 * methods OpenAPI knows, all but POST and PATCH.
 */
export const isIdempotent = (method: string): boolean => !/^(POST|PATCH)$/i.test(method);

export const isRetryableStatus = (status: number): boolean => status === 408 || status === 409 || status === 429 || status >= 500;

/**
 * The shape of RFC 9110's three HTTP-date formats (IMF-fixdate, RFC 850, asctime): a day name,
 * the date, a time of day, then GMT or (asctime, GMT without saying so) the year.
 */
const HTTP_DATE = /^[a-z]{3,9},? [\da-z -]+ \d\d:\d\d:\d\d (?:gmt|\d{4})$/i;

/**
 * Milliseconds the server asked us to wait, or undefined when it did not say or said nonsense
 * (negative, fractional garbage, an unparsable date), so the backoff applies instead.
 */
export function retryAfter(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = headers?.get("retry-after-ms")?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers?.get("retry-after")?.trim();
  if (!value) return undefined;
  // Either delta-seconds (digits only) or an HTTP-date (RFC 9110 §10.2.3); a date in the past means now.
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only the three HTTP-date formats: Date.parse reads far more ("a 1" is 2001-01-01), and such
  // garbage would be a date in the past, a delay of 0 and an immediate retry by every caller.
  const date = HTTP_DATE.test(value) ? Date.parse(/GMT$/i.test(value) ? value : `${value} GMT`) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(date - now, 0);
}

/** Server hints of this many milliseconds or more are ignored (the backoff applies instead). */
export const MAX_RETRY_AFTER = 60_000;

/**
 * Delay before retry number `attempt + 1`. A server hint under a minute is honoured plus up to
 * 25% of jitter, never less than the hint, so that callers told the same
 * `Retry-After` do not all come back at once. A longer hint is ignored, like the official SDKs
 * do (a library call should not silently hang that long): the backoff applies, 0.5 s doubling up
 * to 8 s, minus up to 25% of jitter.
 */
export function retryDelay(attempt: number, headers?: Headers, random = Math.random): number {
  const hint = retryAfter(headers);
  if (hint !== undefined && hint < MAX_RETRY_AFTER) return hint * (1 + random() * 0.25);
  return Math.min(500 * 2 ** attempt, 8000) * (1 - random() * 0.25);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
