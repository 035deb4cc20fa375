// Status, headers and request id of a successful call, the raw Response, a clone with other
// defaults, and the escape hatches for parameters the spec does not (yet) document.
// Run: GCORE_API_KEY=... npx tsx examples/response.ts
import { createClient } from "@gcore-billing/client";

const client = createClient();

const { data: invoice, status, requestId } = await client.erpInvoices.retrieve(1).withResponse();
console.log(invoice.name, status, requestId);

const response = await client.erpInvoices.retrieve(1).asResponse(); // body unread, not validated
console.log(response.headers.get("content-type"), (await response.json()).id);

// A clone: the same key and base URL, other defaults; `client` is unchanged.
const patient = client.withOptions({ timeout: 120_000, maxRetries: 5 });
const page = await patient.erpInvoices.list(
  { limit: 2 },
  { extraQuery: { include_drafts: true }, extraHeaders: { "x-trace-id": "abc123" }, maxPages: 1 },
);
console.log(page.items.map((item) => item.id).join(","));
