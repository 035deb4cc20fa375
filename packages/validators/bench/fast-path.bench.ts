/**
 * `pnpm bench` (root) or `pnpm --filter @gcore-billing/validators bench`:
 * the NDJSON fast path against the bare JSON.parse loop and the full path,
 * side by side in one process, on the generated corpus read as bytes
 * (packages/cli/bench/corpus.ts, the same file the CLI benchmark uses):
 *
 *   (a) read + split + JSON.parse: the bound every JavaScript validator meets;
 *   (b) read + split + createLineChecker().check (fast path, full path on "don't know");
 *   (c) read + split + decode + JSON.parse + the ErpInvoice validator.
 *
 * Every contender reads the file the same way (1 MiB reads into one buffer,
 * whole lines handed on, the rest carried over), rounds are interleaved and
 * medians reported; the section between `<!-- fast-path-bench:start -->` and
 * `<!-- fast-path-bench:end -->` in docs/benchmarks.md is rewritten.
 *
 * To add a contender (the CLI with one or more workers, once it uses the fast
 * path), append to CONTENDERS: a name and a function from the file to the
 * number of records (and of fast-path records) it saw.
 *
 * Knobs: BENCH_RECORDS (default 400000), BENCH_ROUNDS (default 7),
 * BENCH_PROFILE=a|b|c: run only that contender for the rounds, to profile it
 * with `node --cpu-prof --import tsx bench/fast-path.bench.ts` (writes no doc).
 */
import { closeSync, openSync, readSync } from "node:fs";
import { loadavg } from "node:os";
import { corpusFile, fmt, machine, mb, median, writeSection } from "../../cli/bench/report.ts";
import { createLineChecker, ErpInvoiceValidator } from "../dist/index.js";

const RECORDS = Number(process.env.BENCH_RECORDS ?? 400_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CHUNK = 1 << 20;

interface Outcome {
  records: number;
  fast?: number;
}

/**
 * Reads `path` in 1 MiB reads and calls `region(buffer, start, end)` with
 * runs of whole lines (LF included; the last line of the file may lack it).
 */
function readLines(path: string, region: (buffer: Buffer, start: number, end: number) => void): void {
  const fd = openSync(path, "r");
  let buffer = Buffer.allocUnsafe(CHUNK * 2);
  let held = 0;
  try {
    for (;;) {
      if (buffer.length - held < CHUNK) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, held);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, held, CHUNK, null);
      if (n === 0) break;
      const filled = held + n;
      const last = buffer.lastIndexOf(10, filled - 1);
      if (last < 0) {
        held = filled;
        continue;
      }
      region(buffer, 0, last + 1);
      held = filled - (last + 1);
      buffer.copy(buffer, 0, last + 1, filled);
    }
    if (held > 0) region(buffer, 0, held);
  } finally {
    closeSync(fd);
  }
}

/** Each line of a decoded region, without its LF or CR, blank lines skipped. */
function eachText(text: string, line: (t: string) => void): void {
  let p = 0;
  const n = text.length;
  while (p < n) {
    let nl = text.indexOf("\n", p);
    if (nl === -1) nl = n;
    let e = nl;
    if (e > p && text.charCodeAt(e - 1) === 13) e--;
    if (e > p) line(text.slice(p, e));
    p = nl + 1;
  }
}

/** Decodes each region as bound.mjs does (toString per read), JSON.parses each line and hands the value to `then`. */
function parseLines(path: string, then: (value: unknown) => void): Outcome {
  let records = 0;
  readLines(path, (buffer, start, end) =>
    eachText(buffer.toString("utf8", start, end), (t) => {
      then(JSON.parse(t));
      records++;
    }),
  );
  return { records };
}

const CONTENDERS: { key: string; name: string; run: (path: string) => Outcome }[] = [
  {
    key: "a",
    name: "(a) read + split + JSON.parse",
    run: (path) => parseLines(path, () => {}),
  },
  {
    key: "b",
    name: '(b) read + split + fast path, full path on "don\'t know"',
    run(path) {
      const checker = createLineChecker("ErpInvoice");
      readLines(path, (buffer, start, end) => {
        let p = start;
        while (p < end) {
          let nl = buffer.indexOf(10, p);
          if (nl === -1 || nl >= end) nl = end;
          let e = nl;
          if (e > p && buffer[e - 1] === 13) e--;
          if (e > p) checker.check(buffer, p, e);
          p = nl + 1;
        }
      });
      return { records: checker.lines, fast: checker.fastLines };
    },
  },
  {
    key: "c",
    name: "(c) read + split + decode + JSON.parse + validator",
    run: (path) => parseLines(path, (value) => ErpInvoiceValidator.validate(value)),
  },
];

async function main(): Promise<void> {
  const { path, bytes } = await corpusFile(RECORDS);
  const profile = process.env.BENCH_PROFILE;
  if (profile) {
    const c = CONTENDERS.find((x) => x.key === profile);
    if (!c) throw new Error(`BENCH_PROFILE must be one of ${CONTENDERS.map((x) => x.key).join(", ")}`);
    for (let round = 0; round < ROUNDS; round++) c.run(path);
    return;
  }
  process.stderr.write(`corpus: ${path} (${fmt(mb(bytes), 1)} MiB, ${fmt(RECORDS)} records)\n`);
  const load = loadavg()[0] ?? 0;
  // One warm-up run each: page cache and JIT.
  const outcomes = CONTENDERS.map((c) => c.run(path));
  const times = CONTENDERS.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    CONTENDERS.forEach((c, i) => {
      const t0 = performance.now();
      c.run(path);
      const ms = performance.now() - t0;
      times[i]!.push(ms);
      process.stderr.write(`  round ${round + 1}: ${c.name}: ${fmt(ms)} ms\n`);
    });
  }
  const rows = CONTENDERS.map((c, i) => ({ name: c.name, ms: median(times[i]!), all: times[i]!, outcome: outcomes[i]! }));
  const [bare, fastRow, fullRow] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
  const ratio = bare.ms / fastRow.ms;
  const fastShare = (fastRow.outcome.fast ?? 0) / fastRow.outcome.records;

  const lines = [
    "## NDJSON fast path (@gcore-billing/validators), in-process",
    "",
    `Generated by \`pnpm bench\` (packages/validators/bench/fast-path.bench.ts) on ${new Date().toISOString().slice(0, 10)}.`,
    "",
    `- Machine: ${machine()}.`,
    `- Corpus: ${fmt(RECORDS)} generated ErpInvoice records, ${fmt(mb(bytes), 1)} MiB (packages/cli/bench/corpus.ts, ~1% broken records), read as bytes in 1 MiB reads, file in the page cache.`,
    "- Command: `pnpm bench`; this section alone: `pnpm --filter @gcore-billing/validators bench`.",
    `- One process, one thread; ${ROUNDS} rounds interleaved after a warm-up round; the median is shown. Load average when the run started: ${fmt(load, 1)} (the machine is shared; absolute figures move with it, the ratios less).`,
    "",
    "| run | median time | throughput | vs (a) |",
    "| --- | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${fmt(r.ms)} ms | ${fmt(mb(bytes) / (r.ms / 1000), 1)} MiB/s (${fmt(r.outcome.records / (r.ms / 1000))} records/s) | ${fmt(bare.ms / r.ms, 2)}x |`,
    ),
    "",
    `Records that took the fast path: ${fmt(fastRow.outcome.fast ?? 0)} of ${fmt(fastRow.outcome.records)} (${fmt(fastShare * 100, 1)}%); the others are the corpus's broken records, which the full path reports.`,
    "",
    `All rounds (ms): ${rows.map((r) => `${r.name.slice(0, 3)} ${r.all.map((x) => fmt(x)).join(", ")}`).join("; ")}.`,
    "",
    "| target | measured | |",
    "| --- | --- | --- |",
    `| (b) >= 2x the throughput of (a) | ${fmt(ratio, 2)}x | ${ratio >= 2 ? "met" : "**missed**"} |`,
    "",
    `(b) against the full path (c): ${fmt(fullRow.ms / fastRow.ms, 2)}x. The CLI (one worker, all cores, the 1 GiB file), which reads through the same fast path, is in the \`gcore-billing validate\` sections above.`,
  ];
  if (ratio < 2) {
    lines.push(
      "",
      `**(b) misses 2x (a) by ${fmt(2 - ratio, 2)}.** Profile it with \`BENCH_PROFILE=b node --cpu-prof --import tsx bench/fast-path.bench.ts\` in packages/validators.`,
    );
  }
  const section = lines.join("\n");
  writeSection("fast-path-bench", section);
  process.stdout.write(`${section}\n`);
}

await main();
