import type { ErpInvoice } from "@gcore-billing/types";

/** The key every test client uses; tests assert it never leaks. */
export const API_KEY = "test-key-5f1c9a7e-do-not-leak";

/** An invoice that satisfies `ErpInvoiceExternal` (amounts follow `^\d{1,3}\.\d{12}$`). */
export function invoice(id: number): ErpInvoice {
  return {
    id,
    name: `INV/2026/${String(id).padStart(5, "0")}`,
    move_type: "out_invoice",
    currency: "EUR",
    invoice_date: "2026-03-01",
    invoice_date_due: "2026-03-31",
    billing_period_from: "2026-02-01",
    billing_period_to: "2026-02-28",
    amount_untaxed: "100.000000000000",
    amount_tax: "21.000000000000",
    amount_total: "121.000000000000",
    payment_state: "paid",
    client_id: 42,
    payer_id: 7,
    invoice_id: null,
    created_at: "2026-03-01T10:00:00Z",
    updated_at: "2026-03-02T10:00:00Z",
  } as ErpInvoice;
}

/** `{ count, next, previous, results }` for records [offset, offset + limit) out of `total`. */
export function invoicePage(total: number, offset: number, limit: number) {
  const results = [];
  for (let id = offset + 1; id <= Math.min(total, offset + limit); id++) results.push(invoice(id));
  const link = (at: number) => `http://127.0.0.1/billing/org/v1/erp-invoices?limit=${limit}&offset=${at}`;
  return {
    count: total,
    next: offset + limit < total ? link(offset + limit) : null,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    results,
  };
}
