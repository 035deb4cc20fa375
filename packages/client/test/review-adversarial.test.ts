/**
 * Issue 18 again, with inputs the first round of tests did not use (an adversarial review),
 * against real loopback servers: a response header whose *name* carries the key; errors from a
 * caller's fetch whose cause chain loops back or whose fields share one object, hold the key
 * under a symbol; path parameters and query names no URL can carry; Retry-After
 * garbage that a lenient date parser reads as a date, and a zero hint sent to many callers.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, GcoreBillingError, retryAfter } from "../src/index.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

/** The key as sent, percent-encoded or lowercased (hosts): compared without regard to case. */
const leaks = (text: string, key: string) =>
  [key, encodeURIComponent(key), JSON.stringify(key).slice(1, -1)].some((form) => text.toLowerCase().includes(form.toLowerCase()));

/** Every way an error reaches a human or a log store; a cycle makes JSON.stringify throw, which shows nothing. */
const shown = (value: unknown): string => {
  let json = "";
  try {
    json = JSON.stringify(value) ?? "";
  } catch {}
  return [String(value), json, inspect(value, { depth: 10, showHidden: true }), (value as Error)?.stack ?? ""].join("\n");
};

const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => expect.unreachable("resolved"),
    (e: unknown) => e,
  );

// A header name is a token: letters, digits and `-` only, in any case.
const KEY = "Sk-Review7QxZ-DoNotLeak";
const client = (more = {}) => createClient({ apiKey: KEY, baseUrl: server.url, logger: {}, maxRetries: 0, ...more });

describe("the key in places the redactor did not look", () => {
  it("a response header whose name carries the key (error.headers)", async () => {
    server.script({
      kind: "text",
      status: 500,
      text: "no",
      contentType: "text/plain",
      headers: { [`x-${KEY}`]: "1", "x-request-id": "r1" },
    });
    const error = await failure(client().erpInvoices.retrieve(1));
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(leaks(shown(error), KEY)).toBe(false);
    // The other headers are still there.
    expect((error as { headers: Headers }).headers.get("x-request-id")).toBe("r1");
  });

  it("a caller's fetch error whose cause chain loops back to itself", async () => {
    server.script({ kind: "json", body: {} });
    for (const Class of [Error, TypeError]) {
      const fetchFn: typeof fetch = async (input, init) => {
        await (await globalThis.fetch(input, init)).arrayBuffer();
        const error = new Class(`proxy saw ${KEY}`);
        error.cause = error;
        throw error;
      };
      const error = await failure(client({ fetch: fetchFn }).erpInvoices.retrieve(1));
      expect(leaks(shown(error), KEY)).toBe(false);
    }
  });

  it("a caller's fetch error holding one object in two places, and under a symbol", async () => {
    server.script({ kind: "json", body: {} });
    const fetchFn: typeof fetch = async (input, init) => {
      await (await globalThis.fetch(input, init)).arrayBuffer();
      const inner = new Error(`inner ${KEY}`);
      const error = new Error("outer", { cause: inner }) as Error & Record<string | symbol, unknown>;
      error.same = inner;
      error.details = { seen: [inner, { text: KEY }] };
      error[Symbol("request")] = `Authorization: APIKey ${KEY}`;
      throw error;
    };
    const error = await failure(client({ fetch: fetchFn }).erpInvoices.retrieve(1));
    expect((error as Error).message).toBe("outer");
    expect(leaks(shown(error), KEY)).toBe(false);
  });
});

describe("Retry-After that is neither delta-seconds nor an HTTP-date falls back to the backoff", () => {
  // JavaScript's Date.parse reads much more than an HTTP-date: "a 1" is 2001-01-01, so such a
  // value was a date in the past, a delay of 0 ms, and an immediate retry for every caller.
  it.each(["a 1", "soon 5", "Jan 1 1970", "later, 12", "retry 2001"])(
    "Retry-After %j: the logged delay is the backoff's",
    async (value) => {
      server.script({ kind: "json", status: 503, body: {}, headers: { "retry-after": value } }, { kind: "json", body: {} });
      const delays: number[] = [];
      const logger = { info: (m: string) => delays.push(Number(/in (\d+) ms$/.exec(m)?.[1])) };
      await client({ maxRetries: 1, logLevel: "info", logger }).erpInvoices.retrieve(1);
      expect(delays).toHaveLength(1);
      // Attempt 0's backoff: 500 ms minus up to 25% of jitter.
      expect(delays[0]).toBeGreaterThanOrEqual(375);
      expect(delays[0]).toBeLessThanOrEqual(500);
    },
  );

  it.each([
    ["IMF-fixdate", (d: Date) => d.toUTCString()],
    [
      "RFC 850",
      (d: Date) =>
        d.toUTCString().replace(/^(\w+), (\d\d) (\w+) \d\d(\d\d)/, (_, day, dd, mon, yy) => `${fullDay(day)}, ${dd}-${mon}-${yy}`),
    ],
    ["asctime", (d: Date) => asctime(d)],
  ])("the three HTTP-date formats are still read (%s)", (_name, format) => {
    const now = Date.UTC(2030, 0, 2, 3, 4, 5);
    const value = format(new Date(now + 7000));
    expect(retryAfter(new Headers({ "retry-after": value }), now)).toBe(7000);
  });
});

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const fullDay = (short: string) => DAYS.find((d) => d.startsWith(short)) ?? short;
/** `Sun Nov  6 08:49:37 1994`: always GMT, though it does not say so. */
const asctime = (d: Date) => {
  const [day, , mon, year, time] = d.toUTCString().replace(",", "").split(" ");
  return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, " ")} ${time} ${year}`;
};

describe("path parameters and query names no URL can carry are refused before any request", () => {
  // A lone surrogate (a string cut in the middle of an emoji) made encodeURIComponent throw a
  // bare "URIError: URI malformed" naming nothing; NaN and Infinity were sent as ".../NaN".
  it.each([
    ["a lone high surrogate", "ab\ud800"],
    ["a lone low surrogate", "\udc00"],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
  ])("a path parameter with %s", async (_name, id) => {
    server.script({ kind: "json", body: {} });
    const c = client();
    // `as never`: untyped JavaScript callers and ids read from files reach these too.
    for (const call of [
      () => c.erpInvoices.retrieve(id as never),
      () => c.reports.delete(id as never),
      () => c.erpInvoices.download(id as never),
    ]) {
      const error = await failure(call());
      expect(error).toBeInstanceOf(GcoreBillingError);
      expect((error as Error).message).toMatch(/path parameter id .*refused/);
    }
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ["a name", { "a\ud800": 1 }],
    ["a value", { q: "\udc00x" }],
    ["an array value", { q: ["ok", "\ud83d"] }],
  ])("an extraQuery %s with a lone surrogate", async (_name, extraQuery) => {
    server.script({ kind: "json", body: { count: 0, results: [] } });
    const error = await failure(client().erpInvoices.list({}, { extraQuery }));
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect((error as Error).message).toMatch(/query parameter .*lone UTF-16 surrogate/);
    expect(server.requests).toHaveLength(0);
  });
});
