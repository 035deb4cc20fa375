/**
 * Client overhead, side by side in one run against a loopback server (in a child process):
 * plain fetch, raw openapi-fetch, this client with validation off, and with it on.
 *
 *   pnpm --filter @gcore-billing/client bench   # runs with --write: updates docs/benchmarks.md
 *   npx tsx bench/client.bench.ts                # print only
 *
 * Runs the sources through tsx (the same esbuild transform tsup ships); the workspace
 * dependencies (`@gcore-billing/validators`) come from their dist/, so build first.
 * Contenders run interleaved, one call each per iteration in rotating order, and are compared
 * pairwise within each iteration, so drift in a shared machine's load hits every one alike.
 */
import { fork } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import type { paths } from "@gcore-billing/types";
import createFetchClient from "openapi-fetch";
import { createClient } from "../src/index.js";
import { createClient as createValidatingClient } from "../src/validate.js";
import { bundle } from "./bundle.js";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 2000);
const WARMUP = 200;
const KEY = "bench-key";

const server = fork(new URL("./server.mjs", import.meta.url), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
const port = await new Promise<string>((resolve) => server.stdout?.once("data", (d: Buffer) => resolve(d.toString().trim())));
const baseUrl = `http://127.0.0.1:${port}`;

const raw = createFetchClient<paths>({ baseUrl, headers: { Authorization: `APIKey ${KEY}` } });
const client = createClient({ apiKey: KEY, baseUrl });
const validating = createValidatingClient({ apiKey: KEY, baseUrl, validateResponses: "throw" });
const headers = { Authorization: `APIKey ${KEY}` };

type Scenario = "retrieve (1 invoice)" | "list page (100 invoices)";
const contenders: Record<string, Record<Scenario, () => Promise<unknown>>> = {
  "plain fetch": {
    "retrieve (1 invoice)": async () => (await fetch(`${baseUrl}/billing/org/v1/erp-invoices/1`, { headers })).json(),
    "list page (100 invoices)": async () => (await fetch(`${baseUrl}/billing/org/v1/erp-invoices?limit=100`, { headers })).json(),
  },
  "openapi-fetch (raw)": {
    "retrieve (1 invoice)": () => raw.GET("/billing/org/v1/erp-invoices/{id}", { params: { path: { id: 1 } } }),
    "list page (100 invoices)": () => raw.GET("/billing/org/v1/erp-invoices", { params: { query: { limit: 100 } } }),
  },
  "this client, validation off": {
    "retrieve (1 invoice)": () => client.erpInvoices.retrieve(1),
    "list page (100 invoices)": () => client.erpInvoices.list({ limit: 100 }).firstPage(),
  },
  "this client, validation on": {
    "retrieve (1 invoice)": () => validating.erpInvoices.retrieve(1),
    "list page (100 invoices)": () => validating.erpInvoices.list({ limit: 100 }).firstPage(),
  },
};
const names = Object.keys(contenders);
const scenarios: Scenario[] = ["retrieve (1 invoice)", "list page (100 invoices)"];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

// Sanity first: every contender must get the same data, or the comparison is meaningless.
for (const scenario of scenarios) {
  for (const name of names) {
    const result = (await contenders[name]?.[scenario]()) as { data?: unknown; items?: unknown[]; id?: number };
    if (!result) throw new Error(`${name} / ${scenario} returned nothing`);
  }
}

// Interleaved, paired sampling: each iteration runs every contender once, in an order that
// rotates, so a burst of load from the rest of a shared machine hits all of them alike. Each
// contender's ratio is the median of its per-iteration ratios to raw openapi-fetch's latency
// in the same iteration; its latency, the median of its samples.
const samples: Record<string, number[]> = {};
const ratios: Record<string, number[]> = {};
for (const key of scenarios.flatMap((scenario) => names.map((name) => `${name}|${scenario}`))) {
  samples[key] = [];
  ratios[key] = [];
}
for (const scenario of scenarios) {
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const took: Record<string, number> = {};
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length] as string;
      const started = performance.now();
      await contenders[name]?.[scenario]();
      took[name] = (performance.now() - started) * 1000;
    }
    if (i < WARMUP) continue;
    const base = took["openapi-fetch (raw)"] as number;
    for (const name of names) {
      const key = `${name}|${scenario}`;
      samples[key]?.push(took[name] as number);
      ratios[key]?.push((took[name] as number) / base);
    }
  }
  process.stderr.write(`${scenario}: ${SAMPLES} samples per contender\n`);
}
server.kill();

/** A markdown table padded the way Biome formats it, so the written doc passes `biome check`. */
function table(header: string[], right: boolean[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (right[i] ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

const lines = [
  `Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "unknown"}), shared machine; ` +
    `${SAMPLES} interleaved samples per contender and scenario (after ${WARMUP} warm-up), order rotating; ` +
    "ratio = median of per-iteration ratios to raw openapi-fetch; loopback server in a child process.",
  "",
];
const rows: string[][] = [];
const verdicts: string[] = [];
for (const scenario of scenarios) {
  for (const name of names) {
    const us = median(samples[`${name}|${scenario}`] ?? []);
    const ratio = median(ratios[`${name}|${scenario}`] ?? []);
    const limit = name === "this client, validation off" ? 1.1 : name === "this client, validation on" ? 1.2 : undefined;
    const target = limit ? `<= ${limit.toFixed(2)}x: ${ratio <= limit ? "met" : "MISSED"}` : "";
    if (limit) verdicts.push(`${scenario} / ${name}: ${ratio.toFixed(3)}× (target ≤ ${limit}×) ${ratio <= limit ? "met" : "MISSED"}`);
    rows.push([scenario, name, us.toFixed(1), `${ratio.toFixed(3)}x`, target]);
  }
}
lines.push(table(["scenario", "contender", "median latency (us)", "vs openapi-fetch", "target"], [false, false, true, true, false], rows));
// Bundle size, measured as test/bundle-size.test.ts does: what a browser app ships.
const [ours, theirs] = await Promise.all([bundle(`export * from "./src/index.ts";`), bundle(`export * from "openapi-fetch";`)]);
const runtime = Object.entries(ours.perInput)
  .filter(([file]) => file.startsWith("src/"))
  .sort((a, b) => b[1] - a[1])
  .map(([file, bytes]) => `${file.replace(/^src\//, "")} ${bytes} B`);
lines.push(
  "",
  `Main entry (min+gzip, esbuild, browser): ${ours.gzipped} B; openapi-fetch alone ${theirs.gzipped} B; difference ` +
    `${ours.gzipped - theirs.gzipped} B (budget 4096 B + 2048 B for the issue-11 surface + 2400 B for the issue-18 hardening and its reviews). Minified bytes per source: ${runtime.join(", ")}.`,
);
const report = lines.join("\n");
console.log(report);
console.log(`\n${verdicts.join("\n")}`);

if (process.argv.includes("--write")) {
  const doc = new URL("../../../docs/benchmarks.md", import.meta.url);
  const begin = "<!-- client-bench:start -->";
  const end = "<!-- client-bench:end -->";
  const section = `${begin}\n## @gcore-billing/client: request overhead\n\nGenerated by \`pnpm bench\` (packages/client/bench/client.bench.ts; this section alone: \`pnpm --filter @gcore-billing/client bench\`) on ${new Date().toISOString().slice(0, 10)}.\n\n${report}\n\nTargets (issues 4 and 11): at most 10% over raw openapi-fetch with validation off, at most 20% with it on. Issue 11 added per call: the URL guard (one \`new URL()\`), the \`APIPromise\` wrapper and its microtask, and the \`User-Agent\` header; per page walked on (not the first), one \`JSON.stringify\` of two pages' items, to spot a repeated page. Before issues 9 and 11 the main entry was 3,116 B over openapi-fetch, and 6,066 B before issue 18; it is ${ours.gzipped - theirs.gzipped} B over now. Issues 9 and 11 added 2,950 B min+gzip: key redaction (every spelling, headers, causes), the guard with redirects followed by hand (so an \`http:\` hop or a loop is caught before anything is sent), option checks with messages that name the option, \`APIPromise\`, levelled logging and the pagination guards (issue 11), and the media choice with its content readers, \`runtime/content.ts\`, and the nested resources (issue 9). Issue 18 added ${ours.gzipped - theirs.gzipped - 6066} B: one redactor at every exit (any letter case and percent-encoding, every error field), path parameters checked and kept one segment (\`runtime/path.ts\`), encoded query names, \`maxResponseBytes\` with bodies read by the client inside each attempt's timeout (JSON, text and error bodies bounded, binary streamed under the timeout), the undeclared-2xx check and record identities in pagination; per call it adds the path-parameter checks (string checks, no URL parse) and one wait under the attempt's signal for headers and body; raw methods pass the same choke point; per page one hash per record instead of one \`JSON.stringify\` of two pages. The minified bytes per source above show where it goes.\n${end}`;
  const current = await readFile(doc, "utf8").catch(() => "# Benchmarks\n");
  // Replace only our own section; anything else in the file belongs to other benchmarks.
  const next =
    current.includes(begin) && current.includes(end)
      ? current.slice(0, current.indexOf(begin)) + section + current.slice(current.indexOf(end) + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(doc, next);
  console.log(`updated ${doc.pathname}`);
}
