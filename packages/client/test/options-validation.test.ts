/** Nonsense option values are refused with a GcoreBillingError, at creation and per request, before anything is sent. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, GcoreBillingError } from "../src/index.js";
import { createClient as createValidatingClient } from "../src/validate.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY, invoice } from "./helpers/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const thrown = (make: () => unknown) => {
  try {
    make();
  } catch (e) {
    return e as Error;
  }
  return expect.unreachable("did not throw");
};

const badRetries: [string, unknown][] = [
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["negative", -1],
  ["fractional", 1.5],
  ["above 10", 11],
  ["a string", "3"],
];
const badTimeouts: [string, unknown][] = [
  ["zero", 0],
  ["negative", -5],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["NaN", Number.NaN],
  ["2^31", 2 ** 31],
  ["fractional", 10.5],
  ["a string", "100"],
];

describe("maxRetries must be an integer from 0 to 10", () => {
  it.each(badRetries)("at creation: %s", (_name, maxRetries) => {
    const error = thrown(() => createClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: maxRetries as number }));
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(error.message).toMatch(/^Invalid maxRetries .*: expected an integer from 0 to 10\.$/);
  });

  it.each(badRetries)("per request: %s, nothing sent", async (_name, maxRetries) => {
    server.script({ kind: "reset" });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
    const error = await client.erpInvoices.retrieve(1, { maxRetries: maxRetries as number }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect((error as Error).message).toMatch(/^Invalid maxRetries/);
    expect(server.requests).toHaveLength(0);
  });

  it.each([0, 10])("%i is accepted", (maxRetries) => {
    expect(() => createClient({ apiKey: API_KEY, maxRetries })).not.toThrow();
  });
});

describe("timeout must be an integer from 1 to 2^31-1 ms, or null", () => {
  it.each(badTimeouts)("at creation: %s", (_name, timeout) => {
    const error = thrown(() => createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: timeout as number }));
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(error.message).toMatch(/^Invalid timeout .*: expected an integer from 1 to 2147483647 \(milliseconds\), or null for none\.$/);
  });

  it.each(badTimeouts)("per request: %s, nothing sent", async (_name, timeout) => {
    server.script({ kind: "json", body: invoice(1) });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
    const error = await client.erpInvoices.retrieve(1, { timeout: timeout as number }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(server.requests).toHaveLength(0);
  });

  it("2^31-1 is accepted and does not fire early", async () => {
    server.script({ kind: "slow", delayMs: 100, next: { kind: "json", body: invoice(1) } });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: 2 ** 31 - 1, maxRetries: 0 });
    await expect(client.erpInvoices.retrieve(1)).resolves.toEqual(invoice(1));
  });

  it("null means no timeout, at creation and per request", async () => {
    server.script({ kind: "slow", delayMs: 300, next: { kind: "json", body: invoice(2) } });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: null, maxRetries: 0 });
    await expect(client.erpInvoices.retrieve(2)).resolves.toEqual(invoice(2));
    server.script({ kind: "slow", delayMs: 300, next: { kind: "json", body: invoice(3) } });
    const strict = createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: 50, maxRetries: 0 });
    await expect(strict.erpInvoices.retrieve(3, { timeout: null })).resolves.toEqual(invoice(3));
  });
});

describe("enumerated options are refused when bogus", () => {
  it.each([
    ["validateResponses, main entry", () => createClient({ apiKey: API_KEY, validateResponses: "strict" as never })],
    ["validateResponses, validate entry", () => createValidatingClient({ apiKey: API_KEY, validateResponses: "strict" as never })],
    ["validateResponses true", () => createValidatingClient({ apiKey: API_KEY, validateResponses: true as never })],
    ["logLevel", () => createClient({ apiKey: API_KEY, logLevel: "verbose" as never })],
  ])("%s", (_name, make) => {
    const error = thrown(make);
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(error.message).toMatch(/^Invalid (validateResponses|logLevel) .*: expected one of /);
  });

  it("a per-request header no HTTP header can carry is refused unquoted, not retried", async () => {
    server.script({ kind: "json", body: invoice(1) });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
    const error = await client.erpInvoices.retrieve(1, { headers: { "x-note": "line\nbreak-secret" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(String(error)).not.toContain("break-secret");
    expect(server.requests).toHaveLength(0);
  });
});
