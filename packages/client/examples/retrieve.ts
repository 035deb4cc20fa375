// Fetch one invoice and handle the typed errors.
// Run: GCORE_API_KEY=... npx tsx examples/retrieve.ts 12345
import { APIConnectionError, APIError, createClient, NotFoundError } from "@gcore-billing/client";

const client = createClient(); // GCORE_API_KEY, GCORE_BASE_URL (default https://api.gcore.com)

try {
  const invoice = await client.erpInvoices.retrieve(Number(process.argv[2] ?? 1));
  console.log(invoice.name, invoice.amount_total, invoice.currency, invoice.payment_state);
} catch (error) {
  if (error instanceof NotFoundError) console.error("no such invoice");
  // Before APIError: as in Stainless SDKs, a connection error is an APIError without a status.
  else if (error instanceof APIConnectionError)
    console.error("network:", error.message); // includes APITimeoutError
  else if (error instanceof APIError) console.error(error.status, JSON.stringify(error.body), "request id:", error.requestId);
  else throw error;
  process.exitCode = 1;
}
