/**
 * Contract tests against Prism serving spec/ with --errors: a request that breaks the spec gets
 * a 422 (the test fails with UnprocessableEntityError), an answer that breaks it a 500. Validation
 * is on ("throw"), so our validators also check every answer Prism generates, on all 24 operations.
 *
 * Prism does not tell `style: form, explode: false` from its alternatives (it accepts
 * `order_by=a,b`, `order_by=a%2Cb` and `order_by=a&order_by=b` alike), so the exact wire
 * format of `order_by`/`ordering` is pinned by query.test.ts against a recording server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations, UnprocessableEntityError } from "../src/index.js";
import { createClient } from "../src/validate.js";
import { contractCalls, problems } from "./helpers/contract-calls.js";
import { type Prism, startPrism } from "./helpers/prism.js";

let prism: Prism;
beforeAll(async () => {
  prism = await startPrism();
}, 100_000);
afterAll(async () => {
  await prism?.stop();
});

// No retries: the first answer is the verdict.
const client = () => createClient({ apiKey: "contract-test-key", baseUrl: prism.url, maxRetries: 0, timeout: 20_000, logger: {} });

describe("every operation against Prism, with response validation on", () => {
  it("the table covers all 24 operations of the spec", () => {
    expect(contractCalls.map((c) => c.operationId).sort()).toEqual(Object.keys(operations).sort());
    expect(contractCalls).toHaveLength(24);
  });

  it.each(contractCalls.map((c) => [c.operationId, c] as const))("%s", async (_id, { shape, call }) => {
    const result = await call(client());
    expect(result.status).toBeGreaterThanOrEqual(200);
    expect(result.status).toBeLessThan(300);
    expect(await problems(shape, result)).toEqual([]);
  });

  it("list() walks pages with limit/offset, each page's ids integers", async () => {
    const pages = [];
    for await (const page of client().erpInvoices.list({ limit: 2 }).pages()) {
      pages.push(page);
      if (pages.length === 3 || !page.hasNextPage()) break;
    }
    // Prism's generated pages ignore `limit`; what it does honour is the record shape.
    const items = pages.flatMap((page) => page.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.amount_total).toMatch(/^\d{1,3}\.\d{12}$/);
    expect(new Set(items.map((i) => typeof i.id))).toEqual(new Set(["number"]));
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
