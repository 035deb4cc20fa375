/**
 * Calls that used to loop, retry for nothing or resolve nonsense: each ends, quickly, in data
 * or a typed error, against a real loopback server.
 */
import { EventEmitter, getEventListeners } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIError,
  createClient,
  GcoreBillingError,
  PaginationError,
  ResponseValidationError,
  retryAfter,
} from "../src/index.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY, invoice, invoicePage } from "./helpers/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const client = (options = {}) => createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {}, ...options });
const ids = (items: { id: number }[]) => items.map((i) => i.id);

describe("pagination cannot run away", () => {
  it("a server that ignores offset stops the walk with a PaginationError", async () => {
    server.route((_req, url) => ({ kind: "json", body: invoicePage(1000, 0, Number(url.searchParams.get("limit"))) }));
    const seen: number[] = [];
    const error = await (async () => {
      for await (const inv of client().erpInvoices.list({ limit: 10 })) seen.push(inv.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).offset).toBe(10);
    expect((error as Error).message).toBe(
      "v1_erp_invoices_list: the page at offset 10 brings no record the walk has not yielded already (the server ignores offset?); stopped.",
    );
    expect(seen).toEqual(ids(invoicePage(1000, 0, 10).results as { id: number }[]));
    expect(server.requests).toHaveLength(2);
  });

  it("...also without a count, following only next", async () => {
    server.route(() => ({ kind: "json", body: { next: "http://x/?offset=3", results: [invoice(1), invoice(2), invoice(3)] } }));
    const error = await (async () => {
      for await (const _ of client().erpInvoices.list({ limit: 3 }).pages());
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(2);
  });

  it("maxPages caps the walk", async () => {
    server.route((_req, url) => ({
      kind: "json",
      body: invoicePage(100, Number(url.searchParams.get("offset") ?? 0), Number(url.searchParams.get("limit"))),
    }));
    const seen: number[] = [];
    for await (const inv of client().erpInvoices.list({ limit: 5 }, { maxPages: 3 })) seen.push(inv.id);
    expect(seen).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(server.requests.map((r) => new URL(r.url, server.url).searchParams.get("offset"))).toEqual([null, "5", "10"]);
  });

  it.each([0, -1, 1.5, Number.NaN])("maxPages %s is refused", (maxPages) => {
    expect(() => client().erpInvoices.list({}, { maxPages })).toThrow(GcoreBillingError);
  });

  it.each([
    ["results is an object", { count: 3, results: { 0: invoice(1) } }, "/results"],
    ["results is a string", { count: 3, results: "none" }, "/results"],
    ["the page is an array", [invoice(1)], ""],
    ["the page is null", null, ""],
  ])("%s: a ResponseValidationError, not a TypeError", async (_name, body, pointer) => {
    server.script({ kind: "json", body });
    const error = await client()
      .erpInvoices.list()
      .firstPage()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).errors[0]?.pointer).toBe(pointer);
  });
});

describe("a 2xx body that is not the promised JSON", () => {
  it.each([
    ["an empty 200", { kind: "text", text: "" } as const],
    ["a 204 where JSON is promised", { kind: "text", status: 204, text: "" } as const],
    ["whitespace only", { kind: "text", text: "  \n" } as const],
    ["HTML from a proxy", { kind: "text", text: "<html>hi</html>", contentType: "text/html" } as const],
  ])("%s is a ResponseValidationError, never undefined, not retried", async (_name, fault) => {
    server.script(fault);
    const error = await client()
      .erpInvoices.retrieve(1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("failures that retrying cannot fix are not retried", () => {
  it("a redirect loop is one GcoreBillingError after 11 requests, not 3 x 21", async () => {
    server.script({ kind: "text", status: 302, text: "", headers: { location: "/billing/org/v1/erp-invoices/1" } });
    const error = await client()
      .erpInvoices.retrieve(1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/more than 10 redirects/);
    expect(server.requests).toHaveLength(11);
  });
});

describe("Retry-After the server got wrong falls back to the backoff", () => {
  it.each(["-1", "-0.5", "1e3", "0x10", "1.5", " ", "Infinity"])("Retry-After %j is ignored", (value) => {
    expect(retryAfter(new Headers({ "retry-after": value }))).toBeUndefined();
  });

  it.each(["-5", "NaN", "abc"])("retry-after-ms %j is ignored", (value) => {
    expect(retryAfter(new Headers({ "retry-after-ms": value }))).toBeUndefined();
  });

  it("503 with Retry-After: -1 waits the backoff (>= 375 ms), not 0 ms", async () => {
    server.script({ kind: "json", status: 503, body: {}, headers: { "retry-after": "-1" } }, { kind: "json", body: invoice(1) });
    await client().erpInvoices.retrieve(1);
    const [first, second] = server.requests;
    expect(server.requests).toHaveLength(2);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(370);
  });
});

describe("one caller signal shared by many calls", () => {
  it("30 concurrent calls add no listener to it and print no MaxListenersExceededWarning", async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      server.script({ kind: "slow", delayMs: 100, next: { kind: "json", body: invoice(1) } });
      const controller = new AbortController();
      const calls = Array.from({ length: 30 }, () => client().erpInvoices.retrieve(1, { signal: controller.signal }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(getEventListeners(controller.signal, "abort").length).toBeLessThanOrEqual(1);
      await Promise.all(calls);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    expect(EventEmitter.defaultMaxListeners).toBe(10);
  });
});

describe("errors serialize with their message", () => {
  it("JSON.stringify(APIConnectionError) keeps name and message", async () => {
    server.script({ kind: "reset" });
    const error = await client({ maxRetries: 0 })
      .erpInvoices.retrieve(1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toBeInstanceOf(APIError);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "APIConnectionError",
      message: expect.stringMatching(/^GET \/billing\/org\/v1\/erp-invoices\/\{id\}: connection failed/),
    });
  });

  it("JSON.stringify(GcoreBillingError) keeps the message", () => {
    expect(JSON.parse(JSON.stringify(new GcoreBillingError("bad config")))).toEqual({ name: "GcoreBillingError", message: "bad config" });
  });
});
