/**
 * The client's per-call path under a CPU profiler, for finding avoidable work (not a benchmark):
 *
 *   pnpm turbo run build --filter=@gcore-billing/client; node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs [calls]
 *   node bench/top.mjs /tmp/prof/<file>.cpuprofile      # self time per function
 *
 * The built dist/ (real line numbers); same loopback server and scenarios as client.bench.ts, this client with validation off
 * (RAW=1: openapi-fetch alone).
 */
import { fork } from "node:child_process";
import createFetchClient from "openapi-fetch";
import { createClient } from "../dist/index.js";

const CALLS = Number(process.argv[2] ?? 20_000);
const server = fork(new URL("./server.mjs", import.meta.url), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
const port = await new Promise((resolve) => server.stdout?.once("data", (d) => resolve(d.toString().trim())));
const baseUrl = `http://127.0.0.1:${port}`;
const client = createClient({ apiKey: "bench-key", baseUrl });
// RAW=1: openapi-fetch alone, the baseline the overhead is measured against.
const raw = createFetchClient({ baseUrl, headers: { Authorization: "APIKey bench-key" } });
for (let i = 0; i < CALLS; i++) {
  if (process.env.RAW) {
    await raw.GET("/billing/org/v1/erp-invoices/{id}", { params: { path: { id: 1 } } });
    if (i % 4 === 0) await raw.GET("/billing/org/v1/erp-invoices", { params: { query: { limit: 100 } } });
  } else {
    await client.erpInvoices.retrieve(1);
    if (i % 4 === 0) await client.erpInvoices.list({ limit: 100 }).firstPage();
  }
}
server.kill();
