import * as fixtures from "@gcore-billing/test-fixtures";
import type { ErpInvoice } from "@gcore-billing/types";

/** The key every test client uses; tests assert it never leaks. */
export const API_KEY = "test-key-5f1c9a7e-do-not-leak";

/** An invoice that satisfies `ErpInvoiceExternal` (amounts follow `^\d{1,3}\.\d{12}$`). */
export const invoice = (id: number): ErpInvoice => fixtures.invoice(id) as ErpInvoice;

/** `{ count, next, previous, results }` for records [offset, offset + limit) out of `total`. */
export const invoicePage = (total: number, offset: number, limit: number) => fixtures.invoicePage(total, offset, limit);
