/** `list()` walks every page by limit/offset and count/results against a real server. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, InternalServerError } from "../src/index.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY, invoicePage } from "./helpers/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

/** Serves `total` invoices in pages, honouring limit (default 4) and offset like the API. */
function serveInvoices(total: number, extra: (offset: number) => Record<string, unknown> = () => ({})) {
  server.route((_req, url) => {
    const limit = Number(url.searchParams.get("limit") ?? 4);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    return { kind: "json", body: { ...invoicePage(total, offset, limit), ...extra(offset) } };
  });
}
const client = () => createClient({ apiKey: API_KEY, baseUrl: server.url, logger: {} });
const ids = (items: { id: number }[]) => items.map((i) => i.id);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("pagination", () => {
  it.each([
    ["empty collection", { total: 0, limit: undefined, want: { ids: [], requests: 1 } }],
    ["one partial page", { total: 3, limit: undefined, want: { ids: range(3), requests: 1 } }],
    ["exact multiple of the page size", { total: 8, limit: 4, want: { ids: range(8), requests: 2 } }],
    ["several pages and a remainder", { total: 11, limit: 3, want: { ids: range(11), requests: 4 } }],
  ])("for await yields every record: %s", async (_name, { total, limit, want }) => {
    serveInvoices(total);
    const seen: number[] = [];
    for await (const inv of client().erpInvoices.list(limit ? { limit } : {})) seen.push(inv.id);
    expect(seen).toEqual(want.ids);
    expect(server.requests).toHaveLength(want.requests);
  });

  it("keeps the caller's filters and limit on every page and advances offset", async () => {
    serveInvoices(7);
    const items = [];
    for await (const inv of client().erpInvoices.list({ limit: 3, currency: "EUR", order_by: ["id.asc", "name.desc"] })) items.push(inv);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/billing/org/v1/erp-invoices?limit=3&currency=EUR&order_by=id.asc,name.desc",
      "/billing/org/v1/erp-invoices?limit=3&currency=EUR&order_by=id.asc,name.desc&offset=3",
      "/billing/org/v1/erp-invoices?limit=3&currency=EUR&order_by=id.asc,name.desc&offset=6",
    ]);
    expect(ids(items)).toEqual(range(7));
  });

  it("starts from the caller's offset", async () => {
    serveInvoices(10);
    const seen: number[] = [];
    for await (const inv of client().erpInvoices.list({ limit: 4, offset: 6 })) seen.push(inv.id);
    expect(seen).toEqual([7, 8, 9, 10]);
  });

  it("pages(): data, items and hasNextPage per page", async () => {
    serveInvoices(5);
    const pages = [];
    for await (const page of client().erpInvoices.list({ limit: 2 }).pages()) {
      pages.push({ count: page.data.count, ids: ids(page.items), more: page.hasNextPage() });
    }
    expect(pages).toEqual([
      { count: 5, ids: [1, 2], more: true },
      { count: 5, ids: [3, 4], more: true },
      { count: 5, ids: [5], more: false },
    ]);
  });

  it("firstPage() and nextPage() by hand; nextPage() past the end rejects", async () => {
    serveInvoices(3);
    const first = await client().erpInvoices.list({ limit: 2 }).firstPage();
    expect(ids(first.items)).toEqual([1, 2]);
    const second = await first.nextPage();
    expect(ids(second.items)).toEqual([3]);
    expect(second.hasNextPage()).toBe(false);
    await expect(second.nextPage()).rejects.toThrow(/no next page/);
  });

  it("stops on an empty page even if count promises more", async () => {
    server.route((_req, url) => {
      const offset = Number(url.searchParams.get("offset") ?? 0);
      return { kind: "json", body: { count: 1000, next: null, results: offset === 0 ? invoicePage(2, 0, 2).results : [] } };
    });
    const seen: number[] = [];
    for await (const inv of client().erpInvoices.list({ limit: 2 })) seen.push(inv.id);
    expect(seen).toEqual([1, 2]);
    expect(server.requests).toHaveLength(2);
  });

  it("breaking out of for await stops fetching", async () => {
    serveInvoices(100);
    for await (const inv of client().erpInvoices.list({ limit: 10 })) if (inv.id === 12) break;
    expect(server.requests).toHaveLength(2);
  });

  it("an error on a later page surfaces from the loop, typed", async () => {
    server.route((_req, url) =>
      url.searchParams.get("offset")
        ? { kind: "json", status: 500, body: { message: "boom" }, headers: { "retry-after-ms": "1" } }
        : { kind: "json", body: invoicePage(10, 0, 5) },
    );
    const seen: number[] = [];
    const loop = async () => {
      for await (const inv of client().erpInvoices.list({ limit: 5 })) seen.push(inv.id);
    };
    await expect(loop()).rejects.toBeInstanceOf(InternalServerError);
    expect(seen).toEqual(range(5));
  });
});
