// Your own code, tested against the mocks instead of Gcore's API.
// Run: npx vitest run unpaid-total.test.ts
import { createClient, type GcoreBillingClient } from "@gcore-billing/client/validate";
import { createHandlers, fakeErpInvoice, handlers } from "@gcore-billing/mocks";
import { addAmounts, formatAmount } from "@gcore-billing/validators";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

// The code under test: what the unpaid invoices add up to, walking every page.
async function unpaidTotal(client: GcoreBillingClient): Promise<string> {
  const amounts: string[] = [];
  for await (const invoice of client.erpInvoices.list({ payment_state: "not_paid" })) {
    if (invoice.payment_state === "not_paid") amounts.push(invoice.amount_total);
  }
  return formatAmount(addAmounts(...amounts));
}

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Every answer is checked against the spec: a mock that drifted from it would fail the test.
// Create clients after server.listen(): a client keeps the `fetch` it was created with.
const newClient = (maxRetries = 0) => createClient({ apiKey: "test-key", validateResponses: "throw", maxRetries });

it("adds the unpaid invoices exactly", async () => {
  const invoices = [
    fakeErpInvoice({ seed: 1, overrides: { id: 1, payment_state: "not_paid", amount_total: "100.100000000000" } }),
    fakeErpInvoice({ seed: 2, overrides: { id: 2, payment_state: "paid", amount_total: "999.000000000000" } }),
    fakeErpInvoice({ seed: 3, overrides: { id: 3, payment_state: "not_paid", amount_total: "0.200000000000" } }),
  ];
  server.use(
    http.get("*/billing/org/v1/erp-invoices", () => HttpResponse.json({ count: 3, next: null, previous: null, results: invoices })),
  );
  expect(await unpaidTotal(newClient())).toBe("100.300000000000");
});

it("walks every page of a long list", async () => {
  server.use(...createHandlers({ seed: 42, total: 120, pageSize: 25 }));
  expect(await unpaidTotal(newClient())).toMatch(/^\d+\.\d{12}$/);
});

it("survives a flaky API: two 503s, then the answer", async () => {
  server.use(...createHandlers({ faults: [{ status: 503, retryAfter: 0, times: 2 }] }));
  await expect(unpaidTotal(newClient(2))).resolves.toMatch(/^\d+\.\d{12}$/);
});
