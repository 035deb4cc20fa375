/**
 * Every call against a misbehaving server ends, within its time budget, in the right data
 * or the right typed error; no rejection goes unhandled along the way.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  ConflictError,
  createClient,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
} from "../src/index.js";
import { createClient as createValidatingClient } from "../src/validate.js";
import { type Fault, type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY, invoice } from "./helpers/fixtures.js";

let server: FaultServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  server = await startFaultServer();
});

afterAll(async () => {
  // Give stray timers and sockets a moment to surface anything left behind.
  await new Promise((resolve) => setTimeout(resolve, 200));
  process.off("unhandledRejection", onUnhandled);
  await server.close();
  expect(unhandled).toEqual([]);
});

const ok: Fault = { kind: "json", body: invoice(1) };
const status = (code: number, headers: Record<string, string> = {}, body: unknown = { message: `status ${code}` }): Fault => ({
  kind: "json",
  status: code,
  body,
  headers,
});
// Server hints keep most cases fast; the backoff itself has its own cases below.
const fast = { "retry-after-ms": "10" };

type Want = { data: unknown; error?: never } | { error: new (...args: never[]) => Error; data?: never; status?: number };

interface Case {
  given: Fault[];
  options?: { timeout?: number; maxRetries?: number };
  want: Want;
  attempts: number;
  /** The call must settle within this many ms. */
  budget: number;
  /** ...and not before this many (proves the wait happened). */
  atLeast?: number;
}

// Long enough that a healthy answer on a loaded machine is not taken for a timeout.
const TIMEOUT = 1000;
// Budgets catch a call that hangs or waits far too long; a loaded machine adds its own delay.
const SLACK = 5000;

const cases: [string, Case][] = [
  ["healthy answer", { given: [ok], want: { data: invoice(1) }, attempts: 1, budget: 1000 }],
  ["connection reset, then healthy", { given: [{ kind: "reset" }, ok], want: { data: invoice(1) }, attempts: 2, budget: 2000 }],
  [
    "connection reset on every attempt",
    { given: [{ kind: "reset" }], want: { error: APIConnectionError }, attempts: 3, budget: 3000, atLeast: 375 + 750 },
  ],
  [
    "burst of 503, then healthy",
    {
      given: [status(503, fast), status(503, fast), status(503, fast), ok],
      options: { maxRetries: 3 },
      want: { data: invoice(1) },
      attempts: 4,
      budget: 1500,
    },
  ],
  [
    "503 that outlasts the retries",
    { given: [status(503, fast)], want: { error: InternalServerError, status: 503 }, attempts: 3, budget: 1500 },
  ],
  [
    "503 without hints backs off 0.5 s then 1 s (jitter up to -25%)",
    { given: [status(503), status(503), ok], want: { data: invoice(1) }, attempts: 3, budget: 3500, atLeast: 375 + 750 },
  ],
  [
    "429 with Retry-After: 1 waits a second",
    { given: [status(429, { "retry-after": "1" }), ok], want: { data: invoice(1) }, attempts: 2, budget: 2500, atLeast: 1000 },
  ],
  [
    "429 with retry-after-ms beats Retry-After",
    { given: [status(429, { "retry-after-ms": "50", "retry-after": "30" }), ok], want: { data: invoice(1) }, attempts: 2, budget: 1500 },
  ],
  [
    "429 that outlasts the retries",
    { given: [status(429, fast)], want: { error: RateLimitError, status: 429 }, attempts: 3, budget: 1500 },
  ],
  ["408, then healthy", { given: [status(408, fast), ok], want: { data: invoice(1) }, attempts: 2, budget: 1500 }],
  ["409 is retried too", { given: [status(409, fast)], want: { error: ConflictError }, attempts: 3, budget: 1500 }],
  ["404 is final", { given: [status(404, fast)], want: { error: NotFoundError, status: 404 }, attempts: 1, budget: 1000 }],
  ["401 is final", { given: [status(401, fast)], want: { error: AuthenticationError, status: 401 }, attempts: 1, budget: 1000 }],
  ["418 is an APIError", { given: [status(418, fast)], want: { error: APIError, status: 418 }, attempts: 1, budget: 1000 }],
  [
    "headers slower than the timeout, every attempt",
    {
      given: [{ kind: "slow", delayMs: 5000, next: ok }],
      want: { error: APITimeoutError },
      attempts: 3,
      // three timeouts plus 0.5 s and 1 s of backoff, plus slack for a loaded machine
      budget: 3 * TIMEOUT + 1500 + 1500,
      atLeast: 3 * TIMEOUT,
    },
  ],
  [
    "slow once, then fast",
    { given: [{ kind: "slow", delayMs: 5000, next: ok }, ok], want: { data: invoice(1) }, attempts: 2, budget: TIMEOUT + 500 + 1500 },
  ],
  [
    "body that stalls half-way",
    {
      given: [{ kind: "stall-body", body: invoice(1), sent: 40 }],
      options: { maxRetries: 0 },
      want: { error: APITimeoutError },
      attempts: 1,
      budget: TIMEOUT + 1500,
      atLeast: TIMEOUT,
    },
  ],
  [
    "connection dropped mid-body, then healthy",
    { given: [{ kind: "truncate", body: invoice(1), sent: 40 }, ok], want: { data: invoice(1) }, attempts: 2, budget: 2000 },
  ],
  [
    "connection dropped mid-body on every attempt",
    { given: [{ kind: "truncate", body: invoice(1), sent: 40 }], want: { error: APIConnectionError }, attempts: 3, budget: 3500 },
  ],
  [
    "complete answer holding truncated JSON is not retried",
    {
      given: [{ kind: "text", text: JSON.stringify(invoice(1)).slice(0, 60) }],
      want: { error: ResponseValidationError },
      attempts: 1,
      budget: 1000,
    },
  ],
  [
    "schema-breaking body passes when validation is off",
    { given: [{ kind: "json", body: { id: "one" } }], want: { data: { id: "one" } }, attempts: 1, budget: 1000 },
  ],
];

describe("fault injection: retrieve()", { timeout: 30_000 }, () => {
  it.each(cases)("%s", async (_name, { given, options, want, attempts, budget, atLeast }) => {
    server.script(...given);
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: TIMEOUT, logger: {}, ...options });
    const started = performance.now();
    const outcome = await client.erpInvoices.retrieve(1).then(
      (data) => ({ data }),
      (error: Error) => ({ error }),
    );
    const elapsed = performance.now() - started;

    if ("error" in want && want.error) {
      expect("error" in outcome && outcome.error).toBeInstanceOf(want.error);
      const error = (outcome as { error: Error }).error;
      // APITimeoutError extends APIConnectionError: demand the exact class.
      expect(error.constructor).toBe(want.error);
      if (want.status) expect((error as APIError).status).toBe(want.status);
    } else {
      expect(outcome).toEqual({ data: want.data });
    }
    expect(server.requests).toHaveLength(attempts);
    expect(elapsed).toBeLessThan(budget + SLACK);
    if (atLeast) expect(elapsed).toBeGreaterThanOrEqual(atLeast - 5);
  });
});

describe("fault injection: idempotency and overrides", { timeout: 30_000 }, () => {
  const body = { client_id: 1, template_code: "x" } as never;

  it.each([
    ["POST is not retried by default", {}, 1],
    ["POST is retried with retry: true", { retry: true }, 3],
    ["GET is not retried with retry: false", { retry: false, get: true }, 1],
    ["maxRetries per request wins over the client's", { maxRetries: 1, get: true }, 2],
  ] as const)("%s", async (_name, options, attempts) => {
    server.script(status(503, fast));
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: TIMEOUT, logger: {} });
    const { get, ...requestOptions } = { get: false, ...options };
    const call = get ? client.erpInvoices.retrieve(1, requestOptions) : client.reports.create(body, requestOptions);
    await expect(call).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(attempts);
    expect(server.requests[0]?.method).toBe(get ? "GET" : "POST");
  });
});

describe("fault injection: the caller's abort is not a timeout", () => {
  it("rejects with the caller's reason while the server is slow", async () => {
    server.script({ kind: "slow", delayMs: 5000, next: ok });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: 10_000, logger: {} });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 100);
    const error = await client.erpInvoices.retrieve(1, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("rejects with a custom reason during the backoff wait", async () => {
    server.script(status(503, { "retry-after": "30" }));
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: 10_000, logger: {} });
    const controller = new AbortController();
    const reason = new Error("shutting down");
    setTimeout(() => controller.abort(reason), 300);
    const started = performance.now();
    await expect(client.erpInvoices.retrieve(1, { signal: controller.signal })).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(server.requests.length).toBeGreaterThanOrEqual(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    server.script(ok);
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
    await expect(client.erpInvoices.retrieve(1, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(0);
  });

  it("a per-request timeout overrides the client's", async () => {
    server.script({ kind: "slow", delayMs: 2000, next: ok });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: 10_000, maxRetries: 0, logger: {} });
    const error = await client.erpInvoices.retrieve(1, { timeout: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toBe("GET /billing/org/v1/erp-invoices/{id} timed out after 100 ms");
  });
});

describe("fault injection: response validation", () => {
  const broken: Fault = { kind: "json", body: { ...invoice(1), amount_total: "12.5", payment_state: "lost" } };

  it("throw: a ResponseValidationError lists each problem with its JSON pointer", async () => {
    server.script(broken);
    const client = createValidatingClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
    const error = (await client.erpInvoices.retrieve(1).catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.operationId).toBe("v1_erp_invoices_retrieve");
    expect(error.errors.map((e) => e.pointer).sort()).toEqual(["/amount_total", "/payment_state"]);
    expect(server.requests).toHaveLength(1);
  });

  it("warn: returns the data and logs one warning", async () => {
    server.script(broken);
    const warnings: string[] = [];
    const client = createValidatingClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      validateResponses: "warn",
      logger: { warn: (m) => warnings.push(m) },
    });
    await expect(client.erpInvoices.retrieve(1)).resolves.toMatchObject({ payment_state: "lost" });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^v1_erp_invoices_retrieve 200 response does not match the spec: .*\/amount_total/);
  });

  it("off: returns the data untouched", async () => {
    server.script(broken);
    const client = createValidatingClient({ apiKey: API_KEY, baseUrl: server.url, validateResponses: "off", logger: {} });
    await expect(client.erpInvoices.retrieve(1)).resolves.toMatchObject({ payment_state: "lost" });
  });

  it("throw: a valid body passes", async () => {
    server.script(ok);
    const client = createValidatingClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
    await expect(client.erpInvoices.retrieve(1)).resolves.toEqual(invoice(1));
  });
});

describe("fault injection: Gcore error bodies", () => {
  it("carries status, headers, parsed body and request id", async () => {
    server.script(
      status(
        403,
        { "x-request-id": "hdr-id" },
        { exception_class: "PermissionDenied", message: "You shall not pass", request_id: "body-id" },
      ),
    );
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
    const error = (await client.erpInvoices.retrieve(1).catch((e: unknown) => e)) as APIError;
    expect(error.name).toBe("PermissionDeniedError");
    expect(error.status).toBe(403);
    expect(error.requestId).toBe("body-id");
    expect(error.headers?.get("x-request-id")).toBe("hdr-id");
    expect(error.body).toEqual({ exception_class: "PermissionDenied", message: "You shall not pass", request_id: "body-id" });
    expect(error.message).toBe("GET /billing/org/v1/erp-invoices/{id} failed with 403: You shall not pass");
  });

  it("falls back to the x-request-id header and a text body", async () => {
    server.script({ kind: "text", status: 502, text: "Bad gateway", contentType: "text/plain", headers: { "x-request-id": "hdr-id" } });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0, logger: {} });
    const error = (await client.erpInvoices.retrieve(1).catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.requestId).toBe("hdr-id");
    expect(error.body).toBe("Bad gateway");
  });
});

describe("fault injection: logger", () => {
  it("reports each retry at info level", async () => {
    server.script(status(503, fast), ok);
    const lines: string[] = [];
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, logLevel: "info", logger: { info: (m) => lines.push(m) } });
    await client.erpInvoices.retrieve(1);
    // retry-after-ms 10 plus up to 25% of jitter, never less.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/billing\/org\/v1\/erp-invoices\/\{id\} failed with 503: status 503; retry 1\/2 in 1[0-3] ms$/);
  });
});
