/**
 * The API key never leaves the process in anything the client produces, in any spelling, and
 * is never sent where it could be read: each case is a way it used to leak, against a real
 * loopback server.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIConnectionError, type APIError, createClient, GcoreBillingError, ResponseValidationError } from "../src/index.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY, invoice } from "./helpers/fixtures.js";

let server: FaultServer;
let other: FaultServer;
beforeAll(async () => {
  [server, other] = await Promise.all([startFaultServer(), startFaultServer()]);
});
afterAll(() => Promise.all([server.close(), other.close()]));

/** Every way an error or log line reaches a human or a log store. */
const shown = (value: unknown): string =>
  [String(value), JSON.stringify(value), inspect(value, { depth: 10, showHidden: true }), (value as Error)?.stack ?? ""].join("\n");

const failure = <T>(promise: PromiseLike<T>) =>
  Promise.resolve(promise).then(
    () => expect.unreachable("resolved"),
    (e: unknown) => e,
  );

/** The real fetch, recording what would go out: proves a refused request was never sent. */
function recordingFetch() {
  const sent: string[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    sent.push(input instanceof Request ? input.url : String(input));
    return fetch(input, init);
  };
  return { sent, fetch: fetchFn };
}

describe("a key with surrounding whitespace (read from a file)", () => {
  const raw = `  ${API_KEY}\n`;

  it("is trimmed before it is sent", async () => {
    server.script({ kind: "json", body: invoice(1) });
    await createClient({ apiKey: raw, baseUrl: server.url }).erpInvoices.retrieve(1);
    expect(server.requests[0]?.headers.authorization).toBe(`APIKey ${API_KEY}`);
  });

  it("is redacted from message, body, JSON, inspect and retry log lines", async () => {
    server.route((req) => ({
      kind: "json",
      status: 503,
      headers: { "retry-after-ms": "1" },
      body: { message: `bad ${req.headers.authorization}`, info: { key: API_KEY } },
    }));
    const lines: string[] = [];
    const log = (m: string) => lines.push(m);
    const client = createClient({ apiKey: raw, baseUrl: server.url, logLevel: "debug", logger: { info: log, warn: log, debug: log } });
    const error = (await failure(client.erpInvoices.retrieve(1))) as APIError;
    expect(error.message).toBe("GET /billing/org/v1/erp-invoices/{id} failed with 503: bad APIKey [redacted]");
    expect(error.body).toEqual({ message: "bad APIKey [redacted]", info: { key: "[redacted]" } });
    expect(shown(error)).not.toContain(API_KEY);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.join("\n")).not.toContain(API_KEY);
  });
});

describe("a key no header can carry is refused at creation, unquoted", () => {
  it.each([
    ["a control character inside", "abc\u0001def-secret-part"],
    ["a newline inside", "abc\ndef-secret-part"],
    ["a DEL", "abc\u007fdef-secret-part"],
    ["non-ASCII", "abcdéf-secret-part"],
    ["an emoji", "abc🔑def-secret-part"],
  ])("%s", (_name, apiKey) => {
    const error = (() => {
      try {
        createClient({ apiKey, baseUrl: server.url });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect((error as Error).message).toMatch(/^Invalid API key: it holds a control or non-ASCII character/);
    expect(shown(error)).not.toContain("secret-part");
  });
});

describe("every spelling of the key is redacted", () => {
  it("JSON-escaped (a key with a backslash and a quote, echoed in a JSON body)", async () => {
    const key = 'k\\e"y-5f1c9a7e-do-not-leak';
    server.route(() => ({ kind: "text", status: 400, text: JSON.stringify({ message: `got ${key}` }) }));
    const error = (await failure(createClient({ apiKey: key, baseUrl: server.url }).erpInvoices.retrieve(1))) as APIError;
    expect(error.body).toEqual({ message: "got [redacted]" });
    for (const form of [key, JSON.stringify(key).slice(1, -1)]) expect(shown(error)).not.toContain(form);
  });

  it("URL-encoded, echoed in a text body", async () => {
    const key = "key with spaces/and+plus-do-not-leak";
    server.route(() => ({ kind: "text", status: 400, contentType: "text/plain", text: `?key=${encodeURIComponent(key)}` }));
    const error = (await failure(createClient({ apiKey: key, baseUrl: server.url }).erpInvoices.retrieve(1))) as APIError;
    expect(error.body).toBe("?key=[redacted]");
    expect(shown(error)).not.toContain(encodeURIComponent(key));
  });

  it("in response headers, which util.inspect(error) prints", async () => {
    server.route((req) => ({
      kind: "json",
      status: 401,
      body: { message: "no" },
      headers: { "x-debug-auth": String(req.headers.authorization), "www-authenticate": `APIKey realm="${API_KEY}"` },
    }));
    const error = (await failure(createClient({ apiKey: API_KEY, baseUrl: server.url }).erpInvoices.retrieve(1))) as APIError;
    expect(error.headers?.get("x-debug-auth")).toBe("APIKey [redacted]");
    expect(error.headers?.get("www-authenticate")).toBe('APIKey realm="[redacted]"');
    expect(shown(error)).not.toContain(API_KEY);
  });

  it("in the snippet of a non-JSON 200 body", async () => {
    // JSON.parse's SyntaxError quotes the first ~10 characters: a prefix of the key, which no
    // redaction of the whole key can catch.
    server.route(() => ({ kind: "text", text: API_KEY }));
    const error = await failure(createClient({ apiKey: API_KEY, baseUrl: server.url }).erpInvoices.retrieve(1));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toBe(
      `v1_erp_invoices_retrieve 200 response is not JSON (content-type application/json, ${API_KEY.length} characters)`,
    );
    expect(shown(error)).not.toContain(API_KEY.slice(0, 8));
  });
});

describe("causes", () => {
  it("a network failure whose cause quotes the Authorization header (a proxy agent's, say) is scrubbed", async () => {
    server.script({ kind: "reset" });
    // The real fetch, then the failure the way an intercepting agent reports it.
    const fetchFn: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      await fetch(request).catch(() => undefined);
      throw new TypeError("fetch failed", { cause: new Error(`proxy refused ${request.headers.get("authorization")}`) });
    };
    const lines: string[] = [];
    const client = createClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      fetch: fetchFn,
      logLevel: "debug",
      logger: { info: (m) => lines.push(m), debug: (m) => lines.push(m) },
    });
    const error = (await failure(client.erpInvoices.retrieve(1, { maxRetries: 1 }))) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toBe("GET /billing/org/v1/erp-invoices/{id}: connection failed (proxy refused APIKey [redacted])");
    expect(((error.cause as Error).cause as Error).message).toBe("proxy refused APIKey [redacted]");
    expect(shown(error)).not.toContain(API_KEY);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(API_KEY);
  });
});

describe("the plain-http guard covers every request URL", () => {
  it("raw methods with a per-request http baseUrl send nothing", async () => {
    const { sent, fetch } = recordingFetch();
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, fetch });
    const call = client.GET("/billing/org/v1/erp-invoices/{id}", { params: { path: { id: 1 } }, baseUrl: "http://example.com" });
    const error = await failure(call);
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect((error as Error).message).toMatch(/^Refusing request URL http:\/\/example\.com: use https/);
    expect(sent).toEqual([]);
  });

  it("generated methods with a per-request http baseUrl send nothing", async () => {
    const { sent, fetch } = recordingFetch();
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, fetch });
    const error = await failure(client.erpInvoices.retrieve(1, { baseUrl: "http://example.com" }));
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(sent).toEqual([]);
  });

  it("a redirect to plain http is not followed", async () => {
    const { sent, fetch } = recordingFetch();
    server.script({ kind: "text", status: 302, text: "", headers: { location: "http://example.com/steal" } });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, fetch });
    const error = await failure(client.erpInvoices.retrieve(1));
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect((error as Error).message).toMatch(/^Refusing redirect to http:\/\/example\.com: use https/);
    expect(server.requests).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it("a redirect to another origin is followed without the Authorization header", async () => {
    server.script({ kind: "text", status: 307, text: "", headers: { location: `${other.url}/elsewhere` } });
    other.script({ kind: "json", body: invoice(2) });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url });
    await expect(client.erpInvoices.retrieve(1)).resolves.toEqual(invoice(2));
    expect(server.requests[0]?.headers.authorization).toBe(`APIKey ${API_KEY}`);
    expect(other.requests.map((r) => [r.url, r.headers.authorization])).toEqual([["/elsewhere", undefined]]);
  });

  it("a same-origin redirect keeps the key and a 307 keeps method and body", async () => {
    const bodies: string[] = [];
    server.route((req, url) => {
      if (url.pathname === "/moved") {
        req.on("data", (c: Buffer) => bodies.push(c.toString()));
        return { kind: "json", status: 201, body: { uuid: "u-1" } };
      }
      return { kind: "text", status: 307, text: "", headers: { location: "/moved" } };
    });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url });
    await expect(client.reports.create({ client_id: 1, template_code: "x" } as never)).resolves.toEqual({ uuid: "u-1" });
    expect(server.requests.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
      ["POST", "/billing/org/v1/reports", `APIKey ${API_KEY}`],
      ["POST", "/moved", `APIKey ${API_KEY}`],
    ]);
  });

  it.each([
    ["creation", () => createClient({ apiKey: API_KEY, baseUrl: "https://user:pw-secret@api.gcore.com" })],
    ["per request", () => createClient({ apiKey: API_KEY }).erpInvoices.retrieve(1, { baseUrl: "https://user:pw-secret@api.gcore.com" })],
  ])("credentials in a base URL are refused (%s) and not shown", async (_name, make) => {
    const error = await failure((async () => make())());
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect((error as Error).message).toMatch(/^Refusing baseUrl with credentials in it/);
    expect(shown(error)).not.toContain("pw-secret");
  });
});
