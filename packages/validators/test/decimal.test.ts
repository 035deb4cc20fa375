import { describe, expect, it } from "vitest";
import { AMOUNT_SCALE, addAmounts, compareAmounts, formatAmount, parseAmount, tryParseAmount } from "../src/index.js";

type ParseCase = [name: string, { given: string; want: bigint }];
const parses: ParseCase[] = [
  ["a spec amount", { given: "120.000000000000", want: 120_000_000_000_000n }],
  ["the smallest unit", { given: "0.000000000001", want: 1n }],
  ["the largest spec amount", { given: "999.999999999999", want: 999_999_999_999_999n }],
  ["fewer decimals are padded", { given: "1.5", want: 1_500_000_000_000n }],
  ["no decimals", { given: "7", want: 7_000_000_000_000n }],
  ["a negative amount", { given: "-0.100000000000", want: -100_000_000_000n }],
  ["an explicit plus", { given: "+2.000000000001", want: 2_000_000_000_001n }],
  ["beyond float precision", { given: "123456789012345.123456789012", want: 123_456_789_012_345_123_456_789_012n }],
];

const rejects: [name: string, { given: string }][] = [
  ["13 decimals (would need rounding)", { given: "1.0000000000001" }],
  ["an exponent", { given: "1e3" }],
  ["a comma", { given: "1,5" }],
  ["spaces", { given: " 1.5" }],
  ["a bare point", { given: "1." }],
  ["no integer digits", { given: ".5" }],
  ["empty", { given: "" }],
  ["a sign alone", { given: "-" }],
];

describe("parseAmount", () => {
  it.each(parses)("%s", (_, { given, want }) => {
    expect(parseAmount(given)).toBe(want);
    expect(tryParseAmount(given)).toBe(want);
  });
  it.each(rejects)("rejects %s", (_, { given }) => {
    expect(tryParseAmount(given)).toBeUndefined();
    expect(() => parseAmount(given)).toThrow(RangeError);
    expect(() => parseAmount(given)).toThrow(JSON.stringify(given));
  });
  it("tryParseAmount says undefined for non-strings", () => {
    for (const v of [null, undefined, 1.5, 10n, {}]) expect(tryParseAmount(v)).toBeUndefined();
  });
});

describe("formatAmount", () => {
  const cases: [string, { given: bigint; want: string }][] = [
    ["always 12 decimals", { given: 120_000_000_000_000n, want: "120.000000000000" }],
    ["the smallest unit", { given: 1n, want: "0.000000000001" }],
    ["zero", { given: 0n, want: "0.000000000000" }],
    ["a negative amount", { given: -100_000_000_000n, want: "-0.100000000000" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(formatAmount(given)).toBe(want));

  it("round-trips every canonical amount it is given", () => {
    for (const s of ["0.000000000000", "999.999999999999", "12.345678901234", "-5.000000000001"]) {
      expect(formatAmount(parseAmount(s))).toBe(s);
    }
  });
  it("uses the API's scale", () => expect(AMOUNT_SCALE).toBe(12));
});

describe("addAmounts and compareAmounts", () => {
  it("adds exactly where floating point does not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addAmounts("0.100000000000", "0.200000000000")).toBe(parseAmount("0.300000000000"));
    expect(formatAmount(addAmounts("999.999999999999", "0.000000000001"))).toBe("1000.000000000000");
  });
  it("mixes strings and bigints", () => {
    expect(addAmounts("1.000000000000", 1n, "-0.5")).toBe(500_000_000_001n);
    expect(addAmounts()).toBe(0n);
  });
  const compares: [string, { given: [string | bigint, string | bigint]; want: -1 | 0 | 1 }][] = [
    ["less", { given: ["1.000000000000", "1.000000000001"], want: -1 }],
    ["equal across scales", { given: ["1.5", "1.500000000000"], want: 0 }],
    ["greater", { given: ["-1", "-2"], want: 1 }],
    ["bigint against string", { given: [1n, "0.000000000001"], want: 0 }],
  ];
  it.each(compares)("compares: %s", (_, { given, want }) => expect(compareAmounts(...given)).toBe(want));
  it("throws on a malformed operand", () => expect(() => compareAmounts("1", "x")).toThrow(RangeError));
});
