/**
 * Differential: the record reader and `validateNdjson` with the fast path on
 * and off, on the same random NDJSON streams built from the fast-path suite's
 * mutated lines (fast-path-cases.ts) and realistic corpus lines, in random
 * chunks, with or without a BOM and CRLF. Everything a caller can see must be
 * identical: each record's line, verdict, errors and bytes, and the summary
 * (`fastPath` aside, which counts the difference).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ErpInvoiceValidator,
  fastPathFor,
  fastPaths,
  type NdjsonRecordResult,
  RecordReader,
  schemaValidators,
  validateNdjson,
  validatorCheck,
} from "../src/index.js";
import { corpusLines, mutatedLineArb } from "./fast-path-cases.js";

const SEED = Number(process.env.FAST_PATH_SEED ?? 20261202);
const enc = new TextEncoder();
const corpus = corpusLines(200, 7).map((l) => enc.encode(l));

const lineArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: mutatedLineArb.map(({ buffer, start, end }) => buffer.slice(start, end)) },
  { weight: 2, arbitrary: fc.constantFrom(...corpus) },
  { weight: 1, arbitrary: fc.constantFrom("", " \t", "\r", "\u00a0", "{}", "[]", "null").map((s) => enc.encode(s)) },
);

/** Lines joined into one stream, cut into chunks at random points. */
const streamArb = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.tuple(lineArb, fc.constantFrom("\n", "\r\n")), { minLength: 1, maxLength: 25 }),
    finalLf: fc.boolean(),
    cuts: fc.array(fc.nat(), { maxLength: 6 }),
  })
  .map(({ bom, lines, finalLf, cuts }) => {
    const parts: Uint8Array[] = bom ? [new Uint8Array([0xef, 0xbb, 0xbf])] : [];
    lines.forEach(([content, end], i) => {
      parts.push(content);
      if (i < lines.length - 1 || finalLf) parts.push(enc.encode(end));
    });
    const bytes = Buffer.concat(parts);
    const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const chunks: Uint8Array[] = [];
    let from = 0;
    for (const cut of [...at, bytes.length]) {
      chunks.push(bytes.subarray(from, cut));
      from = cut;
    }
    return chunks;
  });

const MAX_LINE = 1024;

function readAll(chunks: Uint8Array[], fastPath: boolean) {
  const seen: string[] = [];
  const reader = new RecordReader(
    {
      record(_value, issues, line, _index, b, s, e) {
        seen.push(JSON.stringify([line, issues, Buffer.from(b.subarray(s, e)).toString("base64")]));
      },
      skipped: (b, s, e) => seen.push(`skipped ${Buffer.from(b.subarray(s, e)).toString("base64")}`),
    },
    {
      format: "ndjson",
      check: validatorCheck(ErpInvoiceValidator),
      maxLineBytes: MAX_LINE,
      fastPath: fastPath ? fastPaths.ErpInvoice : undefined,
    },
  );
  for (const c of chunks) reader.push(c);
  return { seen, summary: reader.end() };
}

describe("record reader: fast path on vs off", () => {
  it("the same records, errors, bytes and counts on 3,000 random streams", () => {
    let fastTotal = 0;
    let records = 0;
    fc.assert(
      fc.property(streamArb, (chunks) => {
        const on = readAll(chunks, true);
        const off = readAll(chunks, false);
        expect(off.summary.fastPath).toBe(0);
        expect(on.summary.fastPath).toBeLessThanOrEqual(on.summary.valid);
        expect(on.seen).toEqual(off.seen);
        expect({ ...on.summary, fastPath: 0 }).toEqual(off.summary);
        fastTotal += on.summary.fastPath;
        records += on.summary.records;
      }),
      { seed: SEED, numRuns: 3_000, endOnFailure: true },
    );
    // The wiring is live: the valid corpus lines (about a fifth of these records) go through the scanner.
    expect(fastTotal).toBeGreaterThan(records / 20);
  }, 180_000);
});

async function collect(chunks: Uint8Array[], fastPath: boolean) {
  let summary: unknown;
  const out: NdjsonRecordResult<unknown>[] = [];
  for await (const r of validateNdjson(chunks, { fastPath, maxLineBytes: MAX_LINE, onSummary: (s) => (summary = s) })) out.push(r);
  // JSON.stringify reads the lazy `value` of fast-path records: it must be the parsed line.
  return { results: JSON.stringify(out), summary: summary as { fastPath: number } };
}

describe("validateNdjson: fast path on vs off", () => {
  it("the same results, values included, on 500 random streams", async () => {
    let fastTotal = 0;
    await fc.assert(
      fc.asyncProperty(streamArb, async (chunks) => {
        const on = await collect(chunks, true);
        const off = await collect(chunks, false);
        expect(on.results).toBe(off.results);
        expect(off.summary.fastPath).toBe(0);
        expect({ ...on.summary, fastPath: 0 }).toEqual(off.summary);
        fastTotal += on.summary.fastPath;
      }),
      { seed: SEED, numRuns: 500, endOnFailure: true },
    );
    expect(fastTotal).toBeGreaterThan(0);
  }, 180_000);

  it("uses a scanner only for the generated validator it was made for", () => {
    expect(fastPathFor(ErpInvoiceValidator)).toBe(fastPaths.ErpInvoice);
    expect(fastPathFor(schemaValidators.FileTask!)).toBeUndefined();
    // A look-alike with the same name is not trusted with the generated scanner.
    expect(fastPathFor({ ...ErpInvoiceValidator })).toBeUndefined();
  });
});
