import * as fixtures from "@gcore-billing/test-fixtures";
import type { ErpInvoice } from "@gcore-billing/types";

/** The key every test client uses; tests assert it never leaks. */
export const API_KEY = "test-key-5f1c9a7e-do-not-leak";

/** An invoice that satisfies `ErpInvoiceExternal` (amounts follow `^\d{1,3}\.\d{12}$`). */
export const invoice = (id: number): ErpInvoice => fixtures.invoice(id) as ErpInvoice;

/** `{ count, next, previous, results }` for records [offset, offset + limit) out of `total`. */
export const invoicePage = (total: number, offset: number, limit: number) => fixtures.invoicePage(total, offset, limit);

/** Every filter `erpInvoices.list()` takes besides the orderings, each with a valid value. */
export const everyInvoiceFilter = {
  billing_period_from__from: "2026-01-01",
  billing_period_to__to: "2026-03-31",
  client_id: 42,
  currency: "EUR",
  invoice_date__from: "2026-02-01",
  invoice_date__to: "2026-02-28",
  limit: 10,
  move_type: "out_refund",
  offset: 20,
  payer_id: 7,
  payment_state: "not_paid",
} as const;
