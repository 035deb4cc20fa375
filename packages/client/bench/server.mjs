// Loopback server for client.bench.ts, in its own process so it never competes for the
// benchmark's event loop. Prints its port on stdout, then serves canned answers.
import { createServer } from "node:http";
import { invoice } from "@gcore-billing/test-fixtures";

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
