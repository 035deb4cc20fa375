import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { line, report, run, seedInvoice, tempDir, write } from "./helpers.js";

describe("validate: inputs", () => {
  const dir = tempDir();

  it("exits 0 and prints a summary when every record is valid", () => {
    const file = write(
      dir,
      "ok.ndjson",
      `${line()}\n${line({ id: 2, move_type: "out_refund", payment_state: "reversed", invoice_id: null })}\n`,
    );
    const r = run(["validate", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("1 file, 2 records: 2 valid, 0 invalid\n");
    expect(r.stderr).toBe("");
  });

  it("reports `file:line pointer message` per problem and exits 1", () => {
    write(
      dir,
      "bad.ndjson",
      `${line()}\n${line({ amount_total: "120.5", payment_state: "refunded" })}\n${line({ invoice_date: "2023-02-30" })}\n`,
    );
    const r = run(["validate", "bad.ndjson"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout.split("\n")).toEqual([
      'bad.ndjson:2 /amount_total must match pattern "^\\d{1,3}\\.\\d{12}$"',
      "bad.ndjson:2 /payment_state must be equal to one of the allowed values",
      'bad.ndjson:3 /invoice_date must match format "date"',
      "1 file, 3 records: 1 valid, 2 invalid",
      "",
    ]);
  });

  it("reads .json files holding one record or an array, with 0-based index", () => {
    write(dir, "one.json", JSON.stringify(seedInvoice({ id: "x" }), null, 2));
    write(dir, "many.json", JSON.stringify([seedInvoice(), seedInvoice({ client_id: 2 ** 31 }), 42]));
    const r = run(["validate", "one.json", "many.json", "--reporter", "json"], { cwd: dir });
    expect(r.status).toBe(1);
    const rep = report(r);
    expect(rep.summary).toEqual({ files: 2, records: 4, valid: 1, invalid: 3, blank: 0, fastPath: 0 });
    expect(rep.invalid.map((i) => [i.file, i.line, i.index, i.errors.map((e) => `${e.pointer} ${e.keyword}`)])).toEqual([
      ["one.json", null, null, ["/id type"]],
      ["many.json", null, 1, ["/client_id maximum"]],
      ["many.json", null, 2, [" parse"]],
    ]);
    expect(run(["validate", "many.json"], { cwd: dir }).stdout).toContain("many.json[1] /client_id must be <= 2147483647\n");
  });

  it("accepts CRLF line ends, a UTF-8 BOM and blank lines in NDJSON (.ndjson and .jsonl)", () => {
    write(dir, "crlf.jsonl", `\uFEFF${line()}\r\n\r\n   \n${line({ id: 7 })}\r\n\n`);
    const r = run(["validate", "crlf.jsonl", "--reporter", "json"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(report(r).summary).toEqual({ files: 1, records: 2, valid: 2, invalid: 0, blank: 3, fastPath: 2 });
  });

  it("reads gzipped .ndjson.gz and .json.gz", () => {
    write(dir, "z.ndjson.gz", gzipSync(`${line()}\n${line({ currency: 3 })}\n`));
    write(dir, "z.json.gz", gzipSync(JSON.stringify([seedInvoice()])));
    const r = run(["validate", "z.ndjson.gz", "z.json.gz"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("z.ndjson.gz:2 /currency must be string\n2 files, 3 records: 2 valid, 1 invalid\n");
  });

  it("walks directories recursively in sorted order and picks record files only", () => {
    const tree = join(dir, "tree");
    mkdirSync(join(tree, "b", "deeper"), { recursive: true });
    mkdirSync(join(tree, "a"), { recursive: true });
    write(tree, "b/deeper/x.ndjson", `${line({ id: "b" })}\n`);
    write(tree, "a/y.json", JSON.stringify(seedInvoice({ id: "a" })));
    write(tree, "a/notes.txt", "not a record file");
    write(tree, "c.jsonl.gz", gzipSync(`${line({ id: "c" })}\n`));
    const r = run(["validate", "tree"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      [
        "tree/a/y.json /id must be integer",
        "tree/b/deeper/x.ndjson:1 /id must be integer",
        "tree/c.jsonl.gz:1 /id must be integer",
        "3 files, 3 records: 0 valid, 3 invalid",
        "",
      ].join("\n"),
    );
  });

  it("expands globs (with tinyglobby) and reads a file named twice only once", () => {
    write(dir, "g1.ndjson", `${line()}\n`);
    write(dir, "g2.ndjson", `${line({ name: 1 })}\n`);
    const r = run(["validate", "g*.ndjson", "g1.ndjson", "--reporter", "json"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(report(r).summary).toEqual({ files: 2, records: 2, valid: 1, invalid: 1, blank: 0, fastPath: 1 });
    expect(report(r).invalid[0]!.file).toBe("g2.ndjson");
  });

  it("reports a glob that matches nothing as an error naming the pattern (exit 2)", () => {
    const r = run(["validate", "nothing-*.ndjson"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("gcore-billing: nothing-*.ndjson: no .json, .ndjson or .jsonl files match this pattern");
  });

  it("reads stdin for `-`: NDJSON, or a JSON array with --format json", () => {
    const nd = run(["validate", "-"], { input: `${line()}\n${line({ id: null })}\n` });
    expect(nd.status).toBe(1);
    expect(nd.stdout).toBe("<stdin>:2 /id must be integer\n1 file, 2 records: 1 valid, 1 invalid\n");
    const arr = run(["validate", "-", "--reporter", "json", "--format", "json"], { input: `  [${line()}, ${line({ id: 1.5 })}]` });
    expect(report(arr).invalid).toEqual([
      { file: "<stdin>", line: null, index: 1, errors: [{ pointer: "/id", keyword: "type", message: "must be integer" }] },
    ]);
  });

  it("--format forces how files with other names are read", () => {
    write(dir, "export.txt", `[${line()}]`);
    expect(run(["validate", "export.txt"], { cwd: dir }).status).toBe(0);
    const forced = run(["validate", "export.txt", "--format", "ndjson", "--reporter", "json"], { cwd: dir });
    expect(forced.status).toBe(1);
    expect(report(forced).invalid[0]!.errors[0]!.message).toBe("expected a JSON object, got an array");
    write(dir, "single.data", JSON.stringify(seedInvoice(), null, 2));
    expect(run(["validate", "single.data", "--format", "json"], { cwd: dir }).status).toBe(0);
    expect(run(["validate", "single.data", "--format", "yaml"], { cwd: dir }).status).toBe(2);
  });
});
