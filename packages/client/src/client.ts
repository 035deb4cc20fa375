import type { paths } from "@gcore-billing/types";
import createFetchClient, { type Client } from "openapi-fetch";
import { createResources, type Resources } from "./generated/resources.js";
import { GcoreBillingError } from "./runtime/errors.js";
import { createTransport } from "./runtime/transport.js";

export const DEFAULT_BASE_URL = "https://api.gcore.com";

export interface ClientOptions {
  /** Defaults to the `GCORE_API_KEY` environment variable (Node). */
  apiKey?: string;
  /** Defaults to `GCORE_BASE_URL`, then to https://api.gcore.com. */
  baseUrl?: string;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

export type GcoreBillingClient = Resources & Client<paths>;

// Browsers have no `process`; reading it through globalThis keeps the entry free of Node imports.
const env = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;

/**
 * A client for the Billing Reseller API: `client.erpInvoices.retrieve(id)` and friends,
 * plus the raw openapi-fetch methods (`client.GET(...)`).
 */
export function createClient(options: ClientOptions = {}): GcoreBillingClient {
  const apiKey = options.apiKey ?? env("GCORE_API_KEY");
  if (!apiKey) {
    throw new GcoreBillingError("No API key: pass createClient({ apiKey }) or set the GCORE_API_KEY environment variable.");
  }
  const baseUrl = (options.baseUrl ?? env("GCORE_BASE_URL") ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const raw = createFetchClient<paths>({
    baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: { ...options.headers, Authorization: `APIKey ${apiKey}` },
  });
  const resources = createResources(createTransport(raw as never));
  return Object.assign(raw, resources);
}
