import { gzipSync } from "node:zlib";
import { seedInvoice } from "@gcore-billing/test-fixtures";
import { describe, expect, it } from "vitest";
import { ErpInvoiceValidator, type ReadSummary, RecordReader, readRecords, schemaValidators, validatorCheck } from "../src/index.js";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(b);
const line = (over?: Record<string, unknown>) => JSON.stringify(seedInvoice(over));

interface Seen {
  where: string;
  ok: boolean;
  keyword: string | null;
  bytes: string;
}

/** Feeds `bytes` to a reader in pieces of `size` and lists what comes out. */
function read(bytes: Uint8Array, size: number, options: ConstructorParameters<typeof RecordReader>[1] = {}) {
  const seen: Seen[] = [];
  const reader = new RecordReader(
    {
      record(_value, issues, line, index, b, s, e) {
        seen.push({
          where: line !== null ? `L${line}` : index !== null ? `[${index}]` : "doc",
          ok: issues === null,
          keyword: issues?.[0]?.keyword ?? null,
          bytes: dec(b.subarray(s, e)),
        });
      },
    },
    { check: validatorCheck(ErpInvoiceValidator), ...options },
  );
  for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
  const summary = reader.end();
  return { seen, summary };
}

describe("RecordReader", () => {
  const good = line();
  const bad = line({ amount_total: "12" });

  it.each([1, 5, 4096])("frames LF, CRLF and a last line without LF (chunks of %i)", (size) => {
    const { seen, summary } = read(enc(`${good}\r\n${bad}\n${good}`), size);
    expect(seen.map((s) => [s.where, s.ok])).toEqual([
      ["L1", true],
      ["L2", false],
      ["L3", true],
    ]);
    expect(seen.map((s) => s.bytes)).toEqual([`${good}\r\n`, `${bad}\n`, good]);
    expect(summary).toEqual<ReadSummary>({ format: "ndjson", lines: 3, blank: 0, records: 3, valid: 2, invalid: 1, fastPath: 0 });
  });

  it("blank means JSON whitespace only; every other line is a record, and records + blank = lines", () => {
    const lines = ["", " \t", "\r", "\u00a0", "\ufeff", "\u2028", "\u3000", "\v", "\f", good];
    const { seen, summary } = read(enc(lines.map((l) => `${l}\n`).join("")), 3);
    expect(seen.map((s) => [s.where, s.keyword])).toEqual([
      ["L4", "parse"],
      ["L5", "parse"],
      ["L6", "parse"],
      ["L7", "parse"],
      ["L8", "parse"],
      ["L9", "parse"],
      ["L10", null],
    ]);
    expect(summary.records + summary.blank).toBe(summary.lines);
    expect(summary).toMatchObject({ lines: 10, blank: 3, records: 7, valid: 1, invalid: 6 });
  });

  it("drops a leading BOM from the text and from the bytes handed on, and keeps one elsewhere as a bad record", () => {
    const { seen } = read(enc(`\ufeff${good}\n\ufeff${good}\n`), 2);
    expect(seen.map((s) => [s.ok, s.bytes])).toEqual([
      [true, `${good}\n`],
      [false, `\ufeff${good}\n`],
    ]);
  });

  it("invalid UTF-8 and over-long lines are invalid records with keyword parse, and reading goes on", () => {
    const bytes = new Uint8Array([...enc(`${good}\n`), 0xc3, 0x28, 0x0a, ...enc(`${"x".repeat(3000)}\n${good}\n`)]);
    const { seen, summary } = read(bytes, 7, { maxLineBytes: 2000 });
    expect(seen.map((s) => [s.where, s.keyword])).toEqual([
      ["L1", null],
      ["L2", "parse"],
      ["L3", "parse"],
      ["L4", null],
    ]);
    expect(summary).toMatchObject({ lines: 4, records: 4, valid: 2 });
  });

  it("reads a JSON array element by element and a single document as one record", () => {
    const arr = read(enc(`\ufeff  [${good}, 1, ${bad}]\n`), 4);
    expect(arr.summary.format).toBe("json");
    expect(arr.seen.map((s) => [s.where, s.ok, s.keyword])).toEqual([
      ["[0]", true, null],
      ["[1]", false, "parse"],
      ["[2]", false, "pattern"],
    ]);
    const one = read(enc(JSON.stringify(seedInvoice(), null, 2)), 64, { format: "json" });
    expect(one.seen.map((s) => [s.where, s.ok])).toEqual([["doc", true]]);
    const broken = read(enc("[\n{},\n"), 64);
    expect(broken.seen).toEqual([expect.objectContaining({ where: "doc", keyword: "parse" })]);
  });

  it("an empty or whitespace-only input has no records, whatever the format", () => {
    for (const format of ["auto", "json", "ndjson"] as const) {
      for (const text of ["", " \n\r\n", "\ufeff"]) {
        const { seen, summary } = read(enc(text), 1, { format });
        expect(seen).toEqual([]);
        expect(summary.records).toBe(0);
      }
    }
  });

  it("refuses a JSON document over the size limit", () => {
    expect(() => read(enc(`[${good}]`), 10, { format: "json", maxDocumentBytes: 20 })).toThrow(/too large for a JSON document/);
  });
});

describe("readRecords", () => {
  async function count(source: Iterable<Uint8Array | string> | AsyncIterable<Uint8Array>) {
    const seen: boolean[] = [];
    const summary = await readRecords(
      source,
      { record: (_v, issues) => seen.push(issues === null) },
      { check: validatorCheck(ErpInvoiceValidator) },
    );
    return { seen, summary };
  }

  it("gunzips by magic bytes, whatever the name and however the first bytes are chunked", async () => {
    const plain = enc(`${line()}\n${line({ id: "x" })}\n`);
    const gz = gzipSync(plain);
    const oneByteFirst = [gz.subarray(0, 1), gz.subarray(1, 7), gz.subarray(7)];
    expect((await count(oneByteFirst)).seen).toEqual([true, false]);
    expect((await count([plain])).seen).toEqual([true, false]);
  });

  it("rejects a truncated gzip stream", async () => {
    const gz = gzipSync(enc(`${line()}\n`.repeat(50)));
    await expect(count([gz.subarray(0, gz.length - 10)])).rejects.toThrow();
  });

  it("the library's schema lookup has own properties only", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) expect(schemaValidators[name]).toBeUndefined();
    expect(schemaValidators.ErpInvoice).toBe(ErpInvoiceValidator);
  });
});
