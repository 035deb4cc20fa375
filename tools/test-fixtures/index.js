import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Plain JavaScript so tests (TypeScript) and benchmark servers (plain .mjs) share one definition.

/** The example on the seed API page (shared/seed/erp-invoices-retrieve.txt), placeholders made concrete. */
export function seedInvoice(overrides = {}) {
  return {
    id: 123,
    name: "INV/2026/00001",
    move_type: "out_invoice",
    currency: "USD",
    invoice_date: "2023-12-25",
    invoice_date_due: "2023-12-25",
    billing_period_from: "2023-12-25",
    billing_period_to: "2023-12-25",
    amount_untaxed: "100.000000000000",
    amount_tax: "20.000000000000",
    amount_total: "120.000000000000",
    payment_state: "not_paid",
    client_id: -1,
    payer_id: 123,
    invoice_id: 123,
    created_at: "2023-11-07T05:31:56Z",
    updated_at: "2023-11-07T05:31:56Z",
    ...overrides,
  };
}

/** A valid invoice numbered `id`, as a list endpoint would return it. */
export function invoice(id, overrides = {}) {
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
    ...overrides,
  };
}

/** `{ count, next, previous, results }` for records [offset, offset + limit) out of `total`. */
export function invoicePage(total, offset, limit, base = "http://127.0.0.1") {
  const results = [];
  for (let id = offset + 1; id <= Math.min(total, offset + limit); id++) results.push(invoice(id));
  const link = (at) => `${base}/billing/org/v1/erp-invoices?limit=${limit}&offset=${at}`;
  return {
    count: total,
    next: offset + limit < total ? link(offset + limit) : null,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    results,
  };
}

/** Absolute path of a vendored test-data file (see data/README.md), e.g. `dataPath("seed/erp-invoices-retrieve.txt")`. */
export function dataPath(relative) {
  return fileURLToPath(new URL(`./data/${relative}`, import.meta.url));
}

/**
 * Replaces one benchmark's section of docs/benchmarks.md, between `<!-- name:start -->` and
 * `<!-- name:end -->` (appended when the markers are missing), leaving every other section alone.
 */
export function writeBenchSection(name, section) {
  const doc = fileURLToPath(new URL("../../docs/benchmarks.md", import.meta.url));
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${section}\n${end}`;
  let text = existsSync(doc) ? readFileSync(doc, "utf8") : "# Benchmarks\n\n";
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  text = a !== -1 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(doc, text);
}
