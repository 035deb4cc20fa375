import type { paths } from "@gcore-billing/types";
import createFetchClient, { type Client } from "openapi-fetch";
import { createResources, type Resources } from "./generated/resources.js";
import { GcoreBillingError } from "./runtime/errors.js";
import type { Logger } from "./runtime/logger.js";
import { createTransport } from "./runtime/transport.js";
import type { ResponseCheck, ValidateResponses } from "./runtime/validation.js";

export const DEFAULT_BASE_URL = "https://api.gcore.com";

export interface ClientOptions {
  /** Defaults to the `GCORE_API_KEY` environment variable (Node). Sent as `Authorization: APIKey <key>`. */
  apiKey?: string;
  /** Defaults to `GCORE_BASE_URL`, then to https://api.gcore.com. Plain http only for loopback or with `allowInsecureHttp`. */
  baseUrl?: string;
  /** Milliseconds each attempt may take before it fails with `APITimeoutError`. Default 60 000. */
  timeout?: number;
  /** Retries after the first attempt, for idempotent requests. Default 2, as Gcore's SDKs. */
  maxRetries?: number;
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
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Receives retry (`info`) and validation (`warn`) lines. Default: warnings to `console.warn`. */
  logger?: Logger;
  /** Allow a plain-http `baseUrl` that is not loopback: the API key would travel in clear text. */
  allowInsecureHttp?: boolean;
}

export type GcoreBillingClient = Resources & Client<paths>;

// Browsers have no `process`; reading it through globalThis keeps the entry free of Node imports.
const env = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;

const fail = (message: string): never => {
  throw new GcoreBillingError(message);
};

/** Parses and vets the base URL; the message shows the origin only, never credentials or the key. */
function checkBaseUrl(baseUrl: string, allowInsecureHttp: boolean | undefined): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return fail("Invalid baseUrl: expected an absolute URL such as https://api.gcore.com.");
  }
  const loopback = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (loopback || allowInsecureHttp))) {
    fail(`Refusing baseUrl ${url.protocol}//${url.host}: use https (plain http only on loopback or with allowInsecureHttp: true).`);
  }
  return url.href.replace(/\/+$/, "");
}

/**
 * A client for the Billing Reseller API: `client.erpInvoices.retrieve(id)` and friends with
 * retries, timeouts, typed errors and pagination, plus the raw openapi-fetch methods
 * (`client.GET(...)`), which keep openapi-fetch's own behaviour (no retries, no timeout).
 */
export function createClient(options: ClientOptions = {}): GcoreBillingClient {
  const apiKey = options.apiKey ?? env("GCORE_API_KEY");
  if (!apiKey) fail("No API key: set GCORE_API_KEY or pass createClient({ apiKey }).");
  const baseUrl = checkBaseUrl(options.baseUrl ?? env("GCORE_BASE_URL") ?? DEFAULT_BASE_URL, options.allowInsecureHttp);
  const { timeout = 60_000, maxRetries = 2, validateResponses = "off", responseCheck } = options;
  if (!(timeout > 0)) fail(`Invalid timeout ${timeout}: expected milliseconds > 0.`);
  if (!(Number.isInteger(maxRetries) && maxRetries >= 0)) fail(`Invalid maxRetries ${maxRetries}: expected an integer >= 0.`);
  if (validateResponses !== "off" && !responseCheck) {
    fail(`validateResponses "${validateResponses}" needs the validators: import createClient from "@gcore-billing/client/validate".`);
  }
  const raw = createFetchClient<paths>({
    baseUrl,
    // undefined falls back to openapi-fetch's default, the global fetch.
    fetch: options.fetch,
    headers: { ...options.headers, Authorization: `APIKey ${apiKey}` },
  });
  const transport = createTransport(raw as never, {
    timeout,
    maxRetries,
    check: validateResponses === "off" ? undefined : responseCheck,
    logger: options.logger ?? { warn: console.warn },
    secret: apiKey as string,
  });
  return Object.assign(raw, createResources(transport));
}
