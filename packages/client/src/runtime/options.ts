import { GcoreBillingError } from "./errors.js";

/** Throws the configuration error every check here ends in. */
export const fail = (message: string): never => {
  throw new GcoreBillingError(message);
};

/** setTimeout's ceiling: a longer delay fires after ~1 ms instead. */
export const MAX_TIMEOUT = 2 ** 31 - 1;
export const MAX_RETRIES = 10;
/** Default `maxResponseBytes`: 32 MiB. A full page of invoices is under 1 MiB. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

const show = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));

/** Milliseconds per attempt, or `null` for no timeout. */
export function checkTimeout(value: unknown): number | null {
  if (value === null) return null;
  if (!(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_TIMEOUT)) {
    fail(`Invalid timeout ${show(value)}: expected an integer from 1 to ${MAX_TIMEOUT} (milliseconds), or null for none.`);
  }
  return value as number;
}

export function checkMaxRetries(value: unknown): number {
  if (!(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RETRIES)) {
    fail(`Invalid maxRetries ${show(value)}: expected an integer from 0 to ${MAX_RETRIES}.`);
  }
  return value as number;
}

/** Decoded bytes a JSON, text or error body may have: an integer from 1 to 2^53-1. */
export function checkMaxResponseBytes(value: unknown): number {
  if (!(Number.isSafeInteger(value) && (value as number) >= 1)) {
    fail(`Invalid maxResponseBytes ${show(value)}: expected an integer from 1 to ${Number.MAX_SAFE_INTEGER} (bytes).`);
  }
  return value as number;
}

/** One of `allowed`, or a GcoreBillingError naming the option and the choices. */
export function checkChoice<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) fail(`Invalid ${name} ${show(value)}: expected one of ${allowed.map(show).join(", ")}.`);
  return value as T;
}

/** Header names and values Headers would reject, as a GcoreBillingError that does not quote them. */
export function checkHeaders(headers: Record<string, string | null | undefined> | undefined, where: string): void {
  if (!headers) return;
  try {
    new Headers(Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    fail(`Invalid ${where}: a header name or value holds a character HTTP does not allow (the value is not shown).`);
  }
}
