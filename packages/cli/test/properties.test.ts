/**
 * Property-based suite (fast-check). Fixed seed by default, so CI is
 * reproducible; `FC_SEED=random pnpm test` (or `FC_SEED=<n>`) explores
 * further, and a failure prints the seed and path to replay it.
 *
 * 1. Differential: our ErpInvoice validator against ajv + ajv-formats "full"
 *    on >= 100,000 random mutations of a valid invoice. Every disagreement
 *    must fall in a class where ajv-formats is wrong by RFC 3339 (kept as
 *    explicit cases below), or the property fails.
 * 2. Conservation: random NDJSON byte streams through the record reader and
 *    through the CLI (1 and 2 workers, and 2 with a worker killed mid-task),
 *    as files, hard links, gzip with trailing data and stdin starting with
 *    `[`: the record count is exact, valid-out + invalid-out are the input's
 *    non-blank lines, byte for byte, in order, and hold exactly as many lines
 *    as the summary counts; a run with a read error commits nothing.
 * 3. Fast path on vs off (`--no-fast-path`): the same random streams, with the
 *    validators fast-path suite's mutated lines mixed in, give the same
 *    report, summary and valid-out/invalid-out bytes through the CLI.
 */
import { spawnSync } from "node:child_process";
import { linkSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ErpInvoiceValidator, isJsonBlank, RecordReader, validatorCheck } from "@gcore-billing/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutatedLineArb } from "../../validators/test/fast-path-cases.js";
import { contenders } from "../bench/contenders.js";
import { BIN, seedInvoice, tempDir } from "./helpers.js";

const SEED = process.env.FC_SEED === "random" ? Date.now() ^ (Math.random() * 2 ** 31) : Number(process.env.FC_SEED ?? 20261202);
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });

const all = contenders();
const ours = all[0]!.check;
const ajvFull = all.find((c) => c.name === "ajv + ajv-formats full")!.check;

// --- 1. differential ----------------------------------------------------------

/**
 * Where ajv-formats "full" accepts a date-time that RFC 3339 section 5.6 rules
 * out. Each is a class, tested by a predicate on the value, and kept as
 * explicit cases below.
 */
const AJV_FORMATS_WRONG: { name: string; clause: string; test: (v: string) => boolean; examples: string[] }[] = [
  {
    name: "numeric offset without a colon",
    clause: 'RFC 3339 5.6: time-numoffset = ("+" / "-") time-hour ":" time-minute',
    test: (v) => /[+-]\d{4}$/.test(v),
    examples: ["2023-01-01T00:00:00+0000", "2024-02-29T23:59:30+0100", "2023-01-01T00:00:00.5-0530"],
  },
  {
    name: "whitespace (space, newline) in place of T",
    clause: 'RFC 3339 5.6: date-time = full-date "T" full-time (the note on a space is for other standards; the grammar has T or t only)',
    test: (v) => /^\d{4}-\d{2}-\d{2}\s/.test(v),
    examples: ["2023-11-07 05:31:56Z", "2023-11-07\n05:31:56Z", "2023-12-31 23:59:60Z"],
  },
  {
    name: "hour 24 (ajv-formats shifts a leap second by the offset first)",
    clause: "RFC 3339 5.6: time-hour = 2DIGIT ; 00-23",
    test: (v) => /T24:/i.test(v),
    examples: ["2024-02-29T24:59:60+01:00"],
  },
];

const knownClass = (record: Record<string, unknown>): string | null => {
  for (const field of ["created_at", "updated_at"]) {
    const v = record[field];
    if (typeof v !== "string") continue;
    const c = AJV_FORMATS_WRONG.find((k) => k.test(v));
    if (c) return c.name;
  }
  return null;
};

/** A string edited by a few random insertions, deletions and replacements from an alphabet that matters to it. */
const edited = (starts: string[], alphabet: string) =>
  fc
    .tuple(
      fc.constantFrom(...starts),
      fc.array(fc.tuple(fc.nat(40), fc.constantFrom(...alphabet.split("")), fc.constantFrom("set", "ins", "del")), { maxLength: 3 }),
    )
    .map(([s, ops]) => {
      const a = s.split("");
      for (const [i, ch, op] of ops) {
        const k = i % (a.length + 1);
        if (op === "set") a[k] = ch;
        else if (op === "ins") a.splice(k, 0, ch);
        else a.splice(k, 1);
      }
      return a.join("");
    });

const STAMPS = ["2023-11-07T05:31:56Z", "2024-02-29T23:59:60+01:00", "2023-12-31T23:59:60Z", "2023-01-01T00:00:00.5-05:30"];
const DATES = ["2023-12-25", "2024-02-29", "1999-01-31"];
const AMOUNTS = ["100.000000000000", "0.000000000001", "999.999999999999"];

const fieldValue = fc.oneof(
  { weight: 4, arbitrary: edited(STAMPS, "0123456789-:T tZz+.,\n") },
  { weight: 3, arbitrary: edited(DATES, "0123456789-T ") },
  { weight: 2, arbitrary: edited(AMOUNTS, "0123456789.-e ") },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 31), fc.constant(-(2 ** 31) - 1), fc.constant(null)) },
);

const FIELDS = Object.keys(seedInvoice());
const mutation = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...FIELDS), fieldValue).map(([f, v]) => ({ set: f, v })) },
    // The two date-time fields get edited stamps often: that is where format checkers differ.
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom("created_at", "updated_at"), edited(STAMPS, "0123456789-:T tZz+.,\n"))
        .map(([f, v]) => ({ set: f, v })),
    },
    { weight: 1, arbitrary: fc.constantFrom(...FIELDS).map((f) => ({ del: f })) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })).map(([f, v]) => ({ set: f, v })) },
  ),
  { minLength: 1, maxLength: 3 },
);

function apply(muts: ({ set: string; v: unknown } | { del: string })[]): Record<string, unknown> {
  const r: Record<string, unknown> = seedInvoice();
  for (const m of muts) {
    if ("del" in m) delete r[m.del];
    // defineProperty: a "__proto__" key stays a plain own property, as JSON.parse makes it.
    else Object.defineProperty(r, m.set, { value: m.v, enumerable: true, writable: true, configurable: true });
  }
  return r;
}

describe("differential: ErpInvoice, ours vs ajv + ajv-formats full", () => {
  it("agree on 100,000 random mutations, except in the documented classes where ajv-formats is wrong", () => {
    const disagreements = new Map<string, number>();
    fc.assert(
      fc.property(mutation, (muts) => {
        const record = apply(muts);
        const a = ours(record);
        const b = ajvFull(record);
        if (a === b) return true;
        const cls = knownClass(record);
        // Only ever ajv accepting what the RFC forbids, never the other way round.
        if (cls === null || a) return false;
        disagreements.set(cls, (disagreements.get(cls) ?? 0) + 1);
        return true;
      }),
      params(100_000),
    );
    // The classes exist in the random stream: the differential really exercises them.
    expect([...disagreements.keys()].length).toBeGreaterThan(0);
  }, 300_000);

  for (const c of AJV_FORMATS_WRONG) {
    it.each(c.examples)(`${c.name} (${c.clause}): %j is rejected by us, accepted by ajv-formats`, (value) => {
      const record = { ...seedInvoice(), created_at: value };
      expect(ours(record)).toBe(false);
      expect(ajvFull(record)).toBe(true);
      expect(knownClass(record)).toBe(c.name);
    });
  }

  it("the classes are narrow: RFC 3339 spellings both accept stay accepted", () => {
    for (const v of ["2023-01-01t00:00:00z", "2023-06-30T23:59:60Z", "2023-01-01T00:00:00-00:00", "2023-01-01T00:00:00.123456789+23:59"]) {
      const record = { ...seedInvoice(), created_at: v };
      expect([v, ours(record), ajvFull(record)]).toEqual([v, true, true]);
      expect(knownClass(record)).toBeNull();
    }
  });
});

// --- 2. conservation ----------------------------------------------------------

const MAX_LINE = 2048;
const enc = new TextEncoder();
const valid = () => JSON.stringify(seedInvoice());

/** One line's content (no line end). */
const lineBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0).map(() => enc.encode(valid())) },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom(...FIELDS), fieldValue).map(([f, v]) => enc.encode(JSON.stringify({ ...seedInvoice(), [f]: v }))),
  },
  { weight: 2, arbitrary: fc.stringMatching(/^[ \t\r]{0,4}$/).map((s) => enc.encode(s)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("\u00a0", "\ufeff", "\u2028", "\u3000", "\v", "\f", " \u00a0 ").map((s) => enc.encode(s)),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }).map((s) => enc.encode(s.replace(/[\r\n]/g, ""))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 12 }).map((b) => b.map((x) => (x === 10 ? 0xff : x))) },
  { weight: 1, arbitrary: fc.integer({ min: 2 * MAX_LINE, max: 3 * MAX_LINE }).map((n) => enc.encode(`{"x":"${"y".repeat(n)}"}`)) },
);

const stream = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.tuple(lineBytes, fc.constantFrom("\n", "\r\n")), { maxLength: 40 }),
    finalLf: fc.boolean(),
  })
  .map(({ bom, lines, finalLf }) => {
    const parts: Uint8Array[] = bom ? [new Uint8Array([0xef, 0xbb, 0xbf])] : [];
    lines.forEach(([content, end], i) => {
      parts.push(content);
      if (i < lines.length - 1 || finalLf) parts.push(enc.encode(end));
    });
    return Buffer.concat(parts);
  });

interface Expected {
  records: number;
  valid: Buffer;
  invalid: Buffer;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** An independent model of what the reader must do: split at LF, judge each line on its own. */
function model(input: Buffer, appendLf: boolean): Expected {
  let bytes = input;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const valid: Buffer[] = [];
  const invalid: Buffer[] = [];
  let records = 0;
  let at = 0;
  while (at < bytes.length) {
    const nl = bytes.indexOf(10, at);
    const end = nl === -1 ? bytes.length : nl + 1;
    let raw = bytes.subarray(at, end);
    at = end;
    let content = raw.subarray(0, raw[raw.length - 1] === 10 ? raw.length - 1 : raw.length);
    if (content[content.length - 1] === 13) content = content.subarray(0, content.length - 1);
    let verdict: boolean;
    if (raw.length > MAX_LINE) verdict = false;
    else {
      let text: string;
      try {
        text = strictUtf8.decode(content);
      } catch {
        text = "\u0000invalid";
      }
      if (isJsonBlank(text)) continue;
      try {
        const v: unknown = JSON.parse(text);
        verdict = v !== null && typeof v === "object" && !Array.isArray(v) && ErpInvoiceValidator.check(v);
      } catch {
        verdict = false;
      }
    }
    records++;
    if (appendLf && raw[raw.length - 1] !== 10) raw = Buffer.concat([raw, Buffer.from("\n")]);
    (verdict ? valid : invalid).push(raw);
  }
  return { records, valid: Buffer.concat(valid), invalid: Buffer.concat(invalid) };
}

/** Cuts `bytes` at random points (sorted offsets). */
const withCuts = stream.chain((bytes) =>
  fc.array(fc.nat(Math.max(bytes.length, 1)), { maxLength: 12 }).map((cuts) => ({ bytes, cuts: [...new Set(cuts)].sort((a, b) => a - b) })),
);

/** `validate` over `names` in `dir`, json report, valid/invalid records copied to `<run>.valid` and `<run>.invalid`. */
function splitRun(
  dir: string,
  names: string[],
  workers: string,
  run: string,
  extra: string[] = [],
  opts: { input?: Buffer; env?: Record<string, string> } = {},
) {
  return spawnSync(
    process.execPath,
    [
      BIN,
      "validate",
      ...names,
      "--workers",
      workers,
      "--max-line-bytes",
      String(MAX_LINE),
      "--reporter",
      "json",
      "--valid-out",
      `${run}.valid`,
      "--invalid-out",
      `${run}.invalid`,
      ...extra,
    ],
    { cwd: dir, encoding: "utf8", timeout: 60_000, input: opts.input ?? "", env: { ...process.env, ...opts.env } },
  );
}

describe("conservation: random NDJSON byte streams", () => {
  it("through the record reader, in random chunks: exact count, valid + invalid bytes = the non-blank lines in order", () => {
    fc.assert(
      fc.property(withCuts, ({ bytes, cuts }) => {
        const out = { valid: [] as Buffer[], invalid: [] as Buffer[], records: 0 };
        const reader = new RecordReader(
          {
            record(_v, issues, _line, _index, b, s, e) {
              out.records++;
              (issues === null ? out.valid : out.invalid).push(Buffer.from(b.subarray(s, e)));
            },
            skipped: (b, s, e) => out.invalid.push(Buffer.from(b.subarray(s, e))),
          },
          { format: "ndjson", check: validatorCheck(ErpInvoiceValidator), maxLineBytes: MAX_LINE },
        );
        let from = 0;
        for (const cut of [...cuts, bytes.length]) {
          reader.push(bytes.subarray(from, cut));
          from = cut;
        }
        const summary = reader.end();
        const want = model(bytes, false);
        expect(out.records).toBe(want.records);
        expect(summary.records + summary.blank).toBe(summary.lines);
        expect(Buffer.concat(out.valid).equals(want.valid)).toBe(true);
        expect(Buffer.concat(out.invalid).equals(want.invalid)).toBe(true);
      }),
      params(3_000),
    );
  }, 120_000);

  const dir = tempDir();
  /**
   * How each file reaches the CLI: as itself, through a hard link as well
   * (read once), gzipped with trailing data (its records kept, an error),
   * or on stdin (NDJSON even when it starts with `[`).
   */
  const shape = fc.constantFrom("plain", "hardlink", "gzip-trailing", "stdin");
  // "killed": every worker's first attempt at a task dies after its first chunk, half spooled.
  for (const [workers, killed] of [
    ["1", false],
    ["2", false],
    ["2", true],
  ] as const) {
    it(`through the CLI with --workers ${workers}${killed ? ", a worker killed mid-task" : ""}: committed outputs equal the summary, over several files, hard links, gzip with trailing data and stdin starting with [`, () => {
      let n = 0;
      fc.assert(
        fc.property(fc.array(fc.tuple(stream, shape), { minLength: 1, maxLength: 3 }), fc.boolean(), (files, bracket) => {
          const run = `w${workers}${killed ? "k" : ""}-${n++}`;
          let stdin: Buffer | undefined;
          let trailing = 0;
          const names: string[] = [];
          const wants: Expected[] = [];
          files.forEach(([raw, how], i) => {
            // A stream whose first line starts with `[` must still be read line by line.
            const bytes = how === "stdin" && bracket ? Buffer.concat([Buffer.from("[1,2]\n"), raw]) : raw;
            const name = `${run}-${i}.ndjson`;
            if (how === "stdin") {
              if (stdin !== undefined) return; // one stdin per run
              stdin = bytes;
              names.push("-");
            } else if (how === "gzip-trailing") {
              writeFileSync(join(dir, `${name}.gz`), Buffer.concat([gzipSync(bytes), Buffer.from("trailing\n")]));
              names.push(`${name}.gz`);
              trailing++;
            } else {
              writeFileSync(join(dir, name), bytes);
              names.push(name);
              if (how === "hardlink") {
                linkSync(join(dir, name), join(dir, `${run}-${i}-link.ndjson`));
                names.push(`${run}-${i}-link.ndjson`);
              }
            }
            wants.push(model(bytes, true));
          });
          writeFileSync(join(dir, `${run}.valid`), "old valid\n");
          writeFileSync(join(dir, `${run}.invalid`), "old invalid\n");
          const r = splitRun(dir, names, workers, run, [], {
            input: stdin,
            env: killed ? { GCORE_BILLING_TEST_WORKER_EXIT_AFTER: "1" } : {},
          });
          const report = JSON.parse(r.stdout) as { summary: { records: number; valid: number; invalid: number }; errors: unknown[] };
          const records = wants.reduce((s, w) => s + w.records, 0);
          expect(report.summary.records).toBe(records);
          expect(report.errors).toHaveLength(trailing);
          const validOut = readFileSync(join(dir, `${run}.valid`));
          const invalidOut = readFileSync(join(dir, `${run}.invalid`));
          if (trailing > 0) {
            // A read error: exit 2, and nothing is committed.
            expect(r.status).toBe(2);
            expect(validOut.toString()).toBe("old valid\n");
            expect(invalidOut.toString()).toBe("old invalid\n");
            return;
          }
          expect(r.stderr).toBe("");
          expect(r.status).toBe(report.summary.invalid > 0 ? 1 : 0);
          expect(validOut.equals(Buffer.concat(wants.map((w) => w.valid)))).toBe(true);
          expect(invalidOut.equals(Buffer.concat(wants.map((w) => w.invalid)))).toBe(true);
          // The committed outputs hold exactly the lines the summary counts.
          const lineCount = (b: Buffer) => b.toString("latin1").split("\n").length - 1;
          expect([lineCount(validOut), lineCount(invalidOut)]).toEqual([report.summary.valid, report.summary.invalid]);
        }),
        params(12),
      );
    }, 240_000);
  }
});

// --- 3. fast path on vs off ------------------------------------------------------

/** A stream of conservation lines and fast-path mutations (which may hold LFs of their own: more lines). */
const mixedStream = fc
  .array(
    fc.tuple(
      fc.oneof(
        lineBytes,
        mutatedLineArb.map(({ buffer, start, end }) => buffer.slice(start, end)),
      ),
      fc.constantFrom("\n", "\r\n"),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((lines) => Buffer.concat(lines.flatMap(([content, end]) => [content, enc.encode(end)])));

describe("differential: fast path on vs off through the CLI", () => {
  const dir = tempDir();
  for (const workers of ["1", "2"]) {
    it(`--workers ${workers}: the same report, summary and output bytes with and without --no-fast-path`, () => {
      let n = 0;
      let fastTotal = 0;
      const validate = (run: string, names: string[], extra: string[]) => {
        const r = splitRun(dir, names, workers, run, ["--verbose", ...extra]);
        const report = JSON.parse(r.stdout) as { summary: { fastPath: number; valid: number } };
        const { fastPath, ...summary } = report.summary;
        return {
          status: r.status,
          stderr: r.stderr,
          fastPath,
          valid: report.summary.valid,
          report: JSON.stringify({ ...report, summary }),
          validOut: readFileSync(join(dir, `${run}.valid`)),
          invalidOut: readFileSync(join(dir, `${run}.invalid`)),
        };
      };
      fc.assert(
        fc.property(fc.array(mixedStream, { minLength: 1, maxLength: 3 }), (files) => {
          const run = `fp-w${workers}-${n++}`;
          const names = files.map((bytes, i) => {
            writeFileSync(join(dir, `${run}-${i}.ndjson`), bytes);
            return `${run}-${i}.ndjson`;
          });
          const on = validate(`${run}-on`, names, []);
          const off = validate(`${run}-off`, names, ["--no-fast-path"]);
          expect(on.status).toBe(off.status);
          expect(on.report).toBe(off.report);
          expect(on.validOut.equals(off.validOut)).toBe(true);
          expect(on.invalidOut.equals(off.invalidOut)).toBe(true);
          expect(off.fastPath).toBe(0);
          expect(on.fastPath).toBeLessThanOrEqual(on.valid);
          expect(on.stderr).toMatch(new RegExp(`^gcore-billing: fast path: ${on.fastPath} of \\d+ records`));
          expect(off.stderr).toMatch(/^gcore-billing: fast path: off/);
          fastTotal += on.fastPath;
        }),
        params(20),
      );
      // Seed invoices are on the fast path: a run where it never fired would compare the full path with itself.
      expect(fastTotal).toBeGreaterThan(0);
    }, 240_000);
  }

  it("--rules turns the fast path off: rules need the parsed record", () => {
    writeFileSync(join(dir, "rules.ndjson"), `${valid()}\n`);
    const r = spawnSync(process.execPath, [BIN, "validate", "rules.ndjson", "--rules", "--reporter", "json", "--verbose"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 1, records: 1, valid: 1, invalid: 0, blank: 0, fastPath: 0 });
    expect(r.stderr).toMatch(/fast path: off/);
  });
});
