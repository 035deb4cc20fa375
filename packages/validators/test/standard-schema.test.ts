import { seedInvoice } from "@gcore-billing/test-fixtures";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as validators from "../src/index.js";
import {
  ErpInvoiceSchema,
  formats,
  type GcoreStandardSchema,
  PaginatedErpInvoiceExternalListSchema,
  pointerToPath,
  schemaValidators,
  validateErpInvoice,
} from "../src/index.js";

type AnySchema = GcoreStandardSchema<unknown>;
const standardSchemas = Object.entries(validators).filter(([name]) => name.endsWith("Schema") && name !== "createStandardSchema") as [
  string,
  AnySchema,
][];

const withFormats = <A extends Ajv | Ajv2020>(ajv: A): A => {
  for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check as (value: string) => boolean);
  return ajv;
};

describe("Standard Schema v1", () => {
  it("exists for every component schema, with version 1 and our vendor", () => {
    const exportNames = new Set(Object.values(schemaValidators).map((v) => v.name));
    expect(standardSchemas.map(([name]) => name.replace(/Schema$/, "")).sort()).toEqual([...exportNames].sort());
    for (const [name, schema] of standardSchemas) {
      expect(schema["~standard"].version, name).toBe(1);
      expect(schema["~standard"].vendor, name).toBe("gcore-billing");
    }
  });

  it("returns the same object, untouched, for a valid invoice, synchronously", () => {
    const invoice = seedInvoice();
    const result = ErpInvoiceSchema["~standard"].validate(invoice);
    expect(result).not.toBeInstanceOf(Promise);
    expect(result.issues).toBeUndefined();
    expect("value" in result && result.value).toBe(invoice);
  });

  it("reports each problem with message, path segments, pointer and keyword", () => {
    const result = ErpInvoiceSchema["~standard"].validate({ ...seedInvoice(), amount_tax: "1.5", name: undefined });
    expect(result.issues).toEqual([
      { message: "must have required property 'name'", path: ["name"], pointer: "/name", keyword: "required" },
      { message: 'must match pattern "^\\d{1,3}\\.\\d{12}$"', path: ["amount_tax"], pointer: "/amount_tax", keyword: "pattern" },
    ]);
  });

  it("uses numbers for array indexes in paths, strings for object keys", () => {
    const page = {
      count: 2,
      next: null,
      previous: null,
      results: [
        { ...seedInvoice(), name: undefined },
        { ...seedInvoice(), amount_tax: 3 },
      ],
    };
    const result = PaginatedErpInvoiceExternalListSchema["~standard"].validate(page);
    expect(result.issues?.map((i) => i.path)).toEqual([
      ["results", 0, "name"],
      ["results", 1, "amount_tax"],
    ]);
    expect(result.issues?.map((i) => i.keyword)).toEqual(["required", "type"]);
    // An object key that looks like a number stays a string; escaped pointer tokens are decoded.
    expect(pointerToPath("/a~1b/0/c~0d", { "a/b": { 0: { "c~d": 1 } } })).toEqual(["a/b", "0", "c~d"]);
    expect(pointerToPath("/x/10", { x: Array(11).fill(0) })).toEqual(["x", 10]);
    expect(pointerToPath("", {})).toEqual([]);
  });

  it("agrees with the plain validator on every schema for hostile values", { timeout: 60_000 }, () => {
    const value = fc.oneof(
      fc.anything(),
      fc.record({ count: fc.anything(), results: fc.array(fc.anything()) }),
      fc.constant(seedInvoice()),
    );
    fc.assert(
      fc.property(value, (v) => {
        for (const [name, schema] of standardSchemas) {
          const verdict = schemaValidators[name.replace(/Schema$/, "")]!.check(v);
          const result = schema["~standard"].validate(v);
          if (verdict !== (result.issues === undefined)) return false;
          if (!verdict && result.issues!.length === 0) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("keeps one issue per validator error, pointer for pointer", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.record(
          { amount_tax: fc.anything(), payment_state: fc.anything(), invoice_date: fc.anything(), client_id: fc.anything() },
          {
            requiredKeys: [],
          },
        ),
        (patch) => {
          const invoice = { ...seedInvoice(), ...patch };
          const plain = validateErpInvoice(invoice);
          const standard = ErpInvoiceSchema["~standard"].validate(invoice);
          const pointers = plain.valid ? [] : plain.errors.map((e) => e.pointer);
          expect(standard.issues?.map((i) => i.pointer) ?? []).toEqual(pointers);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("Standard JSON Schema v1", () => {
  const json = (target: string) => ErpInvoiceSchema["~standard"].jsonSchema.input({ target });

  it("gives the draft 2020-12 schema, which another ajv judges exactly as the compiled validator", () => {
    const schema = PaginatedErpInvoiceExternalListSchema["~standard"].jsonSchema.output({ target: "draft-2020-12" });
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.$defs as object)).toEqual(["ErpInvoiceExternal"]);
    const check = withFormats(new Ajv2020({ allErrors: true })).compile(schema);
    const samples = [
      { count: 1, results: [seedInvoice()] },
      { count: 1, results: [{ ...seedInvoice(), invoice_date: "2023-02-30" }] },
      { count: 1, results: [{ ...seedInvoice(), amount_total: "1000.000000000000" }] },
      { count: "1", results: [] },
      { count: 0, results: [], next: 7 },
    ];
    expect(samples.map((s) => check(s))).toEqual(samples.map((s) => schemaValidators.PaginatedErpInvoiceExternalList!.check(s)));
    expect(samples.map((s) => check(s))).toEqual([true, false, false, false, false]);
  });

  it("stands alone for every component: each draft-2020-12 and draft-07 schema compiles with its own $defs", { timeout: 60_000 }, () => {
    for (const [name, schema] of standardSchemas) {
      const modern = schema["~standard"].jsonSchema.input({ target: "draft-2020-12" });
      expect(() => withFormats(new Ajv2020({ strict: false })).compile(modern), name).not.toThrow();
      const draft07 = schema["~standard"].jsonSchema.input({ target: "draft-07" });
      expect(JSON.stringify(draft07), name).not.toContain("$defs");
      expect(() => withFormats(new Ajv({ strict: false })).compile(draft07), name).not.toThrow();
    }
  });

  it("gives OpenAPI 3.0 with `nullable` instead of a null type, and nothing else changed", () => {
    const openapi = json("openapi-3.0") as { $schema?: string; properties: Record<string, Record<string, unknown>> };
    expect(openapi.$schema).toBeUndefined();
    expect(openapi.properties.invoice_date).toEqual({ type: "string", nullable: true, format: "date" });
    expect(openapi.properties.amount_total).toEqual({ type: "string", pattern: "^\\d{1,3}\\.\\d{12}$" });
    for (const [name, schema] of standardSchemas) {
      const text = JSON.stringify(schema["~standard"].jsonSchema.input({ target: "openapi-3.0" }));
      expect(text, name).not.toMatch(/"type":\[/);
      expect(text, name).not.toContain('"null"');
    }
    // Undoing `nullable` gives back the 2020-12 schema exactly.
    const undo = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(undo);
      if (typeof node !== "object" || node === null) return node;
      const { nullable, ...rest } = node as Record<string, unknown>;
      const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, k === "enum" || k === "required" ? v : undo(v)]));
      if (nullable === true) out.type = [out.type, "null"];
      return out;
    };
    const { $schema: _, ...modern } = json("draft-2020-12");
    expect(undo(openapi)).toEqual(modern);
  });

  it("throws for a target it does not support, naming the ones it does", () => {
    expect(() => json("draft-04")).toThrow(/unsupported JSON Schema target "draft-04".*draft-2020-12, draft-07, openapi-3.0/);
  });

  it("hands out a fresh copy each time", () => {
    const first = json("draft-2020-12") as { properties: Record<string, unknown> };
    delete first.properties.amount_total;
    expect((json("draft-2020-12") as { properties: Record<string, unknown> }).properties.amount_total).toBeDefined();
  });
});
