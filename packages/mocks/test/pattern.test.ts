import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringMatching } from "../src/runtime/pattern.js";

const patterns = [
  "^[A-Z]{3}$",
  "^-?\\d{0,24}(?:\\.\\d{0,12})?$",
  "^\\d{1,3}\\.\\d{12}$",
  "^\\d{1,2}\\.\\d{2}$",
  "^-?\\d{0,24}(?:\\.\\d{0,8})?$",
  "^(foo|ba[rz])+-\\w*_?$",
  "^[a-z0-9_-]{2,5}x+$",
  "^INV/\\d{4}/\\d{5}$",
];

describe("stringMatching", () => {
  it.each(patterns)("every draw matches %s", (pattern) => {
    const re = new RegExp(pattern, "u");
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed >>> 0;
        const int = (min: number, max: number) => {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          return min + (state % (max - min + 1));
        };
        return re.test(stringMatching(pattern, int));
      }),
      { numRuns: 500 },
    );
  });

  it("reaches the short and the long ends of a range", () => {
    const lengths = new Set<number>();
    for (let k = 0; k < 200; k++) lengths.add(stringMatching("^\\d{1,3}$", (min, max) => min + ((k * 7) % (max - min + 1))).length);
    expect([...lengths].sort()).toEqual([1, 2, 3]);
  });

  it.each([
    ["^(?=a)b$", /lookaround/],
    ["^(a)\\1$", /\\1/],
    ["^[^a]$", /negated class/],
    ["^\\p{L}$", /\\p/],
    ["^(a$", /unterminated group/],
    ["^a)$", /unbalanced/],
    ["^*a$", /quantifier with nothing before it/],
  ])("refuses %s with a message naming the pattern", (pattern, why) => {
    expect(() => stringMatching(pattern, () => 0)).toThrow(why);
    expect(() => stringMatching(pattern, () => 0)).toThrow(JSON.stringify(pattern));
  });
});
