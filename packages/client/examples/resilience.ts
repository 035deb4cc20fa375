// Timeouts, retries, cancellation and logging.
// Run: GCORE_API_KEY=... npx tsx examples/resilience.ts
import { APITimeoutError, createClient } from "@gcore-billing/client";

const client = createClient({
  timeout: 10_000, // per attempt
  maxRetries: 4, // connection errors, 408, 409, 429, 5xx; idempotent methods only
  logLevel: "info", // retries at info, spec mismatches at warn; GCORE_LOG=debug adds one line per attempt
});

// Per request: a tighter timeout, and the caller's own cancellation.
const signal = AbortSignal.timeout(30_000); // or an AbortController's signal
try {
  await client.erpInvoices.retrieve(1, { timeout: 2_000, signal });
} catch (error) {
  if (error instanceof APITimeoutError) console.error("every attempt took longer than 2 s");
  else if (signal.aborted)
    console.error("cancelled by us"); // rejected with the signal's reason, not a timeout
  else throw error;
}

// POST is not retried unless you say so (only when the endpoint is safe to repeat).
const report = await client.reports.create(
  { template_code: "monthly", parameters: { date_from: "2026-01-01" } },
  { retry: true, maxRetries: 2 },
);
console.log(report);
