/**
 * The surface of the Stainless-generated SDKs teams already use (openai-node, Gcore's own):
 * `.withResponse()` / `.asResponse()`, `withOptions()`, `extra*` escape hatches, levelled
 * logging, the User-Agent, request ids and the error hierarchy, against a real loopback server.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  createClient,
  GcoreBillingError,
  NotFoundError,
  ResponseValidationError,
  VERSION,
} from "../src/index.js";
import { createClient as createValidatingClient } from "../src/validate.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY, invoice, invoicePage } from "./helpers/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
const savedLog = process.env.GCORE_LOG;
afterEach(() => {
  if (savedLog === undefined) delete process.env.GCORE_LOG;
  else process.env.GCORE_LOG = savedLog;
});

const client = (options = {}) => createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {}, ...options });
const pdf = Buffer.from("%PDF-1.7\nbytes\n%%EOF\n");

describe(".withResponse() and .asResponse()", () => {
  it("withResponse() gives data, the Response, status, headers and the request id", async () => {
    server.script({ kind: "json", body: invoice(7), headers: { "x-request-id": "req-7" } });
    const { data, response, status, headers, requestId } = await client().erpInvoices.retrieve(7).withResponse();
    expect(data).toEqual(invoice(7));
    expect(response).toBeInstanceOf(Response);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json");
    expect(requestId).toBe("req-7");
  });

  it("asResponse() gives the raw Response, body unread and not validated", async () => {
    server.script({ kind: "json", body: { id: "not-an-invoice" } });
    const response = await createValidatingClient({ apiKey: API_KEY, baseUrl: server.url }).erpInvoices.retrieve(1).asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ id: "not-an-invoice" });
  });

  it("asResponse() still retries and still rejects a non-2xx answer", async () => {
    server.script({ kind: "json", status: 503, body: {}, headers: { "retry-after-ms": "1" } }, { kind: "json", status: 404, body: {} });
    await expect(client().erpInvoices.retrieve(1).asResponse()).rejects.toBeInstanceOf(NotFoundError);
    expect(server.requests).toHaveLength(2);
  });

  it("awaiting the promise still gives the data, validated", async () => {
    server.script({ kind: "json", body: { id: "not-an-invoice" } });
    await expect(createValidatingClient({ apiKey: API_KEY, baseUrl: server.url }).erpInvoices.retrieve(1)).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
  });

  it("list(): await gives the first page, withResponse() its answer, and nothing is sent before", async () => {
    server.route((_req, url) => ({
      kind: "json",
      body: invoicePage(6, Number(url.searchParams.get("offset") ?? 0), 4),
      headers: { "x-request-id": `page-${url.searchParams.get("offset") ?? 0}` },
    }));
    const list = client().erpInvoices.list({ limit: 4 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests).toHaveLength(0);
    const page = await list;
    expect(page.items.map((i) => i.id)).toEqual([1, 2, 3, 4]);
    const { data, requestId, status } = await client().erpInvoices.list({ limit: 4 }).withResponse();
    expect([data.items.length, requestId, status]).toEqual([4, "page-0", 200]);
    const ids: number[] = [];
    for await (const inv of list) ids.push(inv.id);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("download() and delete() have them too", async () => {
    server.script({ kind: "text", text: pdf, contentType: "application/pdf", headers: { "x-request-id": "dl-1" } });
    const { data, requestId } = await client().erpInvoices.download(1).withResponse();
    expect(Buffer.from(await new Response(data.body).arrayBuffer()).equals(pdf)).toBe(true);
    expect(requestId).toBe("dl-1");
    server.script({ kind: "text", status: 204, text: "", headers: { "x-request-id": "del-1" } });
    const deleted = await client()
      .reports.delete("r-1" as never)
      .withResponse();
    expect([deleted.data, deleted.status, deleted.requestId]).toEqual([undefined, 204, "del-1"]);
  });
});

describe("request ids", () => {
  it("on an error, from x-request-id; a connection error has none and no status", async () => {
    server.script({ kind: "json", status: 404, body: { message: "gone" }, headers: { "x-request-id": "err-1" } });
    const notFound = (await client()
      .erpInvoices.retrieve(1)
      .catch((e: unknown) => e)) as APIError;
    expect([notFound.status, notFound.requestId]).toEqual([404, "err-1"]);
    server.script({ kind: "reset" });
    const lost = (await client({ maxRetries: 0 })
      .erpInvoices.retrieve(1)
      .catch((e: unknown) => e)) as APIError;
    expect(lost).toBeInstanceOf(APIConnectionError);
    expect([lost.status, lost.requestId, lost.headers, lost.body]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("the error hierarchy follows Stainless's", () => {
  it("GcoreBillingError > APIError > APIConnectionError > APITimeoutError", () => {
    const timeout = new APITimeoutError("t");
    for (const Class of [APITimeoutError, APIConnectionError, APIError, GcoreBillingError, Error]) expect(timeout).toBeInstanceOf(Class);
    expect(new NotFoundError(404, new Headers(), undefined, "m")).toBeInstanceOf(APIError);
    expect(new ResponseValidationError("m", "op", [])).not.toBeInstanceOf(APIError);
  });
});

describe("withOptions()", () => {
  it("returns a client with the new options over the old ones, leaving the original alone", async () => {
    server.script({ kind: "reset" });
    const base = client({ maxRetries: 0, headers: { "x-team": "billing" } });
    const patient = base.withOptions({ maxRetries: 2 });
    await expect(base.erpInvoices.retrieve(1)).rejects.toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(1);
    server.script({ kind: "reset" }, { kind: "reset" }, { kind: "json", body: invoice(1) });
    await expect(patient.erpInvoices.retrieve(1)).resolves.toEqual(invoice(1));
    expect(server.requests.map((r) => [r.headers["x-team"], r.headers.authorization])).toEqual(
      Array(3).fill(["billing", `APIKey ${API_KEY}`]),
    );
  });

  it("validates what it is given", () => {
    expect(() => client().withOptions({ timeout: 0 })).toThrow(GcoreBillingError);
  });

  it("keeps the validators of the validate entry", async () => {
    server.script({ kind: "json", body: { id: "bad" } });
    const strict = createValidatingClient({ apiKey: API_KEY, baseUrl: server.url }).withOptions({ maxRetries: 0 });
    await expect(strict.erpInvoices.retrieve(1)).rejects.toBeInstanceOf(ResponseValidationError);
    const warnings: string[] = [];
    const lenient = strict.withOptions({ validateResponses: "warn", logger: { warn: (m) => warnings.push(m) } });
    await expect(lenient.erpInvoices.retrieve(1)).resolves.toEqual({ id: "bad" });
    expect(warnings).toHaveLength(1);
  });
});

describe("extraQuery, extraBody, extraHeaders", () => {
  it("reach the wire merged over the typed ones; a null header is removed", async () => {
    server.route((req) => {
      req.on("data", (c: Buffer) => bodies.push(c.toString()));
      return { kind: "json", status: 201, body: { uuid: "u-1" } };
    });
    const bodies: string[] = [];
    await client({ headers: { "x-team": "billing" } }).reports.create({ client_id: 1, template_code: "x" } as never, {
      extraQuery: { debug: true, tags: ["a", "b"] },
      extraBody: { template_code: "y", beta_flag: 1 },
      extraHeaders: { "x-beta": "on", "x-team": null, "user-agent": null },
    });
    const [request] = server.requests;
    expect(request?.url).toBe("/billing/org/v1/reports?debug=true&tags=a&tags=b");
    expect(JSON.parse(bodies.join(""))).toEqual({ client_id: 1, template_code: "y", beta_flag: 1 });
    expect(request?.headers["x-beta"]).toBe("on");
    expect(request?.headers["x-team"]).toBeUndefined();
    expect(request?.headers["user-agent"]).not.toMatch(/gcore-billing-client/);
  });
});

describe("logging", () => {
  const sink = (lines: string[]) => ({
    error: (m: string) => lines.push(`error ${m}`),
    warn: (m: string) => lines.push(`warn ${m}`),
    info: (m: string) => lines.push(`info ${m}`),
    debug: (m: string) => lines.push(`debug ${m}`),
  });

  it("debug: one line per attempt with method, URL, status, attempt and duration, never the key", async () => {
    server.script(
      { kind: "json", status: 503, body: { message: API_KEY }, headers: { "retry-after-ms": "1" } },
      { kind: "json", body: invoice(1) },
    );
    const lines: string[] = [];
    await createClient({ apiKey: API_KEY, baseUrl: server.url, logLevel: "debug", logger: sink(lines) }).erpInvoices.retrieve(1, {
      extraQuery: { token: API_KEY },
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      new RegExp(`^debug GET ${server.url}/billing/org/v1/erp-invoices/1\\?token=\\[redacted\\] -> 503 \\(attempt 1/3, \\d+ ms\\)$`),
    );
    expect(lines[1]).toMatch(/^info GET \/billing\/org\/v1\/erp-invoices\/\{id\} failed with 503: \[redacted\]; retry 1\/2 in 1 ms$/); // 1 ms + up to 25%, rounded
    expect(lines[2]).toMatch(/ -> 200 \(attempt 2\/3, \d+ ms\)$/);
    expect(lines.join("\n")).not.toContain(API_KEY);
  });

  it.each([
    ["off", 0],
    ["error", 0],
    ["warn", 0],
    ["info", 1],
    ["debug", 3],
  ] as const)("GCORE_LOG=%s sets the level (%i lines for one retried call)", async (level, count) => {
    process.env.GCORE_LOG = level;
    server.script({ kind: "json", status: 503, body: {}, headers: { "retry-after-ms": "1" } }, { kind: "json", body: invoice(1) });
    const lines: string[] = [];
    await createClient({ apiKey: API_KEY, baseUrl: server.url, logger: sink(lines) }).erpInvoices.retrieve(1);
    expect(lines).toHaveLength(count);
  });

  it("logLevel wins over GCORE_LOG; a bad GCORE_LOG is reported and ignored", async () => {
    process.env.GCORE_LOG = "loud";
    const lines: string[] = [];
    createClient({ apiKey: API_KEY, baseUrl: server.url, logger: sink(lines) });
    expect(lines).toEqual(['warn GCORE_LOG="loud" ignored: expected one of off, error, warn, info, debug.']);
    process.env.GCORE_LOG = "debug";
    lines.length = 0;
    server.script({ kind: "json", body: invoice(1) });
    await createClient({ apiKey: API_KEY, baseUrl: server.url, logLevel: "off", logger: sink(lines) }).erpInvoices.retrieve(1);
    expect(lines).toEqual([]);
  });
});

describe("User-Agent", () => {
  it("is gcore-billing-client/<version> node/<version> by default", async () => {
    server.script({ kind: "json", body: invoice(1) });
    await client().erpInvoices.retrieve(1);
    expect(VERSION).toBe(pkg.version);
    expect(server.requests[0]?.headers["user-agent"]).toBe(`gcore-billing-client/${pkg.version} node/${process.versions.node}`);
  });

  it("can be replaced for the client or for one request", async () => {
    server.script({ kind: "json", body: invoice(1) });
    const mine = client({ headers: { "user-agent": "my-app/2.0" } });
    await mine.erpInvoices.retrieve(1);
    await mine.erpInvoices.retrieve(1, { headers: { "User-Agent": "my-job/3.1" } });
    expect(server.requests.map((r) => r.headers["user-agent"])).toEqual(["my-app/2.0", "my-job/3.1"]);
  });
});
