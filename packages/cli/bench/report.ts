/**
 * What every benchmark of the repository shares: the generated corpus (made
 * once per size, kept in the temp folder), medians and number formats, the
 * machine line, and writing one section of docs/benchmarks.md between its
 * own markers without touching the others.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { availableParallelism, cpus, platform, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { writeCorpus } from "./corpus.ts";

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const mb = (bytes: number) => bytes / (1024 * 1024);
export const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });

/** The corpus of `records` generated invoices (packages/cli/bench/corpus.ts), generated on first use. */
export async function corpusFile(records: number): Promise<{ path: string; bytes: number }> {
  const dir = join(tmpdir(), "gcore-billing-bench");
  await mkdir(dir, { recursive: true });
  const path = join(dir, `invoices-${records}-v1.ndjson`);
  if (!existsSync(path)) {
    process.stderr.write(`generating ${records} invoices into ${path}\n`);
    writeCorpus(`${path}.tmp`, records);
    spawnSync("mv", [`${path}.tmp`, path]);
  }
  return { path, bytes: statSync(path).size };
}

export function machine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `${cpu}, ${availableParallelism()} cores available, ${fmt(totalmem() / 1024 ** 3, 0)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
}

/** One section writer for every benchmark (tools/test-fixtures). */
export { writeBenchSection as writeSection } from "@gcore-billing/test-fixtures";
