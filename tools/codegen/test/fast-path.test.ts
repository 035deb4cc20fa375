import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainString } from "../../../packages/validators/src/runtime/fast-scan.ts";
import type { JsonSchema } from "../src/model.ts";
import { compilePattern, emitFastPath, planFastPath } from "../src/plugins/validators/fast-path.ts";
import { loadSpec } from "../src/stages/load.ts";
import { normalise } from "../src/stages/normalise.ts";
import { REPO_ROOT } from "./helpers.ts";

const meta = { nullable: false, description: null, deprecated: false, discriminator: null };
const entry = { name: "S", exportName: "S", pointer: "/components/schemas/S", ...meta };
const object = (properties: Record<string, JsonSchema>, extra: Record<string, unknown> = {}): JsonSchema => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  ...extra,
});
const reason = (schema: JsonSchema) => {
  const r = planFastPath(entry, schema);
  return "reason" in r ? r.reason : "fits";
};

describe("which schemas get a fast path", () => {
  const model = normalise(loadSpec(`${REPO_ROOT}/spec/billing_reseller_api.yaml`));

  it("ErpInvoiceExternal fits", () => {
    expect(reason(model.validationSchemas.ErpInvoiceExternal!)).toBe("fits");
  });

  it.each<[string, JsonSchema, string | RegExp]>([
    [
      "scalars, nullable scalars, enums, bounds, formats, patterns",
      object({
        a: { type: "integer", minimum: 0, exclusiveMaximum: 10 },
        b: { type: ["string", "null"], format: "date-time" },
        c: { enum: ["x", "y", null] },
        d: { type: "string", pattern: "^[A-Z]{3}$", maxLength: 3 },
        e: { type: "boolean" },
        f: { type: "number", description: "documented" },
      }),
      "fits",
    ],
    [
      'additionalProperties: false (unknown keys are always "don\'t know")',
      object({ a: { type: "integer" } }, { additionalProperties: false }),
      "fits",
    ],
    ["a format without a byte-level check", object({ a: { type: "string", format: "uri" } }), /format "uri"/],
    ["a $ref / allOf property", object({ a: { allOf: [{ $ref: "#/$defs/X" }] } }), /keyword allOf/],
    ["a nested object", object({ a: { type: "object" } }), /type/],
    ["an array", object({ a: { type: "array" } }), /type/],
    ["a property without type", object({ a: {} }), /no type/],
    ["an enum with a number", object({ a: { enum: ["x", 1] } }), /non-string/],
    ["a pattern with alternation", object({ a: { type: "string", pattern: "^(a|b)$" } }), /\|/],
    ["an unanchored pattern", object({ a: { type: "string", pattern: "\\d+" } }), /anchored/],
    ["a property named like Object.prototype", object({ constructor: { type: "string" } }), /Object.prototype/],
    ["32 properties", object(Object.fromEntries(Array.from({ length: 32 }, (_, k) => [`p${k}`, { type: "integer" }]))), /32 properties/],
    ["patternProperties", object({ a: { type: "integer" } }, { patternProperties: { "^x": {} } }), /patternProperties/],
    ["minProperties", object({ a: { type: "integer" } }, { minProperties: 1 }), /minProperties/],
    ["a required name that is not a property", { type: "object", properties: {}, required: ["a"] }, /required a/],
  ])("%s", (_name, schema, want) => {
    if (typeof want === "string") expect(reason(schema)).toBe(want);
    else expect(reason(schema)).toMatch(want);
  });

  it("lists every schema without a fast path, with its reason, in the generated file", () => {
    const js = emitFastPath(model).get("fast-path.js")!;
    const fitting = model.schemas.filter((s) => reason(model.validationSchemas[s.name]!) === "fits");
    expect(fitting.length).toBeGreaterThan(0);
    for (const s of model.schemas) {
      // A scanner of its own, or the one of a schema with the same properties.
      if (fitting.includes(s)) expect(js).toMatch(new RegExp(`export (function scan${s.exportName}\\(|const scan${s.exportName} = scan)`));
      else expect(js).toContain(` *   ${s.name}: `);
    }
  });
});

/** The compiled matcher as a string predicate: does it accept `"s"` as one whole JSON string? */
function compiled(pattern: string): (s: string) => boolean {
  // The compiled form calls the runtime's plainString when it cannot match in place.
  const fn = new Function("plainString", `${compilePattern(pattern, "match")}\nreturn match;`)(plainString) as (
    b: Uint8Array,
    i: number,
    end: number,
  ) => number;
  const encoder = new TextEncoder();
  return (s) => {
    const b = encoder.encode(`"${s}"`);
    return fn(b, 0, b.length) === b.length;
  };
}

describe("compiled patterns", () => {
  // The spec's own patterns, and forms the subset allows.
  const patterns = [
    "^\\d{1,3}\\.\\d{12}$",
    "^-?\\d{0,24}(?:\\.\\d{0,12})?$",
    "^-?\\d{0,24}(?:\\.\\d{0,8})?$",
    "^\\d{1,2}\\.\\d{2}$",
    "^[A-Z]{3}$",
    "^-?\\d+(\\.\\d+)?$",
    "^[a-z_][a-z0-9_-]{0,9}$",
    "^(?:ab)*c?$",
    "^\\w+@\\w+\\.[a-z]{2,}$",
    "^.{2,4}$",
    "^(?:(?:a)?)+$",
  ];

  it.each(patterns)("%s: a match of the compiled form is a match of the regex, and the regex's strings mostly match", (pattern) => {
    const re = new RegExp(pattern, "u");
    const match = compiled(pattern);
    const alphabet = fc.constantFrom(...'0123456789.-abcz_AZ@ "\\é'.split(""));
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(re), fc.string({ unit: alphabet, maxLength: 20 })), (s) => !match(s) || re.test(s)),
      { seed: 7, numRuns: 3000 },
    );
    const matching = fc.sample(fc.stringMatching(re), { seed: 7, numRuns: 500 });
    const found = matching.filter(match).length;
    expect(found / matching.length).toBeGreaterThan(0.9);
  });

  it("gives up where only backtracking would find the match (then the full path decides)", () => {
    const match = compiled("^\\d*1$");
    expect(/^\d*1$/u.test("221")).toBe(true);
    expect(match("221")).toBe(false);
  });

  it.each(["^a|b$", "^(?=a)a$", "^[^a]$", "^a+?$", "^\\s$", "^\\1$", "^é$"])("does not compile %s", (pattern) => {
    expect(() => compilePattern(pattern, "p")).toThrow();
  });
});

describe("document text in generated comments", () => {
  it("cannot close a comment or crash the pattern parser", () => {
    const model = normalise(loadSpec(`${REPO_ROOT}/spec/billing_reseller_api.yaml`));
    const hostile = {
      ...model,
      schemas: [
        { name: "A*/B", exportName: "AB", pointer: "/components/schemas/A*~1B", ...meta },
        { name: "C", exportName: "C", pointer: "/components/schemas/C", ...meta },
      ],
      validationSchemas: {
        "A*/B": object({ "x*/y": { type: "string" } }),
        C: object({ p: { type: "string", pattern: "^[a-$" }, q: { type: "string", pattern: "^\\d*/$" } }),
      },
    };
    const js = emitFastPath(hostile).get("fast-path.js")!;
    // Every block comment ends where it should: the module still parses.
    expect(() => new Function(js.replace(/^import .*$/m, "").replace(/^export /gm, ""))).not.toThrow();
    expect(js).toMatch(/C: property p: pattern \^\[a-\$: an unexpected end/);
  });
});
