/**
 * `pnpm bench` (root) or `pnpm --filter @gcore-billing/cli bench`: runs, side
 * by side in one run, on one generated corpus:
 *
 * 1. the bound (read + split + JSON.parse), the CLI with one worker, and the
 *    CLI with every core, each as a fresh process, rounds interleaved;
 * 2. per-record validation of already-parsed objects: ours, ajv +
 *    ajv-formats full and fast, @exodus/schemasafe, zod 4, with a verdict
 *    comparison;
 * 3. peak RSS of the CLI on a file of at least 1 GiB.
 *
 * and writes the results into docs/benchmarks.md (between this benchmark's
 * markers, leaving the rest of the file alone). Environment knobs:
 * BENCH_RECORDS (default 400000), BENCH_ROUNDS (default 5), BENCH_SKIP_MEMORY=1.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { availableParallelism, cpus, platform, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeBenchSection } from "@gcore-billing/test-fixtures";
import { contenders } from "./contenders.ts";
import { writeCorpus } from "./corpus.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const CLI = join(here, "../dist/bin.js");
const BOUND = join(here, "bound.mjs");
const RECORDS = Number(process.env.BENCH_RECORDS ?? 400_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CORES = availableParallelism();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (bytes: number) => bytes / (1024 * 1024);
const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });

async function corpusFile(): Promise<{ path: string; bytes: number }> {
  const dir = join(tmpdir(), "gcore-billing-bench");
  await mkdir(dir, { recursive: true });
  const path = join(dir, `invoices-${RECORDS}-v1.ndjson`);
  if (!existsSync(path)) {
    process.stderr.write(`generating ${RECORDS} invoices into ${path}\n`);
    writeCorpus(`${path}.tmp`, RECORDS);
    spawnSync("mv", [`${path}.tmp`, path]);
  }
  return { path, bytes: statSync(path).size };
}

function timeProcess(args: string[]): { ms: number; status: number | null; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms, status: r.status, stdout: r.stdout };
}

async function throughput(file: string, bytes: number) {
  const runs = [
    { name: "bound: read + split + JSON.parse", args: [BOUND, file] },
    { name: "gcore-billing validate --workers 1", args: [CLI, "validate", file, "--workers", "1", "--no-progress"] },
    { name: `gcore-billing validate --workers ${CORES}`, args: [CLI, "validate", file, "--workers", String(CORES), "--no-progress"] },
  ];
  const times = runs.map(() => [] as number[]);
  // Warm the page cache so no contender pays for the disk.
  timeProcess([BOUND, file]);
  for (let round = 0; round < ROUNDS; round++) {
    runs.forEach((run, i) => {
      const r = timeProcess(run.args);
      times[i]!.push(r.ms);
      process.stderr.write(`  round ${round + 1}: ${run.name}: ${fmt(r.ms)} ms\n`);
    });
  }
  return runs.map((run, i) => ({ name: run.name, ms: median(times[i]!), all: times[i]!, mbps: mb(bytes) / (median(times[i]!) / 1000) }));
}

/** Process start-up alone: both programs on an empty file. */
function startup(): { bound: number; cli: number } {
  const empty = join(tmpdir(), "gcore-billing-bench", "empty.ndjson");
  writeFileSync(empty, "");
  const b: number[] = [];
  const c: number[] = [];
  for (let round = 0; round < 7; round++) {
    b.push(timeProcess([BOUND, empty]).ms);
    c.push(timeProcess([CLI, "validate", empty, "--workers", "1", "--no-progress"]).ms);
  }
  return { bound: median(b), cli: median(c) };
}

function perRecord(file: string) {
  const lines = readFileSync(file, "latin1").split("\n");
  const records: unknown[] = [];
  for (const l of lines) if (l !== "" && records.length < 200_000) records.push(JSON.parse(l));
  const cs = contenders();
  const reference = records.map((r) => cs[0]!.check(r));
  const invalid = reference.filter((v) => !v).length;
  const rows = cs.map((c) => {
    let mismatches = 0;
    for (let i = 0; i < records.length; i++) if (c.check(records[i]) !== reference[i]) mismatches++;
    const ns: number[] = [];
    for (let round = 0; round < Math.max(ROUNDS, 7); round++) {
      const t0 = performance.now();
      for (let i = 0; i < records.length; i++) c.check(records[i]);
      ns.push(((performance.now() - t0) * 1e6) / records.length);
    }
    return { name: c.name, ns: median(ns), mismatches };
  });
  // Where one worker's time goes: JSON.parse alone, then parse + check on each fresh object, as the CLI does.
  const texts = lines.filter((l) => l !== "").slice(0, records.length);
  const pipeline = [
    { name: "JSON.parse only", check: null as ((r: unknown) => boolean) | null },
    { name: "JSON.parse + ours", check: cs[0]!.check },
  ].map((p) => {
    const ns: number[] = [];
    let sink = 0;
    for (let round = 0; round < Math.max(ROUNDS, 7); round++) {
      const t0 = performance.now();
      for (const t of texts) {
        const v = JSON.parse(t);
        sink += p.check === null ? (v === null ? 1 : 0) : p.check(v) ? 1 : 0;
      }
      ns.push(((performance.now() - t0) * 1e6) / texts.length);
    }
    return { name: p.name, ns: median(ns), sink };
  });
  return { count: records.length, invalid, rows, pipeline };
}

/** Peak RSS of one CLI run over a file of at least 1 GiB (the corpus repeated), sampled from /proc. */
async function memory(corpus: string, bytes: number): Promise<{ file: number; workers: number; peakMiB: number; ms: number } | null> {
  if (platform() !== "linux" || process.env.BENCH_SKIP_MEMORY === "1") return null;
  const big = join(tmpdir(), "gcore-billing-bench", `invoices-1gib-from-${RECORDS}.ndjson`);
  if (!existsSync(big)) {
    const data = readFileSync(corpus);
    const fd = openSync(`${big}.tmp`, "w");
    for (let written = 0; written < 1024 ** 3; written += bytes) writeSync(fd, data);
    closeSync(fd);
    spawnSync("mv", [`${big}.tmp`, big]);
  }
  const size = statSync(big).size;
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, "validate", big, "--workers", "1", "--no-progress"], { stdio: "ignore" });
  let peak = 0;
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
    } catch {}
  };
  const timer = setInterval(sample, 20);
  await new Promise<void>((resolve) => child.on("exit", () => resolve()));
  clearInterval(timer);
  return { file: size, workers: 1, peakMiB: mb(peak), ms: performance.now() - t0 };
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `${cpu}, ${CORES} cores available, ${fmt(totalmem() / 1024 ** 3, 0)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
}

async function main(): Promise<void> {
  const { path, bytes } = await corpusFile();
  process.stderr.write(`corpus: ${path} (${fmt(mb(bytes), 1)} MiB, ${RECORDS} records)\n`);
  const tp = await throughput(path, bytes);
  const start = startup();
  const objects = perRecord(path);
  const mem = await memory(path, bytes);

  const [bound, one, all] = tp as [(typeof tp)[0], (typeof tp)[0], (typeof tp)[0]];
  const oneVsBound = bound.ms / one.ms;
  const allVsOne = one.ms / all.ms;
  const ours = objects.rows[0]!;
  const ajvFull = objects.rows[1]!;
  const vsAjv = ajvFull.ns / ours.ns;
  const verdictsAgree = objects.rows.filter((r) => r.mismatches === 0).map((r) => r.name);
  const pass = (ok: boolean) => (ok ? "met" : "**missed**");

  const lines = [
    "## `gcore-billing validate` throughput",
    "",
    `Generated by \`pnpm bench\` (packages/cli/bench/run.ts) on ${new Date().toISOString().slice(0, 10)}.`,
    "",
    `- Machine: ${machine()}.`,
    `- Corpus: ${fmt(RECORDS)} generated ErpInvoice records, ${fmt(mb(bytes), 1)} MiB of NDJSON (packages/cli/bench/corpus.ts: refunds, every payment state, null dates and invoice ids, several date-time spellings, ~1% broken records).`,
    "- Command: `pnpm bench` (= `turbo run build`, then each package's `bench` script); this section alone: `pnpm --filter @gcore-billing/cli bench`.",
    `- Each row is a fresh process (start-up included), ${ROUNDS} rounds interleaved, file in the page cache; the median is shown.`,
    "",
    "| run | median wall time | throughput | vs bound |",
    "| --- | ---: | ---: | ---: |",
    ...tp.map(
      (r) =>
        `| ${r.name} | ${fmt(r.ms)} ms | ${fmt(r.mbps, 1)} MiB/s (${fmt(RECORDS / (r.ms / 1000))} records/s) | ${fmt((bound.ms / r.ms) * 100)}% |`,
    ),
    "",
    `Start-up alone (empty file, median of 7): bound ${fmt(start.bound)} ms, CLI ${fmt(start.cli)} ms.`,
    "",
    `All rounds (ms): ${tp.map((r) => `${r.name.replace(/^gcore-billing validate /, "")}: ${r.all.map((x) => fmt(x)).join(", ")}`).join("; ")}.`,
    "",
    `### Per-record validation of parsed objects (${fmt(objects.count)} records, ${fmt(objects.invalid)} invalid)`,
    "",
    "| validator | median ns/record | its time / ours | verdicts differing from ours |",
    "| --- | ---: | ---: | ---: |",
    ...objects.rows.map((r) => `| ${r.name} | ${fmt(r.ns)} | ${fmt(r.ns / ours.ns, 2)}x | ${fmt(r.mismatches)} |`),
    "",
    `ajv-formats "fast" disagrees on ${fmt(objects.rows[2]!.mismatches)} records: its \`date\` regex does not check the calendar (it accepts 2023-02-30) and its \`date-time\` accepts a space for \`T\`.`,
    "",
    "### Where one worker's time goes (in-process, same records, median ns/record)",
    "",
    "| step | ns/record | added to JSON.parse |",
    "| --- | ---: | ---: |",
    ...objects.pipeline.map(
      (p) => `| ${p.name} | ${fmt(p.ns)} | ${fmt(((p.ns - objects.pipeline[0]!.ns) / objects.pipeline[0]!.ns) * 100)}% |`,
    ),
    "",
    "### Targets",
    "",
    "| target | measured | |",
    "| --- | --- | --- |",
    `| one worker >= 85% of the bound | ${fmt(oneVsBound * 100)}% | ${pass(oneVsBound >= 0.85)} |`,
    `| all cores (${CORES}) >= 1.6x one worker | ${fmt(allVsOne, 2)}x | ${pass(allVsOne >= 1.6)} |`,
    `| per-record >= 2x ajv + ajv-formats full, same verdicts | ${fmt(vsAjv, 2)}x; same verdicts as ours: ${verdictsAgree.length - 1} of ${objects.rows.length - 1} | ${pass(vsAjv >= 2 && ajvFull.mismatches === 0)} |`,
    mem
      ? `| 1 GiB NDJSON in < 200 MiB RSS | ${fmt(mb(mem.file))} MiB file, peak RSS ${fmt(mem.peakMiB)} MiB, ${fmt(mem.ms / 1000, 1)} s (--workers 1) | ${pass(mem.peakMiB < 200)} |`
      : "| 1 GiB NDJSON in < 200 MiB RSS | not measured (needs Linux /proc) | |",
  ];
  const parseNs = objects.pipeline[0]!.ns;
  const oursAdds = (objects.pipeline[1]!.ns - parseNs) / parseNs;
  if (oneVsBound < 0.85) {
    lines.push(
      "",
      `**One worker misses 85% of the bound by ${fmt((0.85 - oneVsBound) * 100)} points.** To reach 85%, everything the CLI does besides reading and parsing may add at most 17.6% to the bound's time. The CLI's reading and splitting cost no more than the bound's (a SIMD \`isAscii\` check and a latin1 decode stand in for \`toString("utf8")\`), but validating a freshly parsed record adds ${fmt(oursAdds * 100)}% to its \`JSON.parse\` (table above), and the CLI starts ${fmt(start.cli - start.bound)} ms slower (commander, the validators bundle, the invoices command). Most of the validation cost is in the generated code: the \`date\`/\`date-time\` checks run six times per record.`,
    );
  }
  if (allVsOne < 1.6) {
    lines.push(
      "",
      `**All cores miss 1.6x one worker by ${fmt(1.6 - allVsOne, 2)}.** With ${CORES} cores, the ${CORES} worker threads share them with the main thread and V8's background GC and compiler threads; each worker also loads the validators bundle and warms up its JIT on its own, and the CLI's start-up (above) is paid once whatever the worker count. The file is cut into ~4 newline-aligned ranges per worker, so the split itself is balanced.`,
    );
  }
  const section = lines.join("\n");
  writeBenchSection("cli-bench", section);
  process.stdout.write(`${section}\n`);
}

await main();
