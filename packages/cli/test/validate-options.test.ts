import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, line, report, run, tempDir, write } from "./helpers.js";

/** ~10 MiB of NDJSON: large enough that several workers split it into byte ranges. */
function bigNdjson(records: number): string {
  const parts: string[] = [];
  for (let i = 0; i < records; i++) {
    const broken = i % 997 === 5;
    parts.push(line({ id: i, ...(broken ? { amount_tax: "1.5" } : {}), ...(i % 3 === 0 ? { invoice_id: null } : {}) }));
    if (i % 1000 === 999) parts.push("");
  }
  return `${parts.join("\r\n")}\n`;
}

describe("validate: options", () => {
  const dir = tempDir();

  it("--reporter json prints exactly one JSON document with the documented shape", () => {
    write(dir, "r.ndjson", `${line()}\n\n${line({ amount_total: "1" })}\n`);
    const r = run(["validate", "r.ndjson", "--reporter", "json"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      summary: { files: 1, records: 2, valid: 1, invalid: 1, blank: 1, fastPath: 1 },
      invalid: [
        {
          file: "r.ndjson",
          line: 3,
          index: null,
          errors: [{ pointer: "/amount_total", keyword: "pattern", message: 'must match pattern "^\\d{1,3}\\.\\d{12}$"' }],
        },
      ],
      errors: [],
      warnings: [],
    });
    expect(r.stderr).toBe("");
    expect(run(["validate", "r.ndjson", "--reporter", "xml"], { cwd: dir }).status).toBe(2);
  });

  it("--schema validates against any component schema; unknown names are usage errors with close matches", () => {
    write(dir, "cur.ndjson", '{"id":1,"char_code":"USD"}\n{"id":2,"char_code":"usd"}\n');
    const r = run(["validate", "cur.ndjson", "--schema", "CurrencyCommonShort"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('cur.ndjson:2 /char_code must match pattern "^[A-Z]{3}$"\n1 file, 2 records: 1 valid, 1 invalid\n');
    expect(run(["validate", "cur.ndjson", "-s", "ErpInvoiceExternal"], { cwd: dir }).status).toBe(1);
    const typo = run(["validate", "cur.ndjson", "--schema", "ErpInvoce"], { cwd: dir });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('gcore-billing: error: unknown schema "ErpInvoce". Did you mean ErpInvoice?\n');
    expect(typo.stdout).toBe("");
  });

  it("--workers: the same report, in the same order, with 1 and 3 workers over split ranges and several files", () => {
    const big = write(dir, "big.ndjson", bigNdjson(24_000));
    write(dir, "small.ndjson", `${line({ id: "s" })}\n`);
    expect(readFileSync(big).length).toBeGreaterThan(9 << 20);
    const one = run(["validate", "big.ndjson", "small.ndjson", "big.ndjson", "--workers", "1", "--reporter", "json"], { cwd: dir });
    const three = run(["validate", "small.ndjson", "big.ndjson", "--workers", "3", "--reporter", "json"], { cwd: dir });
    const reorder = run(["validate", "big.ndjson", "small.ndjson", "--workers", "3", "--reporter", "json"], { cwd: dir });
    expect(one.status).toBe(1);
    expect(report(one).summary).toEqual({ files: 2, records: 24_001, valid: 24_001 - 26, invalid: 26, blank: 24, fastPath: 24_001 - 26 });
    expect(
      report(one)
        .invalid.slice(0, 2)
        .map((i) => i.line),
    ).toEqual([6, 1004]);
    // Record i sits on line i + 1 + (blank lines before it: one per 1000 records).
    expect(report(one).invalid.at(-2)!.line).toBe(23_933 + 1 + 23);
    expect(reorder.stdout).toBe(one.stdout);
    expect(report(three).invalid[0]!.file).toBe("small.ndjson");
    expect(report(three).invalid.slice(1)).toEqual(report(one).invalid.slice(0, -1));
    for (const bad of ["0", "x", "1.5", "-1"]) expect(run(["validate", "big.ndjson", "--workers", bad], { cwd: dir }).status).toBe(2);
  });

  it("--valid-out/--invalid-out split NDJSON byte for byte, the same with 1 and 3 workers", () => {
    write(dir, "split-big.ndjson", bigNdjson(24_000));
    const small = `${line({ id: 1 })}\r\n\n${line({ id: "x" })}\r\n{"id":\n${line({ id: 3 })}`;
    write(dir, "split-small.ndjson", small);
    const outs: Record<string, [string, string]> = {};
    for (const w of ["1", "3"]) {
      const r = run(
        [
          "validate",
          "split-small.ndjson",
          "split-big.ndjson",
          "--workers",
          w,
          "--valid-out",
          `valid-${w}.ndjson`,
          "--invalid-out",
          `invalid-${w}.ndjson`,
        ],
        { cwd: dir },
      );
      expect(r.status).toBe(1);
      outs[w] = [readFileSync(join(dir, `valid-${w}.ndjson`), "latin1"), readFileSync(join(dir, `invalid-${w}.ndjson`), "latin1")];
    }
    expect(outs["3"]).toEqual(outs["1"]);
    const [valid, invalid] = outs["1"]!;
    // The small file's lines, exactly as written (CRLF kept); its last line had no line end and got an LF.
    expect(valid.startsWith(`${line({ id: 1 })}\r\n${line({ id: 3 })}\n`)).toBe(true);
    expect(invalid.startsWith(`${line({ id: "x" })}\r\n{"id":\n`)).toBe(true);
    // Together they hold every record of the big file, each unchanged.
    const bigRecords = bigNdjson(24_000)
      .split("\r\n")
      .filter((l) => l !== "" && l !== "\n");
    const outRecords = (valid + invalid).split(/\r?\n/).filter((l) => l !== "");
    expect(outRecords.length).toBe(bigRecords.length + 4);
    expect(new Set(outRecords)).toEqual(
      new Set([...bigRecords.map((l) => l.replace(/\n$/, "")), line({ id: 1 }), line({ id: "x" }), '{"id":', line({ id: 3 })]),
    );
    expect(invalid.split(/\r?\n/).filter(Boolean)).toHaveLength(2 + 25);
  });

  it("--valid-out alone, and refuses to overwrite an input", () => {
    write(dir, "v.ndjson", `${line()}\n${line({ id: "x" })}\n`);
    expect(run(["validate", "v.ndjson", "--valid-out", "only-valid.ndjson"], { cwd: dir }).status).toBe(1);
    expect(readFileSync(join(dir, "only-valid.ndjson"), "utf8")).toBe(`${line()}\n`);
    const clash = run(["validate", "v.ndjson", "--invalid-out", "v.ndjson"], { cwd: dir });
    expect(clash.status).toBe(2);
    expect(clash.stderr).toContain("--invalid-out v.ndjson is the same file as the input v.ndjson");
    expect(readFileSync(join(dir, "v.ndjson"), "utf8")).toBe(`${line()}\n${line({ id: "x" })}\n`);
    const same = run(["validate", "v.ndjson", "--valid-out", "a.ndjson", "--invalid-out", "a.ndjson"], { cwd: dir });
    expect(same.status).toBe(2);
    const unwritable = run(["validate", "v.ndjson", "--valid-out", "no-such-dir/x.ndjson"], { cwd: dir });
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toContain("--valid-out no-such-dir/x.ndjson: cannot open for writing");
  });

  it("--rules checks sums with exact decimals and the date order", () => {
    const records = [
      // 0.1 + 0.2 is 0.30000000000000004 in floating point; exactly 0.3 in decimals.
      line({ amount_untaxed: "0.100000000000", amount_tax: "0.200000000000", amount_total: "0.300000000000" }),
      line({ amount_untaxed: "999.999999999998", amount_tax: "0.000000000001", amount_total: "999.999999999999" }),
      line({ amount_untaxed: "100.000000000000", amount_tax: "20.000000000000", amount_total: "120.000000000001" }),
      line({ invoice_date: "2024-01-10", invoice_date_due: "2024-01-09" }),
      line({ billing_period_from: "2024-02-01", billing_period_to: "2024-01-31" }),
      line({ invoice_date: null, invoice_date_due: "2000-01-01", billing_period_from: null }),
    ];
    write(dir, "rules.ndjson", `${records.join("\n")}\n`);
    const without = run(["validate", "rules.ndjson"], { cwd: dir });
    expect(without.status).toBe(0);
    const r = run(["validate", "rules.ndjson", "--rules"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      [
        "rules.ndjson:3 /amount_total must equal amount_untaxed + amount_tax = 120.000000000000",
        "rules.ndjson:4 /invoice_date_due must not be before invoice_date",
        "rules.ndjson:5 /billing_period_to must not be before billing_period_from",
        "1 file, 6 records: 3 valid, 3 invalid",
        "",
      ].join("\n"),
    );
    const json = report(run(["validate", "rules.ndjson", "--rules", "--reporter", "json"], { cwd: dir }));
    expect(json.invalid[0]!.errors[0]!.keyword).toBe("rule");
    const other = run(["validate", "rules.ndjson", "--rules", "--schema", "CurrencyCommonShort"], { cwd: dir });
    expect(other.status).toBe(2);
    expect(other.stderr).toContain("--rules has checks for ErpInvoice records only");
  });

  it("--rules adds to schema errors on the same record", () => {
    write(dir, "both.ndjson", `${line({ id: "x", invoice_date_due: "2023-12-24" })}\n`);
    const r = run(["validate", "both.ndjson", "--rules"], { cwd: dir });
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "both.ndjson:1 /id must be integer",
      "both.ndjson:1 /invoice_date_due must not be before invoice_date",
    ]);
  });

  it("--max-line-bytes reports longer lines without reading them as records", () => {
    write(dir, "long.ndjson", `${line()}\n${line({ name: "x".repeat(5000) })}\n${line({ id: "y" })}\n`);
    const r = run(["validate", "long.ndjson", "--max-line-bytes", "4KiB"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      "long.ndjson:2 / line is 5.3 KiB, over the 4.0 KiB limit for one record; skipped\nlong.ndjson:3 /id must be integer\n1 file, 3 records: 1 valid, 2 invalid\n",
    );
    expect(run(["validate", "long.ndjson", "--max-line-bytes", "lots"], { cwd: dir }).status).toBe(2);
  });

  it("progress: nothing on stderr when it is not a terminal", () => {
    write(dir, "p.ndjson", `${line()}\n`);
    const r = run(["validate", "p.ndjson"], { cwd: dir });
    expect(r.stderr).toBe("");
  });

  it("progress: a bar with records/s, bytes and ETA on a terminal, unless --no-progress", () => {
    write(dir, "tty.ndjson", bigNdjson(20_000));
    // util-linux `script` gives the CLI a real pseudo-terminal; stdout goes to a file so only the bar reaches the terminal.
    const cmd = (extra: string) =>
      spawnSync("script", ["-qec", `'${process.execPath}' '${BIN}' validate tty.ndjson --workers 1 ${extra} > out.txt`, "/dev/null"], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, INIT_CWD: "", npm_lifecycle_event: "", TERM: "xterm" },
      });
    const withBar = cmd("");
    expect(withBar.error).toBeUndefined();
    expect(withBar.stdout).toMatch(/records\/s/);
    expect(withBar.stdout).toMatch(/MiB of \d+\.\d MiB/);
    expect(withBar.stdout).toMatch(/ETA/);
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toMatch(/^tty\.ndjson:6 \/amount_tax/);
    const quiet = cmd("--no-progress");
    expect(quiet.stdout).not.toMatch(/records\/s/);
  });

  it("--help documents every option; --version; usage errors exit 2", () => {
    const help = run(["validate", "--help"]);
    expect(help.status).toBe(0);
    for (const opt of [
      "--schema",
      "--workers",
      "--reporter",
      "--valid-out",
      "--invalid-out",
      "--rules",
      "--format",
      "--max-line-bytes",
      "--no-progress",
      "Exit status",
    ]) {
      expect(help.stdout).toContain(opt);
    }
    expect(run(["--help"]).stdout).toContain("validate");
    expect(run(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const none = run(["validate"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("missing required argument 'path'");
    expect(run(["validate", "x.ndjson", "--bogus"]).status).toBe(2);
    expect(run(["frobnicate"]).status).toBe(2);
  });
});
