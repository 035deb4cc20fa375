/**
 * Differential: how an integer field judges JSON numbers at the edges of a double (`1E400`,
 * `1e308`, `-0`, `1.0`, `9007199254740993`...), through every way in: the NDJSON line checker
 * with its byte-level fast path, the same checker on the full path alone (JSON.parse + the
 * compiled ajv validator), `validateNdjson`, the Standard Schema object, and another ajv compiling
 * the Standard JSON Schema output. All must agree with each other and with the rule the README
 * states: a number is an integer when JSON.parse reads it as a finite whole double; the range
 * keywords then judge that double; a number too large for a double (read as ±Infinity) is never
 * an integer, with a `type` error that says so.
 */
import { seedInvoice } from "@gcore-billing/test-fixtures";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLineChecker, ErpInvoiceSchema, formats, type ValidationIssue, validateNdjson } from "../src/index.js";

const enc = new TextEncoder();
const fastChecker = createLineChecker("ErpInvoice");
const fullChecker = createLineChecker("ErpInvoice", { fastPath: false });
const otherAjv = new Ajv2020({ allErrors: true });
for (const [name, check] of Object.entries(formats)) otherAjv.addFormat(name, check as (value: string) => boolean);
const otherCheck = otherAjv.compile(ErpInvoiceSchema["~standard"].jsonSchema.output({ target: "draft-2020-12" }));

/** Integer fields of ErpInvoice with their ranges: unbounded, int32, and nullable unbounded. */
const FIELDS = {
  id: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
  payer_id: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
  client_id: [-2147483648, 2147483647],
  invoice_id: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
} as const;
type Field = keyof typeof FIELDS;

/** An invoice line whose `field` is written as `literal`, byte for byte. */
function line(field: Field, literal: string): string {
  const marker = 424242;
  const text = JSON.stringify(seedInvoice({ [field]: marker }));
  return text.replace(`"${field}":${marker}`, `"${field}":${literal}`);
}

type Verdict = { valid: boolean; errors: Pick<ValidationIssue, "pointer" | "keyword" | "message">[] };
const plain = (errors: readonly ValidationIssue[]) => errors.map(({ pointer, keyword, message }) => ({ pointer, keyword, message }));

async function throughEveryPath(text: string): Promise<Record<string, Verdict>> {
  const bytes = enc.encode(text);
  const fast = fastChecker.check(bytes, 0, bytes.length);
  const full = fullChecker.check(bytes, 0, bytes.length);
  const records = [];
  for await (const r of validateNdjson([enc.encode(`${text}\n`)])) records.push(r);
  const standard = ErpInvoiceSchema["~standard"].validate(JSON.parse(text));
  const record = records[0]!;
  return {
    fast: { valid: fast.valid, errors: fast.valid ? [] : plain(fast.errors) },
    full: { valid: full.valid, errors: full.valid ? [] : plain(full.errors) },
    ndjson: { valid: record.valid, errors: record.valid ? [] : plain(record.errors) },
    standard: { valid: standard.issues === undefined, errors: plain(standard.issues ?? []) },
  };
}

/** The README's rule, written once: the keywords every path must report (none: valid). */
function expected(field: Field, literal: string): { keywords: string[]; finite: boolean } {
  const value = JSON.parse(literal) as number;
  const [min, max] = FIELDS[field];
  // Infinity is no number at all, so no range keyword judges it.
  if (!Number.isFinite(value)) return { keywords: ["type"], finite: false };
  const keywords = Number.isInteger(value) ? [] : ["type"];
  if (value < min) keywords.push("minimum");
  if (value > max) keywords.push("maximum");
  return { keywords, finite: true };
}

async function agree(field: Field, literal: string): Promise<void> {
  const text = line(field, literal);
  const paths = await throughEveryPath(text);
  const want = expected(field, literal);
  const where = `${field}: ${literal}`;
  for (const [path, got] of Object.entries(paths)) expect(got, `${where} (${path} vs full)`).toEqual(paths.full);
  const valid = want.keywords.length === 0;
  expect(otherCheck(JSON.parse(text)), `${where} (another ajv on the JSON Schema output)`).toBe(valid);
  expect(paths.full!.valid, where).toBe(valid);
  if (valid) return;
  expect(
    paths.full!.errors.map((e) => [e.pointer, e.keyword]),
    where,
  ).toEqual(want.keywords.map((k) => [`/${field}`, k]));
  const message = paths.full!.errors[0]!.message;
  // A number too large for a double is named as such, not only "must be integer".
  if (!want.finite) expect(message, where).toMatch(/must be integer.*Infinity.*too large for a double/);
  else expect(message, where).not.toMatch(/Infinity/);
}

const EDGES = [
  "1E400",
  "1e400",
  "-1E400",
  "1e309",
  "179769313486231590000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
  "1e308",
  "-1e308",
  "1.7976931348623157e308",
  "-0",
  "-0.0",
  "0e0",
  "1.0",
  "1.000",
  "1e2",
  "1E+2",
  "100e-2",
  "1.5",
  "1e-400",
  "9007199254740993",
  "9007199254740992",
  "-9007199254740993",
  "2147483647",
  "2147483648",
  "2147483647.0",
  "2.147483648e9",
  "-2147483648",
  "-2147483649",
  "123",
];

describe("integers at the edges of a double: fast path, full path, NDJSON reader, Standard Schema and another ajv agree", () => {
  it.each(Object.keys(FIELDS) as Field[])("%s: the edge cases", async (field) => {
    for (const literal of EDGES) await agree(field, literal);
  });

  it("any JSON number spelling: sign, digits, fraction, exponent", async () => {
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
    const intPart = fc.oneof(
      fc.constant("0"),
      fc.tuple(fc.constantFrom(..."123456789"), digits(0, 400)).map(([a, b]) => a + b),
    );
    const number = fc
      .tuple(
        fc.constantFrom("", "-"),
        intPart,
        fc.option(
          digits(1, 20).map((d) => `.${d}`),
          { nil: "" },
        ),
        fc.option(
          fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), digits(1, 3)).map((p) => p.join("")),
          { nil: "" },
        ),
      )
      .map((parts) => parts.join(""));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...(Object.keys(FIELDS) as Field[])), number, async (field, literal) => agree(field, literal)),
      { numRuns: 2_000 },
    );
  });
});
