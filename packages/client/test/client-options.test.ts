/** createClient's configuration: defaults, environment variables and the errors for bad input. */
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { APIConnectionError, type APIError, createClient, DEFAULT_BASE_URL, GcoreBillingError } from "../src/index.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY } from "./helpers/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const saved = { key: process.env.GCORE_API_KEY, url: process.env.GCORE_BASE_URL };
afterEach(() => {
  for (const [name, value] of [
    ["GCORE_API_KEY", saved.key],
    ["GCORE_BASE_URL", saved.url],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("createClient: refused configurations", () => {
  it.each([
    ["no API key anywhere", { given: {}, want: /^No API key: set GCORE_API_KEY or pass createClient\(\{ apiKey \}\)\.$/ }],
    ["an empty API key", { given: { apiKey: "" }, want: /^No API key/ }],
    [
      "plain http to a remote host",
      { given: { apiKey: API_KEY, baseUrl: "http://api.gcore.com" }, want: /^Refusing baseUrl http:\/\/api\.gcore\.com: use https/ },
    ],
    ["plain http to a LAN address", { given: { apiKey: API_KEY, baseUrl: "http://10.0.0.5:8080/" }, want: /allowInsecureHttp: true/ }],
    ["another scheme", { given: { apiKey: API_KEY, baseUrl: "ftp://example.com" }, want: /^Refusing baseUrl ftp:\/\/example\.com/ }],
    ["not a URL", { given: { apiKey: API_KEY, baseUrl: "api.gcore.com" }, want: /^Invalid baseUrl: expected an absolute URL/ }],
    [
      "a zero timeout",
      {
        given: { apiKey: API_KEY, timeout: 0 },
        want: /^Invalid timeout 0: expected an integer from 1 to 2147483647 \(milliseconds\), or null for none\.$/,
      },
    ],
    ["negative retries", { given: { apiKey: API_KEY, maxRetries: -1 }, want: /^Invalid maxRetries -1/ }],
    ["fractional retries", { given: { apiKey: API_KEY, maxRetries: 1.5 }, want: /^Invalid maxRetries 1\.5/ }],
    [
      "validation without validators in the main entry",
      {
        given: { apiKey: API_KEY, validateResponses: "throw" as const },
        want: /import createClient from "@gcore-billing\/client\/validate"/,
      },
    ],
  ])("%s", (_name, { given, want }) => {
    delete process.env.GCORE_API_KEY;
    delete process.env.GCORE_BASE_URL;
    const error = (() => {
      try {
        createClient(given);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(error?.message).toMatch(want);
  });

  it("never shows credentials embedded in the base URL", () => {
    expect(() => createClient({ apiKey: API_KEY, baseUrl: "http://user:hunter2@example.com" })).toThrow(
      /^Refusing baseUrl with credentials in it \(http:\/\/…@example\.com\)/,
    );
  });
});

describe("createClient: accepted configurations", () => {
  it.each([
    ["https", "https://api.gcore.com"],
    ["http on 127.0.0.1", "http://127.0.0.1:1234"],
    ["http on another 127/8 address", "http://127.1.2.3"],
    ["http on localhost", "http://localhost:8080/"],
    ["http on [::1]", "http://[::1]:8080"],
  ])("%s", (_name, baseUrl) => {
    expect(() => createClient({ apiKey: API_KEY, baseUrl })).not.toThrow();
  });

  it("plain http to a remote host with allowInsecureHttp: true", () => {
    expect(() => createClient({ apiKey: API_KEY, baseUrl: "http://billing.internal", allowInsecureHttp: true })).not.toThrow();
  });

  it("DEFAULT_BASE_URL is Gcore's API", () => {
    expect(DEFAULT_BASE_URL).toBe("https://api.gcore.com");
  });

  it("reads GCORE_API_KEY and GCORE_BASE_URL", async () => {
    process.env.GCORE_API_KEY = "from-env-key";
    process.env.GCORE_BASE_URL = `${server.url}/`;
    server.script({ kind: "json", body: { id: 1 } });
    await createClient().erpInvoices.retrieve(1);
    expect(server.requests[0]?.headers.authorization).toBe("APIKey from-env-key");
  });

  it("options win over the environment", async () => {
    process.env.GCORE_API_KEY = "from-env-key";
    process.env.GCORE_BASE_URL = "https://unused.invalid";
    server.script({ kind: "json", body: { id: 1 } });
    await createClient({ apiKey: API_KEY, baseUrl: server.url }).erpInvoices.retrieve(1);
    expect(server.requests[0]?.headers.authorization).toBe(`APIKey ${API_KEY}`);
  });

  it("a custom fetch is used for every request", async () => {
    server.script({ kind: "json", body: { id: 1 } });
    const seen: string[] = [];
    const client = createClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await client.erpInvoices.retrieve(3);
    expect(seen).toEqual([`${server.url}/billing/org/v1/erp-invoices/3`]);
  });
});

describe("the API key never leaks", () => {
  const leaks = (value: unknown) => {
    const texts = [String(value), JSON.stringify(value), inspect(value, { depth: 10 }), (value as Error)?.stack ?? ""];
    return texts.some((t) => t.includes(API_KEY));
  };

  it("not from an error body that echoes the Authorization header", async () => {
    server.route((req) => ({
      kind: "json",
      status: 400,
      body: {
        exception_class: "BadRequest",
        message: `bad header ${req.headers.authorization}`,
        info: { echoed: req.headers.authorization },
      },
    }));
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
    const error = (await client.erpInvoices.retrieve(1).catch((e: unknown) => e)) as APIError;
    expect(error.message).toBe("GET /billing/org/v1/erp-invoices/{id} failed with 400: bad header APIKey [redacted]");
    expect(error.body).toEqual({
      exception_class: "BadRequest",
      message: "bad header APIKey [redacted]",
      info: { echoed: "APIKey [redacted]" },
    });
    expect(leaks(error)).toBe(false);
  });

  it("not from a text error body", async () => {
    server.route((req) => ({ kind: "text", status: 400, text: `denied: ${req.headers.authorization}`, contentType: "text/plain" }));
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
    const error = await client.erpInvoices.retrieve(1).catch((e: unknown) => e);
    expect((error as APIError).body).toBe("denied: APIKey [redacted]");
    expect(leaks(error)).toBe(false);
  });

  it("not from connection errors, timeouts or log lines", async () => {
    const lines: string[] = [];
    const log = (m: string) => lines.push(m);
    server.script({ kind: "reset" }, { kind: "slow", delayMs: 2000, next: { kind: "json", body: {} } });
    const client = createClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      timeout: 100,
      maxRetries: 1,
      logLevel: "debug",
      logger: { info: log, warn: log, debug: log },
    });
    const error = await client.erpInvoices.retrieve(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(lines.length).toBeGreaterThan(0);
    expect(leaks(error)).toBe(false);
    expect(lines.some((l) => l.includes(API_KEY))).toBe(false);
  });

  it("not from configuration errors", () => {
    try {
      createClient({ apiKey: API_KEY, baseUrl: "http://example.com" });
    } catch (error) {
      expect(leaks(error)).toBe(false);
      return;
    }
    expect.unreachable();
  });

  it("JSON.stringify(APIError) keeps status, requestId and body, not headers", async () => {
    server.script({ kind: "json", status: 404, body: { message: "gone", request_id: "r-1" } });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
    const error = await client.erpInvoices.retrieve(1).catch((e: unknown) => e);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "NotFoundError",
      message: "GET /billing/org/v1/erp-invoices/{id} failed with 404: gone",
      status: 404,
      requestId: "r-1",
      body: { message: "gone", request_id: "r-1" },
    });
  });
});
