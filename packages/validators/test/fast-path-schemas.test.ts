/**
 * Every generated scanner, not only ErpInvoice's: records drawn from each
 * fitting schema's own properties (valid values near every bound, format and
 * pattern, and values of every other type), checked with the fast path and
 * with the full path alone.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLineChecker, fastPaths } from "../src/index.js";

// The generator's model, for each schema's properties. Imported by a computed name and typed here:
// the generator's sources are not part of this package's typecheck.
interface Codegen {
  DEFAULT_SPEC: string;
  loadSpec(file: string): unknown;
  normalise(spec: unknown): { schemas: { name: string; exportName: string }[]; validationSchemas: Record<string, unknown> };
}
const codegenModule = "@gcore-billing/codegen";
const { DEFAULT_SPEC, loadSpec, normalise } = (await import(codegenModule)) as Codegen;
const model = normalise(loadSpec(DEFAULT_SPEC));
const withScanner = model.schemas.filter((s) => fastPaths[s.exportName]);

type Prop = Record<string, unknown>;
// Years 0000-9999: toISOString() writes others with a sign, which no date format accepts.
const dates = fc.date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true });

const OTHER_TYPES = [
  "null",
  "true",
  "false",
  "0",
  "-1",
  "1.5",
  "1e0",
  "-0",
  "01",
  '""',
  '"x"',
  '"\\u0041"',
  "[]",
  "{}",
  '"é"',
  "9007199254740993",
];

/** JSON texts for one property: mostly what its schema allows, near its edges (only that when `clean`). */
function valueArb(prop: Prop, clean: boolean): fc.Arbitrary<string> {
  const own: fc.Arbitrary<string>[] = [];
  const types = new Set(Array.isArray(prop.type) ? prop.type : [prop.type]);
  if (Array.isArray(prop.enum)) own.push(fc.constantFrom(...prop.enum.map((m) => JSON.stringify(m))));
  if (types.has("null")) own.push(fc.constant("null"));
  if (types.has("boolean")) own.push(fc.constantFrom("true", "false"));
  if (types.has("integer") || types.has("number")) {
    const min = typeof prop.minimum === "number" ? prop.minimum : -(2 ** 31);
    const max = typeof prop.maximum === "number" ? prop.maximum : 2 ** 31;
    own.push(fc.integer({ min, max }).map(String), fc.constantFrom(String(min), String(max)));
    if (!clean) own.push(fc.constantFrom(String(min - 1), String(max + 1)));
  }
  if (types.has("string") && !Array.isArray(prop.enum)) {
    if (prop.format === "date") own.push(dates.map((d) => JSON.stringify(d.toISOString().slice(0, 10))));
    else if (prop.format === "date-time") own.push(dates.map((d) => JSON.stringify(d.toISOString())));
    else if (typeof prop.pattern === "string") own.push(fc.stringMatching(new RegExp(prop.pattern, "u")).map((s) => JSON.stringify(s)));
    else {
      const maxLength = typeof prop.maxLength === "number" ? prop.maxLength : 20;
      own.push(
        fc.string({ maxLength: Math.min(maxLength, 40) }).map((s) => JSON.stringify(s)),
        fc.constantFrom(JSON.stringify("a".repeat(maxLength)), JSON.stringify("a".repeat(clean ? maxLength : maxLength + 1))),
      );
    }
  }
  if (clean) return fc.oneof(...own);
  return fc.oneof({ weight: 6, arbitrary: fc.oneof(...own) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_TYPES) });
}

/** A record as a line: half of them with every property present and drawn from its own values, half messier. */
function lineArb(schema: Prop): fc.Arbitrary<string> {
  const props = Object.entries((schema.properties ?? {}) as Record<string, Prop>);
  const member = (name: string, prop: Prop, clean: boolean) => valueArb(prop, clean).map((v) => `${JSON.stringify(name)}:${v}`);
  const clean = fc.tuple(...props.map(([name, prop]) => member(name, prop, true)));
  const messy = fc
    .tuple(...props.map(([name, prop]) => fc.option(member(name, prop, false), { freq: 12, nil: undefined })))
    .map((ms) => ms.filter((m): m is string => m !== undefined));
  return fc
    .tuple(
      fc.oneof(clean, messy),
      fc.boolean(),
      fc.option(fc.constantFrom('"extra":1', '"id":1'), { freq: 8, nil: undefined }),
      fc.constantFrom("", " ", "\t"),
    )
    .map(([present, reversed, extra, ws]) => {
      const list = [...present];
      if (reversed) list.reverse();
      if (extra) list.push(extra);
      return `{${ws}${list.join(`,${ws}`)}${ws}}`;
    });
}

describe("every generated scanner agrees with its schema's full path", () => {
  it("covers more than ErpInvoice", () => {
    expect(withScanner.length).toBeGreaterThan(5);
  });

  const encoder = new TextEncoder();
  it.each(withScanner.map((s) => [s.exportName, s.name] as const))("%s", { timeout: 120_000 }, (exportName, name) => {
    const fastChecker = createLineChecker(exportName);
    const fullChecker = createLineChecker(exportName, { fastPath: false });
    fc.assert(
      fc.property(lineArb(model.validationSchemas[name] as Prop), (text) => {
        const line = encoder.encode(text);
        const got = fastChecker.check(line, 0, line.length);
        const want = fullChecker.check(line, 0, line.length);
        return got.valid === want.valid && JSON.stringify(got.valid ? [] : got.errors) === JSON.stringify(want.valid ? [] : want.errors);
      }),
      { seed: 20261202, numRuns: 3000 },
    );
    // A scanner that never says "valid" would agree trivially.
    expect(fastChecker.fastLines).toBeGreaterThan(30);
  });
});
