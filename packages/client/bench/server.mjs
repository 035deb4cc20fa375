// Loopback server for client.bench.ts, in its own process so it never competes for the
// benchmark's event loop. Prints its port on stdout, then serves canned answers.
import { createServer } from "node:http";

const invoice = (id) => ({
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
});
const one = Buffer.from(JSON.stringify(invoice(1)));
const page = Buffer.from(
  JSON.stringify({ count: 100, next: null, previous: null, results: Array.from({ length: 100 }, (_, i) => invoice(i + 1)) }),
);

const server = createServer((req, res) => {
  const body = req.url?.startsWith("/billing/org/v1/erp-invoices/") ? one : page;
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
process.on("disconnect", () => process.exit(0));
