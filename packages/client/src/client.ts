import type { paths } from "@gcore-billing/types";
import createFetchClient, { type Client } from "openapi-fetch";
import { createResources, type Resources } from "./generated/resources.js";
import { checkUrl, followByHand, guardFetch } from "./runtime/guard.js";
import { LOG_LEVELS, type Logger, type LogLevel, levelLogger } from "./runtime/logger.js";
import {
  checkChoice,
  checkHeaders,
  checkMaxResponseBytes,
  checkMaxRetries,
  checkTimeout,
  fail,
  MAX_RESPONSE_BYTES,
} from "./runtime/options.js";
import { pathParams, serializePath } from "./runtime/path.js";
import { createRedactor, isPrintableAscii, type Redactor } from "./runtime/redact.js";
import { createTransport, exchange, startAttempt, until } from "./runtime/transport.js";
import type { ResponseCheck, ValidateResponses } from "./runtime/validation.js";

export const DEFAULT_BASE_URL = "https://api.gcore.com";

declare const __CLIENT_VERSION__: string | undefined;
/** This package's version, set at build time (tsup, vitest) from package.json. */
export const VERSION: string = typeof __CLIENT_VERSION__ === "string" ? __CLIENT_VERSION__ : "0.0.0-dev";

export interface ClientOptions {
  /**
   * Defaults to the `GCORE_API_KEY` environment variable (Node). Sent as `Authorization: APIKey <key>`.
   * Surrounding whitespace is trimmed; control or non-ASCII characters are refused.
   */
  apiKey?: string;
  /** Defaults to `GCORE_BASE_URL`, then to https://api.gcore.com. Plain http only for loopback or with `allowInsecureHttp`. */
  baseUrl?: string;
  /** Milliseconds each attempt may take (an integer, 1 to 2^31-1) before it fails with `APITimeoutError`; `null` for none. Default 60 000. */
  timeout?: number | null;
  /** Retries after the first attempt, for idempotent requests: an integer from 0 to 10. Default 2, as Gcore's SDKs. */
  maxRetries?: number;
  /**
   * Decoded bytes (after gzip, br or deflate) a JSON, text or error body may have; a larger one
   * fails with `ResponseTooLargeError` as soon as the limit is passed. Default 32 MiB (a full
   * page of invoices is under 1 MiB). Binary downloads stream and are not limited.
   */
  maxResponseBytes?: number;
  /**
   * Check success bodies against the spec: `"throw"` a `ResponseValidationError`, `"warn"` through
   * the logger, or `"off"` (default here). Import `createClient` from `@gcore-billing/client/validate`
   * to turn it on: the validators live there so this entry stays small.
   */
  validateResponses?: ValidateResponses;
  /** What runs the validation; `@gcore-billing/client/validate` fills it in (see `createResponseCheck`). */
  responseCheck?: ResponseCheck;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers sent with every request (a `User-Agent` here replaces the default one). */
  headers?: Record<string, string>;
  /** Where log lines go. Default: `console`. */
  logger?: Logger;
  /** Which lines reach the logger. Defaults to the `GCORE_LOG` environment variable, then `"warn"`. */
  logLevel?: LogLevel;
  /** Allow a plain-http `baseUrl` that is not loopback: the API key would travel in clear text. */
  allowInsecureHttp?: boolean;
}

/** Every generated method returns an `APIPromise` (`.withResponse()`, `.asResponse()`), overloads included. */
export type GcoreBillingClient = Resources &
  Client<paths> & {
    /** A new client with these options over this one's (the same key unless given another). */
    withOptions(options: ClientOptions): GcoreBillingClient;
  };

// Browsers have no `process`; reading it through globalThis keeps the entry free of Node imports.
const process = (globalThis as { process?: { env?: Record<string, string | undefined>; versions?: Record<string, string> } }).process;
const env = (name: string): string | undefined => process?.env?.[name] || undefined;

// Node only: a browser sends its own, and a custom one would need the server's CORS consent.
const defaultHeaders: Record<string, string> = process?.versions?.node
  ? { "User-Agent": `gcore-billing-client/${VERSION} node/${process.versions.node}` }
  : {};

/** Trimmed (a key read from a file keeps its newline), then refused unless printable ASCII; never quoted. */
function checkApiKey(given: string | undefined): string {
  const key = given?.trim();
  if (!key) return fail("No API key: set GCORE_API_KEY or pass createClient({ apiKey }).");
  if (!isPrintableAscii(key)) {
    fail("Invalid API key: it holds a control or non-ASCII character, which no HTTP header can carry (the key is not shown).");
  }
  return key;
}

function logLevel(given: LogLevel | undefined, logger: Logger, redact: Redactor): LogLevel {
  if (given !== undefined) return checkChoice("logLevel", given, LOG_LEVELS);
  const fromEnv = env("GCORE_LOG")?.toLowerCase();
  if (fromEnv === undefined) return "warn";
  if (LOG_LEVELS.includes(fromEnv as LogLevel)) return fromEnv as LogLevel;
  // A typo in the environment should not stop the program: say so, keep the default.
  logger.warn?.(redact(`GCORE_LOG=${JSON.stringify(fromEnv)} ignored: expected one of ${LOG_LEVELS.join(", ")}.`));
  return "warn";
}

/**
 * A client for the Billing Reseller API: `client.erpInvoices.retrieve(id)` and friends with
 * retries, timeouts, typed errors and pagination, plus the raw openapi-fetch methods
 * (`client.GET(...)`), which keep openapi-fetch's own interface (no retries, no validation) but
 * pass the same choke point: the guard and redirect rules, the timeout, the body limit, the path rules.
 */
export function createClient(options: ClientOptions = {}): GcoreBillingClient {
  const apiKey = checkApiKey(options.apiKey ?? env("GCORE_API_KEY"));
  const redact = createRedactor(apiKey);
  try {
    return build(options, apiKey, redact);
  } catch (error) {
    throw redact(error);
  }
}

/** The raw openapi-fetch methods: their errors pass through the redactor too. */
const RAW_METHODS = ["request", "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** What the client reads of a raw call's options. */
type RawInit = { signal?: AbortSignal | null; fetch?: typeof globalThis.fetch; parseAs?: string };

function build(options: ClientOptions, apiKey: string, redact: Redactor): GcoreBillingClient {
  const { allowInsecureHttp } = options;
  const baseUrl = checkUrl(options.baseUrl ?? env("GCORE_BASE_URL") ?? DEFAULT_BASE_URL, allowInsecureHttp).href.replace(/\/+$/, "");
  const timeout = options.timeout === undefined ? 60_000 : checkTimeout(options.timeout);
  const maxRetries = options.maxRetries === undefined ? 2 : checkMaxRetries(options.maxRetries);
  const maxResponseBytes = options.maxResponseBytes === undefined ? MAX_RESPONSE_BYTES : checkMaxResponseBytes(options.maxResponseBytes);
  const validateResponses = checkChoice("validateResponses", options.validateResponses ?? "off", ["throw", "warn", "off"] as const);
  const { responseCheck } = options;
  if (validateResponses !== "off" && !responseCheck) {
    fail(`validateResponses "${validateResponses}" needs the validators: import createClient from "@gcore-billing/client/validate".`);
  }
  checkHeaders(options.headers, "headers");
  const sink = options.logger ?? console;
  const logger = levelLogger(sink, logLevel(options.logLevel, sink, redact), redact);
  const fetch = guardFetch(options.fetch ?? ((input, init) => globalThis.fetch(input, init)), allowInsecureHttp);
  const raw = createFetchClient<paths>({
    baseUrl,
    fetch,
    headers: { ...defaultHeaders, ...options.headers, Authorization: `APIKey ${apiKey}` },
    redirect: followByHand ? "manual" : "follow",
  });
  // Made first: generated calls use openapi-fetch's own `request`, not the wrapped one below.
  const transport = createTransport(raw as never, {
    baseUrl,
    timeout,
    maxRetries,
    maxResponseBytes,
    fetch,
    check: validateResponses === "off" ? undefined : responseCheck,
    logger,
    redact,
    allowInsecureHttp,
  });
  // The raw methods pass the same choke point as generated ones (`exchange`, one attempt, no
  // retries): the client's timeout through the body, bodies read under maxResponseBytes (a
  // `parseAs: "stream"` body streamed under the timeout), the path-parameter rules, the redactor.
  const request = raw.request as (method: string, path: string, init: object) => Promise<unknown>;
  const send = (verb: string, path: string, init: RawInit = {}) => {
    const attempt = startAttempt(verb.toUpperCase(), path, maxResponseBytes, timeout, init.signal ?? undefined);
    const call = {
      ...init,
      signal: attempt.signal,
      // A caller's own fetch passes the URL guard too.
      fetch: (input: Request) =>
        exchange(
          init.fetch ? guardFetch(init.fetch, allowInsecureHttp) : fetch,
          input,
          attempt,
          init.parseAs === "stream" ? "stream" : "buffer",
          redact,
        ),
      pathSerializer: (url: string, params: Record<string, unknown>) =>
        serializePath(url, pathParams(`${attempt.method} ${path}`, url, params)),
    };
    return until(request(verb, path, call), attempt.signal)
      .catch((error: unknown) => {
        throw redact(attempt.timedOut && !attempt.caller?.aborted ? attempt.signal?.reason : error);
      })
      .finally(() => attempt.held || attempt.stop());
  };
  // openapi-fetch's GET(url, init) is its request("GET", url, init).
  for (const name of RAW_METHODS) {
    (raw as unknown as Record<string, unknown>)[name] =
      name === "request" ? send : (path: string, init?: RawInit) => send(name, path, init);
  }
  return Object.assign(raw, createResources(transport), {
    withOptions: (more: ClientOptions) => createClient({ ...options, ...more }),
  });
}
