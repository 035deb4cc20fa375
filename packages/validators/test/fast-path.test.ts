import { seedInvoice } from "@gcore-billing/test-fixtures";
import { describe, expect, it } from "vitest";
import { createLineChecker, fastPaths } from "../src/index.js";
import { dateString, dateTimeString, timeString } from "../src/runtime/fast-scan.js";
import { formats } from "../src/runtime/formats.js";
import { corpusLines, fast, full } from "./fast-path-cases.js";
import { INVOICE_FORMAT_CASES, loadSuite } from "./format-cases.js";

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text);
const seedLine = (overrides: Record<string, unknown> = {}) => JSON.stringify(seedInvoice(overrides));

/** Both checkers on one line: the fast one's result, and whether it matches the full path's. */
function compare(line: Uint8Array, start = 0, end = line.length) {
  const got = fast().check(line, start, end);
  const want = full().check(line, start, end);
  const strip = (r: typeof got) => (r.valid ? { valid: true } : { valid: false, errors: r.errors, blank: r.blank });
  return { got, want, agree: JSON.stringify(strip(got)) === JSON.stringify(strip(want)) };
}

// A string whose JSON spelling is its own bytes: the only kind the fast path reads.
const isPlain = (s: string) => /^[\x20-\x7f]*$/.test(s) && !/["\\]/.test(s);

const TWINS = [
  ["date", dateString, formats.date],
  ["date-time", dateTimeString, formats["date-time"]],
  ["time", timeString, formats.time],
] as const;

/** The byte twin on `"value"` followed by more line, as it sits in a record. */
function twinAccepts(twin: (b: Uint8Array, i: number, end: number) => number, value: string): boolean {
  const b = bytes(`"${value}","x":1}`);
  const quotedLength = bytes(`"${value}"`).length;
  return twin(b, 0, b.length) === quotedLength;
}

describe("byte twins of the format checks", () => {
  for (const [format, twin, check] of TWINS) {
    const { strings } = loadSuite(format);
    const invoiceCases = INVOICE_FORMAT_CASES.filter(([, c]) => c.format === format).map(([n, c]) => [n, c.given] as const);
    const all = [...strings.map(([n, c]) => [n, c.given] as const), ...invoiceCases];

    it(`${format}: agrees with formats.ts on the suite and the invoice cases (${all.length})`, () => {
      expect(all.length).toBeGreaterThan(5);
      const disagreements = all.filter(([, given]) => twinAccepts(twin, given) !== (isPlain(given) && check(given)));
      expect(disagreements).toEqual([]);
    });
  }

  it("date: agrees for every month 00-13 and day 00-32 of 1899-2101, and every Feb 29 of 0000-9999", { timeout: 120_000 }, () => {
    const disagreements: string[] = [];
    const probe = (given: string) => {
      if (twinAccepts(dateString, given) !== formats.date(given)) disagreements.push(given);
    };
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) probe(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
      }
    }
    for (let year = 0; year <= 9999; year++) probe(`${String(year).padStart(4, "0")}-02-29`);
    expect(disagreements).toEqual([]);
  });

  it("date-time and time: agree on every hour, minute and second boundary, fraction and offset, leap seconds included", {
    timeout: 120_000,
  }, () => {
    const offsets = ["Z", "z", "", "+", "+00", "+0000", "Zz"];
    for (const sign of ["+", "-"]) {
      for (const h of ["00", "01", "08", "12", "23", "24", "9"])
        for (const m of ["00", "30", "59", "60", "5"]) offsets.push(`${sign}${h}:${m}`);
    }
    const disagreements: string[] = [];
    let accepted = 0;
    for (let hour = 0; hour <= 24; hour++) {
      for (const minute of ["00", "29", "30", "58", "59", "60", "5"]) {
        for (const second of ["00", "59", "60", "61", "6"]) {
          for (const fraction of ["", ".", ".0", ".123456789", ".5."]) {
            for (const offset of offsets) {
              const time = `${String(hour).padStart(2, "0")}:${minute}:${second}${fraction}${offset}`;
              const dt = `1998-12-31T${time}`;
              if (twinAccepts(timeString, time) !== formats.time(time)) disagreements.push(time);
              if (twinAccepts(dateTimeString, dt) !== formats["date-time"](dt)) disagreements.push(dt);
              if (formats["date-time"](dt)) accepted++;
            }
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    // The grid must hold valid values too, leap seconds among them, or agreement says little.
    expect(accepted).toBeGreaterThan(1000);
    expect(formats["date-time"]("1998-12-31T15:59:60-08:00")).toBe(true);
  });

  it("never reads past the end it is given", () => {
    // The value continues beyond `end`; bytes there must not complete it.
    const b = bytes('"2024-02-29"');
    expect(dateString(b, 0, b.length)).toBe(b.length);
    expect(dateString(b, 0, b.length - 1)).toBe(-1);
    const t = bytes('"2024-02-29T10:00:00Z"');
    for (let end = 0; end < t.length; end++) expect(dateTimeString(t, 0, end)).toBe(-1);
    const z = bytes('"10:00:00.5+01:00"');
    for (let end = 0; end < z.length; end++) expect(timeString(z, 0, end)).toBe(-1);
  });
});

describe("format edge cases inside an invoice line", () => {
  const values = (format: "date" | "date-time") => [
    ...loadSuite(format).strings.map(([, c]) => c.given),
    ...INVOICE_FORMAT_CASES.filter(([, c]) => c.format === format).map(([, c]) => c.given),
  ];

  it.each([
    ["invoice_date", "date"],
    ["billing_period_to", "date"],
    ["created_at", "date-time"],
    ["updated_at", "date-time"],
  ] as const)(
    "%s (%s): same verdict and errors as the full path, fast exactly when valid and plain",
    { timeout: 60_000 },
    (field, format) => {
      for (const value of values(format)) {
        const { got, want, agree } = compare(bytes(seedLine({ [field]: value })));
        expect(agree, value).toBe(true);
        expect(got.fast, value).toBe(want.valid && isPlain(value));
      }
    },
  );
});

describe("createLineChecker", () => {
  it("has a generated fast path for ErpInvoice under both names, and counts the lines that took it", () => {
    expect(fastPaths.ErpInvoice).toBe(fastPaths.ErpInvoiceExternal);
    const checker = createLineChecker("ErpInvoiceExternal");
    expect(checker.fastPath).toBe(true);
    const line = bytes(seedLine());
    expect(checker.check(line, 0, line.length)).toEqual({ valid: true, fast: true });
    const broken = bytes(seedLine({ amount_total: "1200.5" }));
    const result = checker.check(broken, 0, broken.length);
    expect(result).toEqual({
      valid: false,
      fast: false,
      errors: [{ pointer: "/amount_total", keyword: "pattern", message: 'must match pattern "^\\d{1,3}\\.\\d{12}$"' }],
    });
    expect([checker.lines, checker.fastLines]).toEqual([2, 1]);
  });

  it("with fastPath: false takes the full path for every line and returns the parsed value", () => {
    const checker = createLineChecker("ErpInvoice", { fastPath: false });
    expect(checker.fastPath).toBe(false);
    const line = bytes(seedLine());
    expect(checker.check(line, 0, line.length)).toEqual({ valid: true, fast: false, value: seedInvoice() });
    expect(checker.fastLines).toBe(0);
  });

  it("reports what the full path reports for bad bytes, non-objects and blank lines", () => {
    const checker = createLineChecker("ErpInvoice");
    const utf8 = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
    expect(checker.check(utf8, 0, utf8.length)).toEqual({
      valid: false,
      fast: false,
      errors: [{ pointer: "", keyword: "parse", message: "invalid UTF-8 at byte 3 of the line" }],
    });
    const array = bytes("[1]");
    expect(checker.check(array, 0, array.length)).toMatchObject({
      valid: false,
      errors: [{ keyword: "parse", message: "expected a JSON object, got an array" }],
    });
    const blank = bytes(" \t ");
    expect(checker.check(blank, 0, blank.length)).toMatchObject({ valid: false, blank: true });
  });

  it("schemas without a fast path still check lines, through the full path", () => {
    const checker = createLineChecker("FileTask");
    expect(checker.fastPath).toBe(false);
    const line = bytes("{}");
    expect(checker.check(line, 0, line.length)).toMatchObject({ valid: false, fast: false });
  });

  it("rejects an unknown schema name", () => {
    expect(() => createLineChecker("NoSuchSchema")).toThrow(/NoSuchSchema/);
  });
});

describe("what the fast path leaves to the full path", () => {
  const seed = seedLine();
  // [name, line]: every one must agree with the full path and must not take the fast path.
  const declined: [string, string][] = [
    ["an escape in a key", seed.replace('"currency"', '"curr\\u0065ncy"')],
    ["an escape in a value", seed.replace('"USD"', '"U\\u0053D"')],
    ["an escaped solidus", seed.replace('"INV/2026/00001"', '"INV\\/2026\\/00001"')],
    ["a duplicate key, same value, after", seed.replace('"id":123,', '"id":123,"id":123,')],
    ["a duplicate key, other value, before", seed.replace('"id":123,', '"id":"x","id":123,')],
    ["a duplicate key, other value, after", seed.replace('"id":123,', '"id":123,"id":"x",')],
    ["an unknown key with a nested value", seed.replace('"id":123,', '"id":123,"extra":{"a":[1,{"b":null}]},')],
    ["1.0", seed.replace('"payer_id":123', '"payer_id":123.0')],
    ["1e0", seed.replace('"payer_id":123', '"payer_id":1.23e2')],
    ["-0", seed.replace('"payer_id":123', '"payer_id":-0')],
    ["01", seed.replace('"payer_id":123', '"payer_id":0123')],
    ["a huge integer", seed.replace('"payer_id":123', '"payer_id":123456789012345678901234567890')],
    ["16 digits", seed.replace('"payer_id":123', '"payer_id":1234567890123456')],
    ["client_id out of int32", seed.replace('"client_id":-1', '"client_id":2147483648')],
    ["non-ASCII in a string", seed.replace('"INV/2026/00001"', '"INV/2026/00001 é"')],
    ["a BOM", `\uFEFF${seed}`],
    ["truncated", seed.slice(0, -1)],
    ["a trailing comma", seed.replace("}", ",}")],
    ["two objects", `${seed}${seed}`],
    ["a missing required property", JSON.stringify({ ...seedInvoice(), payer_id: undefined })],
    ["an empty object", "{}"],
  ];

  it.each(declined)("%s", (_name, line) => {
    const { got, agree } = compare(bytes(line));
    expect(agree).toBe(true);
    expect(got.fast).toBe(false);
  });

  it("takes whitespace anywhere JSON allows it, CR included", () => {
    const members = Object.entries(seedInvoice()).map(([k, v]) => ` \t${JSON.stringify(k)}\r\n :\t ${JSON.stringify(v)} \n`);
    const spaced = `\t{\r\n${members.join(" ,\r\n")}}\n\t`;
    const { got, agree } = compare(bytes(` ${spaced}\r`));
    expect(agree).toBe(true);
    expect(got).toEqual({ valid: true, fast: true });
  });

  it("judges only bytes[start, end): what surrounds the line does not count", () => {
    const line = bytes(`{"x":1}\n${seed}\n{`);
    const start = line.indexOf(0x0a) + 1;
    const end = line.lastIndexOf(0x0a);
    expect(compare(line, start, end).got).toEqual({ valid: true, fast: true });
    expect(compare(line, start, end - 1).got.fast).toBe(false);
    expect(compare(line, start - 1, end).got.fast).toBe(true); // a leading LF is whitespace
  });

  it("accepts keys in any order", () => {
    const reversed = JSON.stringify(Object.fromEntries(Object.entries(seedInvoice()).reverse()));
    expect(compare(bytes(reversed)).got).toEqual({ valid: true, fast: true });
  });
});

describe("on realistic records", () => {
  it("takes the fast path for nearly every valid corpus line, with the full path's verdicts", { timeout: 120_000 }, () => {
    const lines = corpusLines(20_000);
    const withFast = fast();
    const without = full();
    let valid = 0;
    let disagreements = 0;
    for (const text of lines) {
      const line = bytes(text);
      const got = withFast.check(line, 0, line.length);
      const want = without.check(line, 0, line.length);
      if (want.valid) valid++;
      if (got.valid !== want.valid || (!got.valid && !want.valid && JSON.stringify(got.errors) !== JSON.stringify(want.errors)))
        disagreements++;
    }
    expect(disagreements).toBe(0);
    expect(valid).toBeGreaterThan(19_000);
    expect(withFast.fastLines / valid).toBeGreaterThan(0.99);
  });
});
