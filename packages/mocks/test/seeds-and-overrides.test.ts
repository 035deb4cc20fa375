import * as validators from "@gcore-billing/validators";
import { parseAmount, schemaValidators } from "@gcore-billing/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as mocks from "../src/factories.js";
import { fakeDateTimeTZRange, fakeErpInvoice, MockOverrideError } from "../src/factories.js";
import { createHandlers } from "../src/index.js";

type Json = Record<string, unknown>;
type Factory = (options?: mocks.FakeOptions<unknown>) => unknown;
const factories = Object.entries(mocks).filter(([name]) => /^fake[A-Z]/.test(name)) as [string, Factory][];
const text = (value: unknown) => JSON.stringify(value);

const problems = (schema: string, value: unknown) => {
  const result = schemaValidators[schema]!.validate(value);
  return result.valid ? [] : result.errors;
};

describe("seeds", () => {
  it("give distinct values for distinct seeds, the whole value hashed", () => {
    const now = Date.UTC(2025, 5, 1, 12, 0, 0, 123);
    const long = "x".repeat(10_000);
    const pairs: [number | string, number | string][] = [
      [0, 2 ** 32],
      [1, 2 ** 32 + 1],
      [5, 5.5],
      [0.1, 0.30000000000000004],
      [1, 1 + Number.EPSILON],
      [now, now + 2 ** 32],
      [now, now + 1],
      [-1, 2 ** 32 - 1],
      [Number.MAX_VALUE, Number.MAX_SAFE_INTEGER],
      [`${long}a`, `${long}b`],
      [`a${long}`, `b${long}`],
      ["seed", "seed "],
      // A number and its spelling are different seeds.
      [7, "7"],
    ];
    for (const [a, b] of pairs)
      expect(text(fakeErpInvoice({ seed: a })), `${String(a)} vs ${String(b)}`).not.toBe(text(fakeErpInvoice({ seed: b })));
  });

  it("give distinct values for any two finite numbers or strings that differ", () => {
    const seed = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.string({ maxLength: 40 }));
    // Pairs close in value too: the same number plus a multiple of 2^32, or a tiny step.
    const near = fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.integer({ min: -5, max: 5 }));
    const pair = fc.oneof(
      fc.tuple(seed, seed),
      near.map(([x, k]) => [x, x + k * 2 ** 32] as const),
      near.map(([x]) => [x, x + 0.5] as const),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        fc.pre(a !== b);
        expect(text(fakeErpInvoice({ seed: a }))).not.toBe(text(fakeErpInvoice({ seed: b })));
      }),
      { numRuns: 300 },
    );
  });

  it("give the same value for the same seed, strings included; -0 is the seed 0", () => {
    for (const seed of [0, 42, 5.5, 1e300, -3, "", "invoice #7", "😀"]) {
      expect(text(fakeErpInvoice({ seed })), String(seed)).toBe(text(fakeErpInvoice({ seed })));
    }
    expect(text(fakeErpInvoice({ seed: -0 }))).toBe(text(fakeErpInvoice({ seed: 0 })));
  });

  it("refuse a non-finite number or another type, naming the seed and what is accepted", () => {
    for (const seed of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => fakeErpInvoice({ seed }), String(seed)).toThrow(TypeError);
      expect(() => fakeErpInvoice({ seed }), String(seed)).toThrow(new RegExp(`seed ${String(seed)}.*finite number or a string`));
      expect(() => createHandlers({ seed }), String(seed)).toThrow(/finite number or a string/);
    }
    for (const seed of [1n, {}, [1], true, null]) {
      expect(() => fakeErpInvoice({ seed: seed as never }), String(seed)).toThrow(/finite number or a string/);
    }
  });
});

// --- overrides valid on their own ---------------------------------------------------------

const DATE_EDGES = [
  "0000-01-01",
  "0000-12-31",
  "0001-01-01",
  "0001-01-02",
  "0001-02-28",
  "9999-12-31",
  "9999-12-01",
  "2024-02-29",
  "2025-06-15",
];
const DATE_TIME_EDGES = [
  "0001-01-01T00:00:00Z",
  "0001-01-01T00:00:00+05:00",
  "0001-01-01T04:59:59-05:00",
  "0000-06-01T12:00:00Z",
  "9999-12-31T23:59:59Z",
  "9999-12-31T23:59:59.999Z",
  "9999-12-31T20:00:00-05:00",
  "9999-12-31T23:59:59-23:59",
  "2024-02-29T23:59:60Z",
  "2025-06-15T10:00:00+02:00",
];
const AMOUNT_EDGES = ["999.999999999999", "0.000000000000", "999.000000000000", "500.000000000000", "0.000000000001", "1.000000000000"];

// Date.UTC reads years 0-99 as 1900-1999, so year 0 is set on its own.
const CALENDAR = { min: new Date(new Date(0).setUTCFullYear(0, 0, 1)), max: new Date("9999-12-31T23:59:59.999Z") };
const dateArb = fc.oneof(
  fc.constantFrom(...DATE_EDGES),
  fc.date({ ...CALENDAR, noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const dateTimeArb = fc.oneof(
  fc.constantFrom(...DATE_TIME_EDGES),
  fc
    .tuple(fc.date({ ...CALENDAR, noInvalidDate: true }), fc.constantFrom("Z", "+00:00", "-05:00", "+14:00", "-23:59", "+23:59"))
    .map(([d, zone]) => `${d.toISOString().slice(0, 19)}${zone}`),
);

/** Values for a property, by its JSON Schema; undefined for what the property test leaves alone (objects, arrays). */
function valueArb(schema: Json): fc.Arbitrary<unknown> | undefined {
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
  const nullable = types.includes("null");
  const orNull = (arb: fc.Arbitrary<unknown>) => (nullable ? fc.oneof(arb, fc.constant(null)) : arb);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if (types.includes("string")) {
    if (typeof schema.pattern === "string") {
      const re = new RegExp(schema.pattern, "u");
      const edges = AMOUNT_EDGES.filter((a) => re.test(a));
      const matching = fc.stringMatching(re);
      return orNull(edges.length > 0 ? fc.oneof(fc.constantFrom(...edges), matching) : matching);
    }
    if (schema.format === "date") return orNull(dateArb);
    if (schema.format === "date-time") return orNull(dateTimeArb);
    if (schema.format === "uuid") return orNull(fc.uuid());
    if (schema.format === "uri") return orNull(fc.webUrl());
    return orNull(fc.string({ maxLength: typeof schema.maxLength === "number" ? schema.maxLength : 20 }));
  }
  if (types.includes("integer")) {
    const min = typeof schema.minimum === "number" ? schema.minimum : Number.MIN_SAFE_INTEGER;
    const max = typeof schema.maximum === "number" ? schema.maximum : Number.MAX_SAFE_INTEGER;
    return orNull(fc.oneof(fc.constantFrom(min, max, 0), fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) })));
  }
  if (types.includes("number")) return orNull(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));
  if (types.includes("boolean")) return orNull(fc.boolean());
  return undefined;
}

interface Case {
  schema: string;
  factory: Factory;
  seed: number | string;
  overrides: Json;
}

/** A factory, a seed, and overrides drawn from each property's own schema. */
const caseFor = ([fakeName, factory]: [string, Factory]): fc.Arbitrary<Case> => {
  const schemaName = fakeName.slice("fake".length);
  const standard = (validators as unknown as Record<string, validators.GcoreStandardSchema<unknown>>)[`${schemaName}Schema`]!;
  const json = standard["~standard"].jsonSchema.output({ target: "draft-2020-12" }) as Json;
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const arbs = Object.fromEntries(
    Object.entries(properties).flatMap(([name, s]) => {
      const arb = valueArb(s);
      return arb ? [[name, arb]] : [];
    }),
  );
  const seed = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 12 }));
  return fc.record({
    schema: fc.constant(schemaName),
    factory: fc.constant(factory),
    seed,
    overrides: fc.record(arbs, { requiredKeys: [] }),
  });
};
// Half the cases on the invoice, whose business rules are the point; the rest on any factory.
const caseArb = fc.oneof(caseFor(factories.find(([name]) => name === "fakeErpInvoice")!), fc.constantFrom(...factories).chain(caseFor));

/** The overrides that are valid on their own: on an otherwise valid record, no error points into them. */
function validAlone(schema: string, seed: number | string, factory: Factory, overrides: Json): Json {
  const base = factory({ seed }) as Json;
  return Object.fromEntries(
    Object.entries(overrides).filter(([name, value]) =>
      problems(schema, { ...base, [name]: value }).every((e) => e.pointer !== `/${name}` && !e.pointer.startsWith(`/${name}/`)),
    ),
  );
}

describe("overrides", { timeout: 120_000 }, () => {
  it("any overrides valid on their own give a valid value, or the documented MockOverrideError naming overridden fields", () => {
    let thrown = 0;
    let built = 0;
    fc.assert(
      fc.property(caseArb, ({ schema, factory, seed, overrides: drawn }) => {
        const overrides = validAlone(schema, seed, factory, drawn);
        let value: Json;
        try {
          value = factory({ seed, overrides: overrides as never }) as Json;
        } catch (error) {
          if (!(error instanceof MockOverrideError)) throw error;
          thrown++;
          expect(error.fields.length).toBeGreaterThan(0);
          for (const field of error.fields) expect(Object.keys(overrides)).toContain(field);
          for (const field of error.fields) expect(error.message).toContain(field);
          return;
        }
        built++;
        expect(problems(schema, value), `${schema} seed ${String(seed)} overrides ${text(overrides)} -> ${text(value)}`).toEqual([]);
        for (const [name, v] of Object.entries(overrides)) expect(value[name], name).toEqual(v);
        if (schema === "ErpInvoice") {
          const amounts = ["amount_untaxed", "amount_tax", "amount_total"] as const;
          if (!amounts.every((a) => a in overrides)) {
            const [untaxed, tax, total] = amounts.map((a) => parseAmount(value[a] as string));
            expect(total, `${text(overrides)} -> ${text(value)}`).toBe(untaxed! + tax!);
          }
        }
      }),
      { numRuns: 1500 },
    );
    // Mostly values: an error is the exception, reserved for overrides that leave no valid value.
    expect(built).toBeGreaterThan(thrown);
  });

  it("amount overrides keep the total within the pattern, adjusting only the other fields", () => {
    const pattern = /^\d{1,3}\.\d{12}$/;
    for (let seed = 0; seed < 100; seed++) {
      const net = fakeErpInvoice({ seed, overrides: { amount_untaxed: "999.999999999999" } });
      expect(net.amount_untaxed).toBe("999.999999999999");
      expect(net.amount_total).toMatch(pattern);
      expect(parseAmount(net.amount_total)).toBe(parseAmount(net.amount_untaxed) + parseAmount(net.amount_tax));

      const tax = fakeErpInvoice({ seed, overrides: { amount_tax: "900.000000000000" } });
      expect(tax.amount_total).toMatch(pattern);
      expect(parseAmount(tax.amount_total)).toBe(parseAmount(tax.amount_untaxed) + parseAmount("900"));

      const total = fakeErpInvoice({ seed, overrides: { amount_total: "0.000000000001" } });
      expect(total.amount_total).toBe("0.000000000001");
      expect(parseAmount(total.amount_untaxed) + parseAmount(total.amount_tax)).toBe(1n);
      expect(problems("ErpInvoice", total)).toEqual([]);
    }
  });

  it("throws MockOverrideError naming the fields when the overrides leave no valid total", () => {
    const both = () => fakeErpInvoice({ seed: 1, overrides: { amount_untaxed: "600.000000000000", amount_tax: "500.000000000000" } });
    expect(both).toThrow(MockOverrideError);
    expect(both).toThrow(/amount_untaxed.*amount_tax.*amount_total/s);
    try {
      both();
    } catch (error) {
      expect((error as MockOverrideError).fields).toEqual(["amount_untaxed", "amount_tax"]);
    }
    const below = () => fakeErpInvoice({ seed: 1, overrides: { amount_untaxed: "5.000000000000", amount_total: "4.000000000000" } });
    expect(below).toThrow(MockOverrideError);
    expect(below).toThrow(/amount_untaxed.*amount_total/s);
  });

  it("keeps date arithmetic within years 0001-9999 at the calendar's edges", () => {
    const calendarDate = /^(?!0000)\d{4}-\d{2}-\d{2}$/;
    for (let seed = 0; seed < 100; seed++) {
      const first = fakeErpInvoice({ seed, nullShare: 0, overrides: { invoice_date_due: "0001-01-01", billing_period_to: "0001-01-31" } });
      expect(first.invoice_date).toMatch(calendarDate);
      expect(first.invoice_date! <= "0001-01-01").toBe(true);
      expect(first.billing_period_from! <= "0001-01-31").toBe(true);
      expect(first.billing_period_from).toMatch(calendarDate);
      expect(problems("ErpInvoice", first)).toEqual([]);

      const last = fakeErpInvoice({ seed, nullShare: 0, overrides: { invoice_date: "9999-12-31", billing_period_from: "9999-12-01" } });
      expect(last.invoice_date_due).toBe("9999-12-31");
      expect(last.billing_period_to! >= "9999-12-01").toBe(true);
      expect(last.billing_period_to).toMatch(calendarDate);
      expect(problems("ErpInvoice", last)).toEqual([]);

      const late = fakeErpInvoice({ seed, overrides: { created_at: "9999-12-31T23:59:59Z" } });
      expect(late.updated_at).toBe("9999-12-31T23:59:59Z");
      const early = fakeErpInvoice({ seed, overrides: { updated_at: "0001-01-01T00:00:00Z" } });
      expect(early.created_at).toBe("0001-01-01T00:00:00Z");

      const range = fakeDateTimeTZRange({ seed, nullShare: 0, optionalShare: 1, overrides: { end: "0001-01-02T00:00:00Z" } });
      expect(range.start! >= "0001-01-01T00:00:00Z" && range.start! <= "0001-01-02T00:00:00Z").toBe(true);
      expect(problems("DateTimeTZRange", range)).toEqual([]);
    }
  });

  it("throws MockOverrideError when a date override leaves its partner no date in years 0001-9999", () => {
    // 23:00 on 9999-12-31 at -05:00 is already year 10000 in UTC: nothing after it can be written in 0001-9999.
    const after = () => fakeErpInvoice({ seed: 1, overrides: { created_at: "9999-12-31T23:00:00-05:00" } });
    expect(after).toThrow(MockOverrideError);
    expect(after).toThrow(/created_at.*updated_at/s);
    const before = () => fakeErpInvoice({ seed: 1, nullShare: 0, overrides: { invoice_date_due: "0000-06-01" } });
    expect(before).toThrow(MockOverrideError);
    expect(before).toThrow(/invoice_date_due.*invoice_date/s);
  });
});
