// Walk every unpaid invoice of 2026, newest first: records with `for await`, or page by page.
// Run: GCORE_API_KEY=... npx tsx examples/list.ts
import { createClient } from "@gcore-billing/client";

const client = createClient();

const unpaid = client.erpInvoices.list({
  payment_state: "not_paid",
  invoice_date__from: "2026-01-01",
  order_by: ["invoice_date.desc", "id.asc"], // sent as order_by=invoice_date.desc,id.asc
  limit: 100, // page size; the walk follows offset/count until the last page
});

let total = 0;
for await (const invoice of unpaid) total += Number(invoice.amount_total);
console.log("unpaid total:", total.toFixed(2));

// The same listing, one page at a time.
for await (const page of client.erpInvoices.list({ limit: 50 }).pages()) {
  console.log(`${page.items.length} invoices; more: ${page.hasNextPage()}`);
}
