// The raw openapi-fetch methods stay available, typed from the spec (no retries, timeouts or validation).
// Run: GCORE_API_KEY=... npx tsx examples/raw.ts
import { createClient } from "@gcore-billing/client";

const client = createClient();
const { data, error, response } = await client.GET("/billing/org/v1/erp-invoices/{id}", { params: { path: { id: 1 } } });
if (data) console.log(data.name);
else console.error(response.status, error);
