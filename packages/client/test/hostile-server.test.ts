/**
 * Issue 18, against real loopback servers: a server (or a caller's own code) that puts the key
 * into URLs, hosts, Locations and errors of any class; path parameters and query names that
 * would target another resource; redirect statuses; 2xx statuses the spec does not list;
 * servers whose pages never end; and a Retry-After sent to many callers at once.
 */
import { inspect } from "node:util";
import { responseValidators } from "@gcore-billing/validators";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIError, createClient, GcoreBillingError, PaginationError, ResponseValidationError, retryDelay } from "../src/index.js";
import { createResponseCheck, createClient as createValidatingClient } from "../src/validate.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { invoice } from "./helpers/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

/** Every way an error reaches a human or a log store. */
const shown = (value: unknown): string =>
  [String(value), JSON.stringify(value), inspect(value, { depth: 10, showHidden: true }), (value as Error)?.stack ?? ""].join("\n");

/**
 * An oracle written independently of the redactor: the spellings a server or URL parser makes
 * of a key, compared without regard to case (hosts are lowercased, hex digits come in both cases).
 */
export function spellings(key: string): string[] {
  const forms = [
    key,
    JSON.stringify(key).slice(1, -1),
    encodeURIComponent(key),
    encodeURI(key),
    new URLSearchParams({ k: key }).toString().slice(2),
  ];
  try {
    forms.push(new URL(`http://h/${key}`).pathname.slice(1), new URL(`http://h/?${key}`).search.slice(1));
  } catch {}
  return [...new Set(forms.map((f) => f.toLowerCase()))];
}
export const leaks = (text: string, key: string) => spellings(key).some((form) => text.toLowerCase().includes(form));

const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => expect.unreachable("resolved"),
    (e: unknown) => e,
  );

// Keys of several shapes: mixed case (hosts get lowercased), with characters URLs encode.
const KEYS = ["Sk-LiveKey7QxZ-DoNotLeak", "abc DEF/ghi+jkl=mno-secret", 'k"e\\y:With%Chars~secret'];
const client = (apiKey: string, more = {}) => createClient({ apiKey, baseUrl: server.url, logger: {}, maxRetries: 0, ...more });

describe("1. one redaction choke point: the key never leaves in any spelling", () => {
  it.each(KEYS)("a redirect loop whose Location path carries the key (%j)", async (key) => {
    server.route((req) => ({
      kind: "text",
      status: 302,
      text: "",
      headers: { location: `/loop/${encodeURIComponent(key)}/${req.url?.length}` },
    }));
    const lines: string[] = [];
    const log = (m: string) => lines.push(m);
    const error = await failure(client(key, { logLevel: "debug", logger: { debug: log, info: log, warn: log } }).erpInvoices.retrieve(1));
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect((error as Error).message).toMatch(/more than 10 redirects/);
    expect(leaks(shown(error), key)).toBe(false);
    expect(leaks(lines.join("\n"), key)).toBe(false);
  });

  it.each(["Sk-LiveKey7QxZ-DoNotLeak", "MixedCASE-host-Key-99"])(
    "a redirect to a host spelled from the key (%j): URL parsers lowercase it",
    async (key) => {
      server.script({ kind: "text", status: 307, text: "", headers: { location: `http://${key}.example.com/x` } });
      const error = await failure(client(key).erpInvoices.retrieve(1));
      expect((error as Error).message).toMatch(/^Refusing redirect to http:\/\//);
      expect(leaks(shown(error), key)).toBe(false);
      // ...and the raw openapi-fetch methods, which share the guard.
      server.script({ kind: "text", status: 307, text: "", headers: { location: `http://${key.toUpperCase()}.example.com/x` } });
      const raw = await failure(client(key).GET("/billing/org/v1/erp-invoices/{id}", { params: { path: { id: 1 } } }));
      expect(raw).toBeInstanceOf(GcoreBillingError);
      expect(leaks(shown(raw), key)).toBe(false);
    },
  );

  it.each(KEYS)("a Location no URL parser accepts, holding the key (%j), is a refusal that does not quote it", async (key) => {
    server.script({ kind: "text", status: 301, text: "", headers: { location: `http://[${key}/` } });
    const error = await failure(client(key).erpInvoices.retrieve(1));
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(server.requests).toHaveLength(1);
    expect(leaks(shown(error), key)).toBe(false);
  });

  it.each(KEYS)("an error of any class from the caller's own fetch, in message, fields and causes (%j)", async (key) => {
    class ProxyError extends Error {
      override name = "ProxyError";
      constructor(
        message: string,
        readonly authorization: string,
        readonly details: unknown,
        options?: ErrorOptions,
      ) {
        super(message, options);
      }
    }
    const fetchFn: typeof fetch = async (input, init) => {
      const auth = new Request(input, init).headers.get("authorization") ?? "";
      throw new ProxyError(
        `proxy refused ${auth.toLowerCase()}`,
        auth,
        { echoed: [encodeURIComponent(key)] },
        {
          cause: new RangeError(`inner ${key.toUpperCase()}`),
        },
      );
    };
    for (const call of [
      (c: ReturnType<typeof client>) => c.erpInvoices.retrieve(1),
      (c: ReturnType<typeof client>) => c.erpInvoices.list().firstPage(),
      (c: ReturnType<typeof client>) => c.erpInvoices.download(1),
      (c: ReturnType<typeof client>) => c.GET("/billing/org/v1/erp-invoices/{id}", { params: { path: { id: 1 } } }),
    ]) {
      const error = await failure(call(client(key, { fetch: fetchFn })));
      expect(error).toBeInstanceOf(ProxyError);
      expect((error as ProxyError).authorization).toBe("APIKey [redacted]");
      expect(leaks(shown(error), key)).toBe(false);
    }
  });

  it.each(KEYS)("an error thrown by openapi-fetch middleware (client.use) holding the key (%j)", async (key) => {
    server.script({ kind: "json", body: invoice(1) });
    const c = client(key);
    c.use({
      onRequest: ({ request }) => {
        throw new TypeError(`middleware saw ${request.headers.get("authorization")}`);
      },
    });
    for (const error of [
      await failure(c.erpInvoices.retrieve(1)),
      await failure(c.GET("/billing/org/v1/erp-invoices/{id}", { params: { path: { id: 1 } } })),
    ]) {
      expect((error as Error).message).toContain("[redacted]");
      expect(leaks(shown(error), key)).toBe(false);
    }
  });
});

describe("2. path parameters stay one segment of the operation's own path", () => {
  const calls = {
    "erpInvoices.retrieve": (c: ReturnType<typeof client>, v: unknown) => c.erpInvoices.retrieve(v as number),
    "erpInvoices.download": (c: ReturnType<typeof client>, v: unknown) => c.erpInvoices.download(v as number),
    "reports.delete": (c: ReturnType<typeof client>, v: unknown) => c.reports.delete(v as never),
    "reports.retrieve": (c: ReturnType<typeof client>, v: unknown) => c.reports.retrieve(v as never),
    "reports.download": (c: ReturnType<typeof client>, v: unknown) => c.reports.download(v as never, { format: "csv" } as never),
    "trials.update": (c: ReturnType<typeof client>, v: unknown) => c.trials.update(v as number, { days_limit: 1 } as never),
  };
  const refused = ["", ".", "..", "%2e", "%2E", ".%2E", "%2e.", "%2E%2e", "%252e", "%252E%252e", "%25252e"];

  it.each(Object.keys(calls).flatMap((name) => refused.map((value) => [name, value] as const)))(
    "%s(%j) is refused before any request, naming the parameter",
    async (name, value) => {
      server.script({ kind: "json", body: {} });
      const error = await failure(calls[name as keyof typeof calls](client("k-0123456789abcdef"), value));
      expect(error).toBeInstanceOf(GcoreBillingError);
      expect((error as Error).message).toMatch(/path parameter (id|uuid) /);
      expect(server.requests).toEqual([]);
    },
  );

  it.each([undefined, null, { id: 1 }, [1, 2], true])("a path parameter %j that is neither string nor number is refused", async (value) => {
    server.script({ kind: "json", body: {} });
    const error = await failure(client("k-0123456789abcdef").erpInvoices.retrieve(value as never));
    expect((error as Error).message).toMatch(/path parameter id must be a string or a number/);
    expect(server.requests).toEqual([]);
  });

  it("any other value is sent as exactly one segment that decodes back to it (property)", async () => {
    const char = fc.constantFrom(..."./?#\\%;:@&=+$,[] \"'<>^`{|}~aZ09-_é😀\t");
    await fc.assert(
      fc.asyncProperty(
        fc.array(char, { minLength: 1, maxLength: 12 }).map((cs) => cs.join("")),
        async (value) => {
          let decoded = value;
          for (let i = 0; i < 4; i++) {
            try {
              decoded = decodeURIComponent(decoded);
            } catch {
              break;
            }
          }
          fc.pre(![value, decoded].some((v) => v === "" || v === "." || v === ".."));
          server.route(() => ({ kind: "text", status: 204, text: "" }));
          await client("k-0123456789abcdef").reports.delete(value as never);
          expect(server.requests).toHaveLength(1);
          const path = (server.requests[0]?.url ?? "").split("?")[0] as string;
          const segments = path.split("/");
          expect(segments.slice(0, -1)).toEqual(["", "billing", "org", "v1", "reports"]);
          expect(decodeURIComponent(segments.at(-1) as string)).toBe(value);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe("2. extraQuery names are encoded like values", () => {
  it.each([
    [{ "a&admin": true }, "a&admin", "true"],
    [{ "x#": 1 }, "x#", "1"],
    [{ "b=c": "d" }, "b=c", "d"],
    [{ "q?r": "s&t" }, "q?r", "s&t"],
    [{ "n a+m%e": "v" }, "n a+m%e", "v"],
  ])("%j arrives as one parameter, the rest of the query intact", async (extraQuery, name, value) => {
    server.script({ kind: "json", body: { count: 0, results: [] } });
    await client("k-0123456789abcdef").erpInvoices.list({ limit: 5 }, { extraQuery });
    const params = new URL(server.requests[0]?.url ?? "", server.url).searchParams;
    expect([...params]).toEqual([
      ["limit", "5"],
      [name, value],
    ]);
  });

  it("any name and value round-trip (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 }), async (name, value) => {
        fc.pre(name !== "limit" && name !== "offset" && !/[\ud800-\udfff]/.test(name + value));
        server.script({ kind: "json", body: { count: 0, results: [] } });
        await client("k-0123456789abcdef").erpInvoices.list({ limit: 5 }, { extraQuery: { [name]: value } });
        const params = new URL(server.requests[0]?.url ?? "", server.url).searchParams;
        // Sorted: an integer-like name comes first in a JavaScript object, whatever the order given.
        expect([...params].sort()).toEqual(
          [
            ["limit", "5"],
            [name, value],
          ].sort(),
        );
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe("2. only 301, 302, 303, 307 and 308 are redirects", () => {
  it.each([301, 302, 303, 307, 308])("%i with a Location is followed", async (status) => {
    server.route((_req, url) =>
      url.pathname === "/there" ? { kind: "json", body: invoice(2) } : { kind: "text", status, text: "", headers: { location: "/there" } },
    );
    await expect(client("k-0123456789abcdef").erpInvoices.retrieve(1)).resolves.toEqual(invoice(2));
    expect(server.requests.map((r) => r.url)).toEqual(["/billing/org/v1/erp-invoices/1", "/there"]);
  });

  it.each([300, 304, 305, 306])("%i with a Location is an answer, not followed", async (status) => {
    server.route(() => ({ kind: "text", status, text: "", headers: { location: "/there" } }));
    const error = await failure(client("k-0123456789abcdef").erpInvoices.retrieve(1));
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });
});

describe("4. with validation on, every 2xx is checked", () => {
  const junk = ["not", "an", "invoice"];
  const validating = () => createValidatingClient({ apiKey: "k-0123456789abcdef", baseUrl: server.url, logger: {}, maxRetries: 0 });

  it.each([201, 202, 203, 206, 226, 299])("an undeclared %i is held to the one declared schema", async (status) => {
    server.script({ kind: "json", status, body: junk });
    const error = await failure(validating().erpInvoices.retrieve(1));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(new RegExp(`^v1_erp_invoices_retrieve ${status} response does not match the spec`));
    server.script({ kind: "json", status, body: invoice(3) });
    await expect(validating().erpInvoices.retrieve(3)).resolves.toEqual(invoice(3));
  });

  it.each([203, 206])("...on a list page too (%i)", async (status) => {
    server.script({ kind: "json", status, body: { count: 1, results: junk } });
    await expect(validating().erpInvoices.list().firstPage()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it.each([203, 206, 250])("with several declared success statuses an undeclared %i is an error naming it", async (status) => {
    const one = responseValidators.v1_erp_invoices_retrieve?.["200"] as never;
    const lines: string[] = [];
    for (const mode of ["throw", "warn"] as const) {
      const c = createClient({
        apiKey: "k-0123456789abcdef",
        baseUrl: server.url,
        maxRetries: 0,
        validateResponses: mode,
        responseCheck: createResponseCheck(mode, { v1_erp_invoices_retrieve: { "200": one, "201": one } }),
        logger: { warn: (m) => lines.push(m) },
      });
      server.script({ kind: "json", status, body: invoice(4) });
      if (mode === "throw") {
        const error = await failure(c.erpInvoices.retrieve(4));
        expect(error).toBeInstanceOf(ResponseValidationError);
        expect((error as Error).message).toBe(
          `v1_erp_invoices_retrieve ${status} response is undeclared: status ${status} is not declared by the spec, which declares 200, 201`,
        );
      } else await expect(c.erpInvoices.retrieve(4)).resolves.toEqual(invoice(4));
    }
    expect(lines).toEqual([expect.stringContaining(`status ${status} is not declared`)]);
  });
});

describe("5. pagination counts records, not pages", () => {
  const walk = async (list: AsyncIterable<{ id?: number; uuid?: string }>) => {
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const record of list) seen.push(record.id ?? record.uuid);
    })().catch((e: unknown) => e);
    return { seen, error };
  };

  it.each([2, 3, 5])("a server ignoring offset that returns the same %i records in another order each time stops at once", async (size) => {
    let n = 0;
    server.route(() => {
      const records = Array.from({ length: size }, (_, i) => invoice(i + 1));
      const rotated = [...records.slice(n % size), ...records.slice(0, n % size)].reverse();
      n++;
      return { kind: "json", body: { count: 600, results: rotated } };
    });
    const { seen, error } = await walk(client("k-0123456789abcdef").erpInvoices.list({ limit: size }));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/brings no record the walk has not yielded already/);
    expect(new Set(seen).size).toBe(size);
    expect(server.requests).toHaveLength(2);
  });

  it("a server that shuffles a small set across pages is walked until nothing new comes, not for 300 requests", async () => {
    // Seven records, three per page, in an order that changes per request (no ORDER BY).
    let n = 0;
    server.route(() => {
      n++;
      const ids = [1, 2, 3, 4, 5, 6, 7].sort((a, b) => ((a * 7919 * n) % 11) - ((b * 7919 * n) % 11));
      return { kind: "json", body: { count: 600, results: ids.slice(0, 3).map(invoice) } };
    });
    const { seen, error } = await walk(client("k-0123456789abcdef").erpInvoices.list({ limit: 3 }));
    expect(error).toBeInstanceOf(PaginationError);
    expect(server.requests.length).toBeLessThanOrEqual(8);
    expect(new Set(seen).size).toBeLessThanOrEqual(7);
  });

  it("records without an id are told apart by their content (reports, by uuid)", async () => {
    const report = (i: number) => ({ uuid: `00000000-0000-4000-8000-00000000000${i}`, template_code: "x", status: "done" });
    let n = 0;
    server.route(() => ({ kind: "json", body: { count: 50, results: n++ % 2 ? [report(2), report(1)] : [report(1), report(2)] } }));
    const { seen, error } = await walk(client("k-0123456789abcdef").reports.list({ limit: 2 } as never) as never);
    expect(error).toBeInstanceOf(PaginationError);
    expect(seen).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });

  it.each([5, 12])("a count that grows with every page stops once the walk would pass the first count (%i)", async (first) => {
    server.route((_req, url) => {
      const offset = Number(url.searchParams.get("offset") ?? 0);
      const limit = Number(url.searchParams.get("limit"));
      const results = Array.from({ length: limit }, (_, i) => invoice(offset + i + 1));
      return { kind: "json", body: { count: first + offset * 2, results } };
    });
    const { seen, error } = await walk(client("k-0123456789abcdef").erpInvoices.list({ limit: 3 }));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(new RegExp(`past the ${first} records the first page announced`));
    expect(seen.length).toBeLessThanOrEqual(first);
    expect(server.requests.length).toBeLessThanOrEqual(Math.ceil(first / 3) + 1);
  });

  it("pages that overlap (a record inserted meanwhile) still walk to the end", async () => {
    const pages: Record<string, number[]> = { "0": [1, 2, 3], "3": [3, 4, 5], "6": [6] };
    server.route((_req, url) => ({
      kind: "json",
      body: { count: 7, results: (pages[url.searchParams.get("offset") ?? "0"] ?? []).map(invoice) },
    }));
    const { seen, error } = await walk(client("k-0123456789abcdef").erpInvoices.list({ limit: 3 }));
    expect(error).toBeUndefined();
    // Record 3, sent twice, is yielded once.
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("pages that slide by one record (count 1000, 50 a page, one new each) yield each record once", async () => {
    server.route((_req, url) => {
      const page = Number(url.searchParams.get("offset") ?? 0) / 50;
      return { kind: "json", body: { count: 1000, results: Array.from({ length: 50 }, (_, i) => invoice(page + i + 1)) } };
    });
    const { seen, error } = await walk(client("k-0123456789abcdef").erpInvoices.list({ limit: 50 }));
    expect(error).toBeUndefined();
    expect(server.requests).toHaveLength(20);
    expect(seen).toEqual(Array.from({ length: 69 }, (_, i) => i + 1));
  });

  it.each([1, 2, 3])("a shuffled pool never yields a record twice before the PaginationError (seed %i)", async (seed) => {
    // Twelve records, five a page, drawn from the pool in an order that changes per request.
    let n = seed;
    server.route(() => {
      n++;
      const ids = Array.from({ length: 12 }, (_, i) => i + 1).sort((a, b) => ((a * 7919 * n) % 13) - ((b * 7919 * n) % 13));
      return { kind: "json", body: { count: 600, results: ids.slice(0, 5).map(invoice) } };
    });
    const { seen, error } = await walk(client("k-0123456789abcdef").erpInvoices.list({ limit: 5 }));
    expect(error).toBeInstanceOf(PaginationError);
    expect(seen.length).toBeGreaterThan(5);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("a record sent twice on one page is yielded once; byte-identical records without an id are one record", async () => {
    const report = (i: number) => ({ uuid: `00000000-0000-4000-8000-00000000000${i}`, template_code: "x", status: "done" });
    server.route(() => ({ kind: "json", body: { count: 4, results: [report(1), report(2), report(1), report(3)] } }));
    const records: unknown[] = [];
    for await (const r of client("k-0123456789abcdef").reports.list({ limit: 4 } as never) as AsyncIterable<unknown>) records.push(r);
    expect(records).toEqual([report(1), report(2), report(3)]);
    const page = await client("k-0123456789abcdef")
      .reports.list({ limit: 4 } as never)
      .firstPage();
    // `items` is what the walk yields; `data` is the page as the server sent it.
    expect(page.items).toHaveLength(3);
    expect((page.data as { results: unknown[] }).results).toHaveLength(4);
  });

  it("nextPage() asked twice is the same page, not a repeat", async () => {
    server.route((_req, url) => {
      const offset = Number(url.searchParams.get("offset") ?? 0);
      return { kind: "json", body: { count: 10, results: [invoice(offset + 1), invoice(offset + 2)] } };
    });
    const first = await client("k-0123456789abcdef").erpInvoices.list({ limit: 2 }).firstPage();
    const [a, b] = await Promise.all([first.nextPage(), first.nextPage()]);
    expect(a).toBe(b);
    expect(server.requests).toHaveLength(2);
  });
});

describe("6. Retry-After spreads the herd", () => {
  it("every delay is at least the hint, at most 25% over it, and differs with the draw (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 59_999 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (hint, r) => {
        const delay = retryDelay(0, new Headers({ "retry-after-ms": String(hint) }), () => r);
        expect(delay).toBeGreaterThanOrEqual(hint);
        expect(delay).toBeLessThanOrEqual(hint * 1.25);
        if (hint > 0 && r > 1e-6) expect(delay).toBeGreaterThan(hint);
      }),
    );
  });

  it.each(["60", "3600", "86400"])("a hint over the maximum (Retry-After: %s) falls back to the jittered backoff", (hint) => {
    const delays = [0, 0.5, 0.99].map((r) => retryDelay(1, new Headers({ "retry-after": hint }), () => r));
    expect(delays).toEqual([1000, 875, 752.5]);
  });

  it("30 callers told Retry-After: 1 are not all sent back at the same moment", async () => {
    const seen = new Set<string>();
    server.route((req) => {
      const who = String(req.headers["x-caller"]);
      if (seen.has(who)) return { kind: "json", body: invoice(1) };
      seen.add(who);
      return { kind: "json", status: 503, body: {}, headers: { "retry-after": "1" } };
    });
    const delays: number[] = [];
    const logger = { info: (m: string) => delays.push(Number(/in (\d+) ms$/.exec(m)?.[1])) };
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        client("k-0123456789abcdef", { maxRetries: 1, logLevel: "info", logger }).erpInvoices.retrieve(1, {
          headers: { "x-caller": String(i) },
        }),
      ),
    );
    expect(delays).toHaveLength(30);
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(1000);
    for (const d of delays) expect(d).toBeLessThanOrEqual(1250);
    expect(new Set(delays).size).toBeGreaterThan(1);
  }, 30_000);
});
