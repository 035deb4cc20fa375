// Ask for a usage report, then fetch its result as CSV: the return type follows `format`.
// Run: GCORE_API_KEY=... npx tsx examples/report.ts
import { createClient, type ReportsCreateBody } from "@gcore-billing/client";

const client = createClient();

const request: ReportsCreateBody = { template_code: "usage", parameters: { date_from: "2026-01-01", date_to: "2026-02-01" } };
const task = await client.reports.create(request);

// Once the task has completed: a string, asked for with Accept: text/csv.
const csv = await client.reports.download(task.uuid, { format: "csv" });
console.log(csv.split("\r\n")[0]);

// Without `format` the result is JSON, typed from the spec.
const { headers = [], rows = [] } = await client.reports.download(task.uuid);
console.log(headers.join(" | "), rows.length);
