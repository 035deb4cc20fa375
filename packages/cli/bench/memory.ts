/**
 * Peak RSS of whole CLI processes (VmHWM from /proc: every thread of the
 * process, worker threads included):
 *
 * - a 1 GiB NDJSON file (the corpus repeated), at the default worker count
 *   and with one worker, rounds interleaved;
 * - 1,000,000 invalid records (one schema error each), once per reporter.
 *
 * Linux only. Files are made once under the bench folder and reused.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, renameSync, statSync, writeSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { seedInvoice } from "@gcore-billing/test-fixtures";
import { median } from "./report.ts";

export interface MemoryRun {
  name: string;
  fileBytes: number;
  records: number | null;
  peakMiB: number;
  seconds: number;
  status: number | null;
}

export const INVALID_RECORDS = 1_000_000;

/** Runs the CLI with its default worker count on `file`, sampling VmHWM every 20 ms; the last sample is taken at exit. */
export async function peakRss(
  cli: string,
  file: string,
  extra: string[],
): Promise<{ peakMiB: number; seconds: number; status: number | null }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, "validate", file, "--no-progress", ...extra], { stdio: "ignore" });
  let peak = 0;
  const sample = () => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
    } catch {
      // The process is gone; the samples so far stand.
    }
  };
  const timer = setInterval(sample, 20);
  const status = await new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  clearInterval(timer);
  return { peakMiB: peak / (1024 * 1024), seconds: (performance.now() - t0) / 1000, status };
}

/** The corpus repeated to at least 1 GiB. */
export function gibFile(dir: string, corpus: string): string {
  const big = join(dir, `invoices-1gib-from-${statSync(corpus).size}.ndjson`);
  if (existsSync(big)) return big;
  const data = readFileSync(corpus);
  const fd = openSync(`${big}.tmp`, "w");
  for (let written = 0; written < 1024 ** 3; written += data.length) writeSync(fd, data);
  closeSync(fd);
  renameSync(`${big}.tmp`, big);
  return big;
}

/** 1,000,000 records, each with one schema error (a malformed amount_total), in several distinct spellings. */
export function invalidFile(dir: string): string {
  const path = join(dir, `invalid-${INVALID_RECORDS}-v1.ndjson`);
  if (existsSync(path)) return path;
  const fd = openSync(`${path}.tmp`, "w");
  const batch: string[] = [];
  for (let i = 0; i < INVALID_RECORDS; i++) {
    batch.push(JSON.stringify(seedInvoice({ id: i + 1, amount_total: `${i % 1000}.5` })));
    if (batch.length === 10_000) {
      writeSync(fd, `${batch.join("\n")}\n`);
      batch.length = 0;
    }
  }
  if (batch.length > 0) writeSync(fd, `${batch.join("\n")}\n`);
  closeSync(fd);
  renameSync(`${path}.tmp`, path);
  return path;
}

export interface GibRuns {
  rounds: number;
  /** Median seconds, maximum peak RSS. */
  all: { seconds: number; peakMiB: number };
  one: { seconds: number; peakMiB: number };
  loadBefore: number[];
  loadAfter: number[];
}

export async function memoryRuns(cli: string, dir: string, corpus: string, gibRounds = 2): Promise<{ runs: MemoryRun[]; gib: GibRuns }> {
  const runs: MemoryRun[] = [];
  const big = gibFile(dir, corpus);
  const fileBytes = statSync(big).size;
  const loadBefore = loadavg();
  const all: Awaited<ReturnType<typeof peakRss>>[] = [];
  const one: Awaited<ReturnType<typeof peakRss>>[] = [];
  for (let round = 0; round < gibRounds; round++) {
    all.push(await peakRss(cli, big, []));
    one.push(await peakRss(cli, big, ["--workers", "1"]));
    process.stderr.write(
      `  1 GiB round ${round + 1}: default ${all.at(-1)!.seconds.toFixed(1)} s, --workers 1 ${one.at(-1)!.seconds.toFixed(1)} s\n`,
    );
  }
  const summary = (xs: typeof all) => ({ seconds: median(xs.map((x) => x.seconds)), peakMiB: Math.max(...xs.map((x) => x.peakMiB)) });
  const gib: GibRuns = { rounds: gibRounds, all: summary(all), one: summary(one), loadBefore, loadAfter: loadavg() };
  runs.push({ name: "1 GiB NDJSON, text reporter", fileBytes, records: null, ...gib.all, status: all[0]!.status });
  runs.push({ name: "1 GiB NDJSON, text reporter, --workers 1", fileBytes, records: null, ...gib.one, status: one[0]!.status });
  const bad = invalidFile(dir);
  for (const reporter of ["text", "json", "ndjson"]) {
    const m = await peakRss(cli, bad, ["--reporter", reporter]);
    runs.push({
      name: `${INVALID_RECORDS.toLocaleString("en-US")} invalid records, --reporter ${reporter}`,
      fileBytes: statSync(bad).size,
      records: INVALID_RECORDS,
      ...m,
    });
  }
  return { runs, gib };
}
