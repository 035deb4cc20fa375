/**
 * Contract tests against Prism serving spec/ with --errors: a request that breaks the spec gets
 * a 422 (the test fails with UnprocessableEntityError), an answer that breaks it a 500. Validation
 * is on ("throw"), so our validators also check what Prism generates.
 *
 * Prism does not tell `style: form, explode: false` from its alternatives (it accepts
 * `order_by=a,b`, `order_by=a%2Cb` and `order_by=a&order_by=b` alike), so the exact wire
 * format of `order_by`/`ordering` is pinned by query.test.ts against a recording server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnprocessableEntityError } from "../src/index.js";
import { createClient } from "../src/validate.js";
import { type Prism, startPrism } from "./helpers/prism.js";

let prism: Prism;
beforeAll(async () => {
  prism = await startPrism();
}, 100_000);
afterAll(async () => {
  await prism?.stop();
});

// No retries: the first answer is the verdict.
const client = () => createClient({ apiKey: "contract-test-key", baseUrl: prism.url, maxRetries: 0, timeout: 20_000 });

describe("erp-invoices against Prism", () => {
  it("retrieve(id)", async () => {
    const invoice = await client().erpInvoices.retrieve(101);
    expect(typeof invoice.id).toBe("number");
    expect(invoice.amount_total).toMatch(/^\d{1,3}\.\d{12}$/);
  });

  it("list() with every filter and both orderings", async () => {
    const page = await client()
      .erpInvoices.list({
        billing_period_from__from: "2026-01-01",
        billing_period_to__to: "2026-03-31",
        client_id: 42,
        currency: "EUR",
        invoice_date__from: "2026-02-01",
        invoice_date__to: "2026-02-28",
        limit: 5,
        move_type: "out_invoice",
        offset: 10,
        order_by: ["invoice_date.desc", "amount_total.asc", "id.asc"],
        ordering: ["-invoice_date", "name"],
        payer_id: 7,
        payment_state: "partial",
      })
      .firstPage();
    expect(typeof page.data.count).toBe("number");
    expect(Array.isArray(page.items)).toBe(true);
  });

  type ListQuery = NonNullable<Parameters<ReturnType<typeof client>["erpInvoices"]["list"]>[0]>;
  it.each<[string, ListQuery]>([
    ["move_type", { move_type: "out_refund" }],
    ["payment_state", { payment_state: "in_payment" }],
    ["one order_by key", { order_by: ["created_at.desc"] }],
    ["one ordering key", { ordering: ["-amount_total"] }],
    ["dates only", { invoice_date__from: "2026-01-01", invoice_date__to: "2026-12-31" }],
  ])("list() filter: %s", async (_name, query) => {
    const page = await client().erpInvoices.list(query).firstPage();
    expect(Array.isArray(page.items)).toBe(true);
  });

  it("list() walks pages with limit/offset", async () => {
    const pages = [];
    for await (const page of client().erpInvoices.list({ limit: 2 }).pages()) {
      pages.push(page);
      if (pages.length === 3 || !page.hasNextPage()) break;
    }
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) expect(Array.isArray(page.items)).toBe(true);
  });

  it("download(id) streams application/pdf", async () => {
    const download = await client().erpInvoices.download(101);
    expect(download.status).toBe(200);
    expect(download.contentType).toBe("application/pdf");
    const bytes = await new Response(download.body).arrayBuffer();
    expect(bytes.byteLength).toBeGreaterThan(0);
  });
});

describe("Prism is strict (negative controls)", () => {
  it("an order_by value outside the enum is a 422, typed", async () => {
    const error = await client()
      .erpInvoices.list({ order_by: ["colour.asc"] } as never)
      .firstPage()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
  });

  it("a non-integer id is a 422", async () => {
    const { response } = await client().GET("/billing/org/v1/erp-invoices/{id}", { params: { path: { id: "abc" as never } } });
    expect(response.status).toBe(422);
  });

  it("no Authorization header is a 401", async () => {
    const response = await fetch(`${prism.url}/billing/org/v1/erp-invoices/1`);
    await response.body?.cancel();
    expect(response.status).toBe(401);
  });
});
