import { describe, expect, it, vi } from "vitest";
import { type FormatCheck, formats } from "../src/runtime/formats.js";
import { INVOICE_FORMAT_CASES, loadSuite, SUITE_FORMATS } from "./format-cases.js";

// What a generated validator does with `format`: it only constrains strings.
function satisfiesFormat(check: FormatCheck, data: unknown): boolean {
  return typeof data !== "string" || check(data);
}

describe.each(SUITE_FORMATS)("JSON-Schema-Test-Suite format %s", (format) => {
  const { strings, nonStrings } = loadSuite(format);
  const check = formats[format];

  it("has string cases to run", () => {
    expect(strings.length).toBeGreaterThan(0);
  });

  it.each(strings)("%s", (_name, { given, want }) => {
    expect(check(given)).toBe(want);
  });

  it.each(nonStrings)("non-string: %s", (_name, { given, want }) => {
    const spy = vi.fn(check);
    expect(satisfiesFormat(spy, given)).toBe(want);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe("invoice-shaped values", () => {
  const cases = INVOICE_FORMAT_CASES;

  it.each(cases)("%s", (_name, { format, given, want }) => {
    expect(formats[format](given)).toBe(want);
  });
});

describe("date against the platform calendar", () => {
  // Date.UTC is proleptic Gregorian too, so it is an independent oracle for
  // month lengths and leap years; every MM 00-13 and DD 00-32 is tried.
  it("agrees for every month and day of 1899-2101", () => {
    const disagreements: string[] = [];
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const given = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const want = month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          if (formats.date(given) !== want) disagreements.push(given);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
