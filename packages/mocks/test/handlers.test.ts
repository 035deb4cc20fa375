/** The MSW handlers, met through the real client with response validation on, and through plain fetch. */
import { crc32, inflateRawSync } from "node:zlib";
import {
  APIConnectionError,
  APITimeoutError,
  operations as clientOperations,
  createClient,
  InternalServerError,
  NotFoundError,
} from "@gcore-billing/client/validate";
import { responseValidators, schemaValidators } from "@gcore-billing/validators";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildErpInvoice, createHandlers, fakeErpInvoice, handlers, MockContext, operations, seedFor } from "../src/index.js";

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const API = "https://api.gcore.com/billing/org/v1";
const client = (options: Parameters<typeof createClient>[0] = {}) =>
  createClient({ apiKey: "test-key", validateResponses: "throw", maxRetries: 0, ...options });

describe("handlers with the client (validateResponses: throw)", () => {
  it("serve every operation of the spec", () => {
    expect(handlers).toHaveLength(operations.length);
    expect(operations.map((op) => op.operationId).sort()).toEqual(Object.keys(clientOperations).sort());
  });

  it("retrieve: a valid invoice whose id is the one asked for, the same as in the list", async () => {
    const invoice = await client().erpInvoices.retrieve(7);
    expect(invoice.id).toBe(7);
    expect(schemaValidators.ErpInvoice!.check(invoice)).toBe(true);
    const page = await client().erpInvoices.list({ limit: 10 }).firstPage();
    expect(page.items[6]).toEqual(invoice);
    // The record is a function of (seed, schema, id).
    expect(invoice).toEqual({ ...buildErpInvoice(new MockContext({ seed: seedFor(1, "ErpInvoiceExternal", 7) })), id: 7 });
  });

  it("paged list: for await walks every page by limit/offset, each page validated", async () => {
    const seen: number[] = [];
    let pages = 0;
    for await (const page of client().erpInvoices.list({ limit: 10 }).pages()) {
      pages++;
      expect(page.data.count).toBe(42);
      seen.push(...page.items.map((i) => i.id));
    }
    expect(pages).toBe(5);
    expect(seen).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    const all = [];
    for await (const invoice of client().erpInvoices.list()) all.push(invoice);
    expect(all).toHaveLength(42);
  });

  it("download: a PDF with the right content type", async () => {
    const download = await client().erpInvoices.download(3);
    expect(download.contentType).toBe("application/pdf");
    const bytes = Buffer.from(await new Response(download.body).arrayBuffer());
    expect(bytes.subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
    expect(bytes.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
    // The cross-reference table points at each object.
    const text = bytes.toString("latin1");
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    expect(offsets.map((offset) => text.slice(offset, offset + 7))).toEqual(["1 0 obj", "2 0 obj", "3 0 obj", "4 0 obj", "5 0 obj"]);
    expect(text.slice(Number(/startxref\n(\d+)/.exec(text)![1])).startsWith("xref")).toBe(true);
  });

  it("is a 404 with Gcore's error body for an id that no list holds", async () => {
    const error = await client()
      .erpInvoices.retrieve(43)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toEqual({ exception_class: "NotFound", message: "Not found.", request_id: expect.any(String) });
    expect((error as NotFoundError).requestId).toBe(((error as NotFoundError).body as { request_id: string }).request_id);
  });

  it("faults: 503s with Retry-After, then the answer; the client retries through them", async () => {
    server.use(...createHandlers({ faults: [{ operationId: "v1_erp_invoices_retrieve", status: 503, retryAfter: 0, times: 2 }] }));
    const invoice = await client({ maxRetries: 2 }).erpInvoices.retrieve(5);
    expect(invoice.id).toBe(5);

    server.use(...createHandlers({ faults: [{ status: 503, retryAfter: 1 }] }));
    const error = await client()
      .erpInvoices.retrieve(5)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).headers?.get("retry-after")).toBe("1");
    expect((error as InternalServerError).body).toMatchObject({ exception_class: "ServiceUnavailable" });
  });

  it("faults: delays (a timeout on the client) and dropped connections", { timeout: 20_000 }, async () => {
    server.use(...createHandlers({ faults: [{ delay: 1_000, times: 1 }] }));
    await expect(client({ timeout: 100 }).erpInvoices.retrieve(1)).rejects.toBeInstanceOf(APITimeoutError);
    server.use(...createHandlers({ faults: [{ networkError: true }] }));
    await expect(client().erpInvoices.retrieve(1)).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("other seeds give other data, and total/pageSize shape the lists", async () => {
    server.use(...createHandlers({ seed: 9, total: 3, pageSize: 2 }));
    const page = await client().erpInvoices.list().firstPage();
    expect(page.data).toMatchObject({ count: 3, previous: null, next: `${API}/erp-invoices?limit=2&offset=2` });
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).not.toEqual(fakeErpInvoice({ seed: seedFor(1, "ErpInvoiceExternal", 1), overrides: { id: 1 } }));
  });
});

describe("handlers with plain fetch", () => {
  it("honour limit and offset, with next/previous links and an empty page past the end", async () => {
    const get = async (query: string) => (await fetch(`${API}/currencies${query}`)).json();
    const middle = await get("?limit=5&offset=10");
    expect(middle.count).toBe(42);
    expect(middle.results.map((c: { id: number }) => c.id)).toEqual([11, 12, 13, 14, 15]);
    expect(middle.next).toBe(`${API}/currencies?limit=5&offset=15`);
    expect(middle.previous).toBe(`${API}/currencies?limit=5&offset=5`);
    expect((await get("?limit=5&offset=5")).previous).toBe(`${API}/currencies?limit=5`);
    const last = await get("?limit=5&offset=40");
    expect([last.results.length, last.next]).toEqual([2, null]);
    expect((await get("?offset=100")).results).toEqual([]);
    // Nonsense limits fall back to the page size, as the API does.
    expect((await get("?limit=-3")).results).toHaveLength(20);
    expect(responseValidators.v1_currencies_list!["200"]!.check(middle)).toBe(true);
  });

  it("serve report downloads as CSV or XLSX by `format`, and JSON by default", async () => {
    const uuid = "5b7f3f0e-0000-4000-8000-000000000000";
    const csv = await fetch(`${API}/reports/${uuid}/download?format=csv`);
    expect(csv.headers.get("content-type")).toBe("text/csv");
    const lines = (await csv.text()).split("\r\n");
    expect(lines[0]).toBe("date,product,quantity,amount");
    expect(lines.at(-1)).toBe("");

    const xlsx = await fetch(`${API}/reports/${uuid}/download?format=xlsx`);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const entries = unzip(Buffer.from(await xlsx.arrayBuffer()));
    expect([...entries.keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(entries.get("xl/worksheets/sheet1.xml")).toContain('<c r="A1" t="inlineStr"><is><t>date</t></is></c>');

    const json = await fetch(`${API}/reports/${uuid}/download`, { headers: { accept: "application/json" } });
    expect(json.headers.get("content-type")).toBe("application/json");
    expect(responseValidators.v1_reports_download_retrieve!["200"]!.check(await json.json())).toBe(true);
  });

  it("answer DELETE with an empty 204 and POST with a 201 record", async () => {
    const deleted = await fetch(`${API}/reports/3`, { method: "DELETE" });
    expect([deleted.status, await deleted.text()]).toEqual([204, ""]);
    const created = await fetch(`${API}/reports`, { method: "POST", body: JSON.stringify({ template_code: "x" }) });
    expect(created.status).toBe(201);
    expect(schemaValidators.FileTask!.check(await created.json())).toBe(true);
  });

  it("answer only for baseUrl when one is given", async () => {
    server.resetHandlers(...createHandlers({ baseUrl: "https://billing.test/" }));
    expect((await fetch("https://billing.test/billing/org/v1/erp-invoices/1")).status).toBe(200);
    await expect(fetch(`${API}/erp-invoices/1`)).rejects.toThrow();
  });
});

/** Reads a zip's central directory and checks each stored entry's CRC with node:zlib. */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, string>();
  for (let k = 0; k < count; k++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    expect(crc32(data), name).toBe(crc);
    out.set(name, data.toString("utf8"));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}
