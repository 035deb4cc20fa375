import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, constants, mkdirSync, openSync, readdirSync, readlinkSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { line, report, run, seedInvoice, start, tempDir, write } from "./helpers.js";

describe("validate: bad input gets a clear message and the run goes on", () => {
  const dir = tempDir();

  it("a truncated .json document: a parse error naming the file, with line and column", () => {
    const full = JSON.stringify([seedInvoice(), seedInvoice()], null, 2);
    write(dir, "cut.json", full.slice(0, 200));
    write(dir, "fine.ndjson", `${line()}\n`);
    write(dir, "extra.json", `${JSON.stringify(seedInvoice())}\n}`);
    const r = run(["validate", "cut.json", "fine.ndjson", "extra.json", "--reporter", "json"], { cwd: dir });
    expect(r.status).toBe(1);
    const rep = report(r);
    expect(rep.summary).toEqual({ files: 3, records: 3, valid: 1, invalid: 2, blank: 0, fastPath: 1 });
    expect(rep.invalid[0]).toMatchObject({ file: "cut.json", line: null, index: null });
    expect(rep.invalid[0]!.errors[0]).toMatchObject({ keyword: "parse", message: expect.stringMatching(/^invalid JSON: /) });
    // Two lines that are not one document: the message says where, and that NDJSON may be what was meant.
    expect(rep.invalid[1]!.errors[0]!.message).toMatch(/invalid JSON: .*\(line 2, column 1\); the input has 2 lines: .*--format ndjson/);
  });

  it("a truncated NDJSON file: only its cut last line is invalid", () => {
    const text = `${line()}\n${line({ id: 2 })}\n`;
    write(dir, "cut.ndjson", text.slice(0, text.length - 40));
    const r = run(["validate", "cut.ndjson"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^cut\.ndjson:2 \/ invalid JSON: .+\n1 file, 2 records: 1 valid, 1 invalid\n$/);
  });

  it("a truncated .gz: an I/O error naming the file, exit 2, other files still validated", () => {
    const gz = gzipSync(`${line()}\n`.repeat(200));
    write(dir, "cut.ndjson.gz", gz.subarray(0, gz.length - 20));
    write(dir, "after.ndjson", `${line({ id: "z" })}\n`);
    const r = run(["validate", "cut.ndjson.gz", "after.ndjson"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^gcore-billing: cut\.ndjson\.gz: gzip: unexpected end of file at byte \d+ \(truncated\?\)\n$/);
    expect(r.stdout).toMatch(/^after\.ndjson:1 \/id must be integer\n2 files, \d+ records: \d+ valid, 1 invalid, 1 read error\n$/);
  });

  it("a 50 MB line: reported as too long, never parsed, the next lines still checked", () => {
    const path = join(dir, "huge.ndjson");
    const fd = openSync(path, "w");
    writeSync(fd, `${line()}\n{"id":1,"name":"`);
    const block = Buffer.alloc(1 << 20, "x");
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    writeSync(fd, `"}\n${line({ id: "after" })}\n`);
    closeSync(fd);
    const r = run(["validate", "huge.ndjson", "--reporter", "json", "--max-line-bytes", "16MiB"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(report(r).invalid).toEqual([
      {
        file: "huge.ndjson",
        line: 2,
        index: null,
        errors: [{ pointer: "", keyword: "parse", message: "line is 50.0 MiB, over the 16.0 MiB limit for one record; skipped" }],
      },
      { file: "huge.ndjson", line: 3, index: null, errors: [{ pointer: "/id", keyword: "type", message: "must be integer" }] },
    ]);
    // At the default limit (1 MiB) too: the same line is just as far over it.
    const split = run(["validate", "huge.ndjson", "--invalid-out", "huge-bad.ndjson", "--valid-out", "huge-good.ndjson"], { cwd: dir });
    expect(split.status).toBe(1);
    const sizes = spawnSync("stat", ["-c", "%s", "huge-bad.ndjson", "huge-good.ndjson"], { cwd: dir, encoding: "utf8" }).stdout.split("\n");
    expect(Number(sizes[0])).toBe(50 * (1 << 20) + 19 + line({ id: "after" }).length + 1);
    expect(Number(sizes[1])).toBe(line().length + 1);
  });

  it("invalid UTF-8: that line (or document) is a parse error, its neighbours are fine", () => {
    const bad = Buffer.concat([
      Buffer.from(`${line()}\n`),
      Buffer.from('{"id":1,"name":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n'),
      Buffer.from(`${line({ name: "café €" })}\n`),
    ]);
    write(dir, "latin1.ndjson", bad);
    write(dir, "latin1.json", Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff]), Buffer.from('"}')]));
    const r = run(["validate", "latin1.ndjson", "latin1.json"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      "latin1.ndjson:2 / invalid UTF-8 at byte 20 of the line\nlatin1.json / invalid UTF-8 in the document\n2 files, 4 records: 2 valid, 2 invalid\n",
    );
  });

  it("__proto__ and constructor keys are plain data: judged like any other key", () => {
    const withKeys = line().replace("{", '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const hidden = JSON.stringify({ __proto__: null, ...seedInvoice() }).replace('"id":123,', '"__proto__":{"id":123},');
    write(dir, "proto.ndjson", `${withKeys}\n${hidden}\n`);
    write(dir, "proto.json", `[${withKeys}]`);
    const r = run(["validate", "proto.ndjson", "proto.json", "--reporter", "json", "--rules"], { cwd: dir });
    expect(r.status).toBe(1);
    const rep = report(r);
    expect(rep.summary).toEqual({ files: 2, records: 3, valid: 2, invalid: 1, blank: 0, fastPath: 0 });
    expect(rep.invalid).toEqual([
      {
        file: "proto.ndjson",
        line: 2,
        index: null,
        errors: [{ pointer: "/id", keyword: "required", message: "must have required property 'id'" }],
      },
    ]);
  });

  it("deeply nested values: a parse or schema error, never a crash", () => {
    const deepArray = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const deepInside = line().replace("{", `{"extra":${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)},`);
    write(dir, "deep.ndjson", `${deepArray}\n${deepInside}\n${line({ id: "x" })}\n`);
    const r = run(["validate", "deep.ndjson", "--reporter", "json"], { cwd: dir });
    expect(r.status).toBe(1);
    const rep = report(r);
    expect(rep.summary).toEqual({ files: 1, records: 3, valid: 1, invalid: 2, blank: 0, fastPath: 0 });
    expect(rep.invalid[0]).toMatchObject({ line: 1, errors: [{ keyword: "parse" }] });
    expect(rep.invalid[1]).toMatchObject({ line: 3, errors: [{ pointer: "/id" }] });
  });

  it("empty files: an empty .ndjson and an empty .json alike have no records (warning, exit 0)", () => {
    write(dir, "empty.ndjson", "");
    write(dir, "blank.ndjson", "\n\r\n  \n");
    write(dir, "empty.json", "");
    const nd = run(["validate", "empty.ndjson", "blank.ndjson"], { cwd: dir });
    expect(nd.status).toBe(0);
    expect(nd.stderr).toBe(
      "gcore-billing: warning: empty.ndjson: empty file: no records\ngcore-billing: warning: blank.ndjson: no records: every line is blank\n",
    );
    expect(nd.stdout).toBe("2 files, 0 records: 0 valid, 0 invalid, 3 blank lines\n");
    const js = run(["validate", "empty.json", "empty.ndjson", "--reporter", "json"], { cwd: dir });
    expect(js.status).toBe(0);
    expect(report(js).warnings).toEqual([
      { file: "empty.json", message: "empty file: no records" },
      { file: "empty.ndjson", message: "empty file: no records" },
    ]);
    expect(report(js).summary).toEqual({ files: 2, records: 0, valid: 0, invalid: 0, blank: 0, fastPath: 0 });
  });

  it("a missing file, an unreadable file and an unreadable directory: named on stderr, exit 2, the rest validated", () => {
    const tree = join(dir, "perm");
    mkdirSync(join(tree, "locked"), { recursive: true });
    write(tree, "locked/inside.ndjson", `${line()}\n`);
    write(tree, "secret.ndjson", `${line()}\n`);
    write(tree, "ok.ndjson", `${line({ id: "x" })}\n`);
    chmodSync(join(tree, "locked"), 0o000);
    chmodSync(join(tree, "secret.ndjson"), 0o000);
    try {
      const r = run(["validate", "perm", "missing.ndjson", "--reporter", "json"], { cwd: dir, asNobody: true });
      expect(r.status).toBe(2);
      const rep = report(r);
      expect(rep.errors).toEqual([
        { file: "perm/locked", message: "cannot list directory: permission denied (EACCES)" },
        { file: "missing.ndjson", message: "no such file or directory (ENOENT)" },
        { file: "perm/secret.ndjson", message: "permission denied (EACCES)" },
      ]);
      expect(rep.summary).toEqual({ files: 1, records: 1, valid: 0, invalid: 1, blank: 0, fastPath: 0 });
      const text = run(["validate", "perm/secret.ndjson", "perm/ok.ndjson"], { cwd: dir, asNobody: true });
      expect(text.status).toBe(2);
      expect(text.stderr).toBe("gcore-billing: perm/secret.ndjson: permission denied (EACCES)\n");
      expect(text.stdout).toBe("perm/ok.ndjson:1 /id must be integer\n1 file, 1 record: 0 valid, 1 invalid, 1 read error\n");
    } finally {
      chmodSync(join(tree, "locked"), 0o755);
    }
  });

  it("a file that disappears mid-run: reported by name, the run finishes", async () => {
    // The CLI blocks reading a FIFO; while it does, the test deletes the file queued after it.
    // Opened read-write, the FIFO never blocks this test, whatever the CLI does.
    const fifo = join(dir, "slow.ndjson");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const fd = openSync(fifo, constants.O_RDWR);
    const gone = write(dir, "gone.ndjson", `${line()}\n`);
    write(dir, "last.ndjson", `${line({ id: "x" })}\n`);
    const { child, done } = start(["validate", "slow.ndjson", "gone.ndjson", "last.ndjson", "--workers", "1"], { cwd: dir });
    writeSync(fd, `${line()}\n`);
    // Close only once the CLI holds the FIFO open, or the line would vanish with the last open end.
    const deadline = Date.now() + 30_000;
    while (!readdirSync(`/proc/${child.pid}/fd`).some((f) => readlinkSafe(`/proc/${child.pid}/fd/${f}`) === fifo)) {
      if (Date.now() > deadline) throw new Error("the CLI never opened the FIFO");
      await new Promise((r) => setTimeout(r, 20));
    }
    rmSync(gone);
    closeSync(fd);
    const r = await done;
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("gcore-billing: gone.ndjson: no such file or directory (ENOENT)\n");
    expect(r.stdout).toBe("last.ndjson:1 /id must be integer\n2 files, 2 records: 1 valid, 1 invalid, 1 read error\n");
  });
});

function readlinkSafe(path: string): string | null {
  try {
    return readlinkSync(path);
  } catch {
    return null;
  }
}
