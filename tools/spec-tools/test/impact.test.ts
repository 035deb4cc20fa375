import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../src/corpus.ts";
import { measureImpact } from "../src/impact.ts";
import { cli, FIXTURES, model } from "./helpers.ts";

const dir = join(FIXTURES, "impact");
// base → head: state gains "void", issued goes from date to date-time, lines[].qty minimum 1 → 2.
// Verdicts per record (base / head):
//   1 date-time issued       invalid (issued) / valid        → now passes, /issued
//   2 state void             invalid (state)  / valid        → now passes, /state
//   3 date issued            valid            / invalid      → now fails,  /issued
//   4 no amount              invalid          / invalid      → no flip
//   5 date-time with offset  invalid (issued) / valid        → now passes, /issued
//   6 void + date            invalid (state)  / invalid (issued) → no flip
//   7 a line with qty 1      valid            / invalid      → now fails,  /lines/*/qty
//   8 plain                  valid            / valid
//   9 void + date            invalid          / invalid
describe("spec:impact", () => {
  it("counts flips by schema and field on a corpus with known verdicts", () => {
    const records = [...readCorpus(join(dir, "invoices.ndjson")), ...readCorpus(join(dir, "page.json"))];
    expect(records).toHaveLength(9);
    const report = measureImpact(model(join(dir, "base.json")), model(join(dir, "head.json")), [{ schema: "Invoice", records }]);
    expect(report).toMatchObject({ records: 9, validToInvalid: 2, invalidToValid: 3 });
    const invoice = report.bySchema.Invoice!;
    expect(invoice).toMatchObject({ records: 9, validBefore: 3, validAfter: 4 });
    expect(invoice.fields).toEqual({
      "/issued": { validToInvalid: 1, invalidToValid: 2 },
      "/state": { validToInvalid: 0, invalidToValid: 1 },
      "/lines/*/qty": { validToInvalid: 1, invalidToValid: 0 },
    });
    expect(invoice.examples.validToInvalid).toEqual([`${join(dir, "invoices.ndjson")}:3`, `${join(dir, "invoices.ndjson")}:8`]);
  });

  it("runs from the command line with a per-path schema and prints JSON", async () => {
    const result = await cli([
      "impact",
      "--base",
      join(dir, "base.json"),
      "--head",
      join(dir, "head.json"),
      "--json",
      `Invoice=${join(dir, "invoices.ndjson")}`,
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // Records 1-7 of the table above.
    expect(JSON.parse(result.stdout)).toMatchObject({ records: 7, validToInvalid: 2, invalidToValid: 3 });
  });

  it("keeps a broken NDJSON record as an unreadable one, named by file and line, and throws on a missing file", () => {
    const tmp = mkdtempSync(join(tmpdir(), "impact-"));
    const file = join(tmp, "broken.ndjson");
    writeFileSync(file, '{"id":1}\n{"id":\n\u00a0\n \n');
    expect(readCorpus(file)).toEqual([
      { where: `${file}:1`, value: { id: 1 } },
      { where: `${file}:2`, value: undefined, problem: expect.stringMatching(/^invalid JSON/) },
      { where: `${file}:3`, value: undefined, problem: expect.stringMatching(/^invalid JSON/) },
    ]);
    expect(() => readCorpus(join(tmp, "missing.ndjson"))).toThrow(/missing\.ndjson: ENOENT/);
  });

  it("reads what `gcore-billing validate` reads: a BOM, CRLF, and gzip whatever the name", () => {
    const tmp = mkdtempSync(join(tmpdir(), "impact-"));
    const text = "\ufeff" + '{"id":1}\r\n{"id":2}\r\n';
    const plain = join(tmp, "bom.ndjson");
    const zipped = join(tmp, "export.bin");
    writeFileSync(plain, text);
    writeFileSync(zipped, gzipSync(text));
    const want = (f: string) => [
      { where: `${f}:1`, value: { id: 1 } },
      { where: `${f}:2`, value: { id: 2 } },
    ];
    expect(readCorpus(plain)).toEqual(want(plain));
    expect(readCorpus(zipped)).toEqual(want(zipped));
  });

  it("rejects an unknown schema by name", async () => {
    const result = await cli([
      "impact",
      "--base",
      join(dir, "base.json"),
      "--head",
      join(dir, "head.json"),
      "--schema",
      "Nope",
      join(dir, "page.json"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/schema Nope exists in neither document/);
  });
});
