import { readFileSync } from "node:fs";
import { dataPath, seedInvoice } from "@gcore-billing/test-fixtures";
import { describe, expect, it } from "vitest";
import { assertErpInvoice, isErpInvoice, schemaValidators, ValidationError, validateErpInvoice } from "../src/index.js";

describe("ErpInvoice", () => {
  it("starts from the seed page's example, its placeholders made concrete", () => {
    const page = readFileSync(dataPath("seed/erp-invoices-retrieve.txt"), "utf8");
    const start = page.indexOf("{\n");
    const example = JSON.parse(page.slice(start, page.indexOf("\n}", start) + 2)) as Record<string, unknown>;
    const invoice: Record<string, unknown> = seedInvoice();
    for (const [field, value] of Object.entries(example)) {
      if (value !== "<string>") expect(invoice[field], field).toEqual(value);
    }
    expect(Object.keys(invoice).sort()).toEqual(Object.keys(example).sort());
  });

  it("accepts the seed page's invoice", () => {
    const invoice = seedInvoice();
    expect(validateErpInvoice(invoice)).toEqual({ valid: true, value: invoice });
    expect(isErpInvoice(invoice)).toBe(true);
    expect(() => assertErpInvoice(invoice)).not.toThrow();
  });

  it("accepts null in every nullable field", () => {
    const invoice = {
      ...seedInvoice(),
      invoice_date: null,
      invoice_date_due: null,
      billing_period_from: null,
      billing_period_to: null,
      invoice_id: null,
    };
    expect(validateErpInvoice(invoice).valid).toBe(true);
  });

  // [name, { given: mutation, want: first error }]
  const mutations: [string, { given: Record<string, unknown>; want: { pointer: string; keyword: string } }][] = [
    ["id must be an integer", { given: { id: 1.5 }, want: { pointer: "/id", keyword: "type" } }],
    ["id must not be null", { given: { id: null }, want: { pointer: "/id", keyword: "type" } }],
    ["name must be a string", { given: { name: 7 }, want: { pointer: "/name", keyword: "type" } }],
    ["move_type is an enum", { given: { move_type: "in_invoice" }, want: { pointer: "/move_type", keyword: "enum" } }],
    ["currency must be a string", { given: { currency: null }, want: { pointer: "/currency", keyword: "type" } }],
    ["invoice_date must be a date", { given: { invoice_date: "2023-02-30" }, want: { pointer: "/invoice_date", keyword: "format" } }],
    [
      "invoice_date_due must be a date",
      { given: { invoice_date_due: "25/12/2023" }, want: { pointer: "/invoice_date_due", keyword: "format" } },
    ],
    [
      "billing_period_from is a date, not a date-time",
      { given: { billing_period_from: "2023-12-25T00:00:00Z" }, want: { pointer: "/billing_period_from", keyword: "format" } },
    ],
    [
      "billing_period_to must be a string or null",
      { given: { billing_period_to: 20231225 }, want: { pointer: "/billing_period_to", keyword: "type" } },
    ],
    ["amount_untaxed needs 12 decimals", { given: { amount_untaxed: "100.00" }, want: { pointer: "/amount_untaxed", keyword: "pattern" } }],
    ["amount_tax is a string, not a number", { given: { amount_tax: 20 }, want: { pointer: "/amount_tax", keyword: "type" } }],
    [
      "amount_total has at most 3 integer digits",
      { given: { amount_total: "1000.000000000000" }, want: { pointer: "/amount_total", keyword: "pattern" } },
    ],
    ["payment_state is an enum", { given: { payment_state: "refunded" }, want: { pointer: "/payment_state", keyword: "enum" } }],
    ["client_id is int32", { given: { client_id: 2147483648 }, want: { pointer: "/client_id", keyword: "maximum" } }],
    ["client_id lower bound", { given: { client_id: -2147483649 }, want: { pointer: "/client_id", keyword: "minimum" } }],
    ["payer_id must be an integer", { given: { payer_id: "123" }, want: { pointer: "/payer_id", keyword: "type" } }],
    ["invoice_id must be an integer or null", { given: { invoice_id: "x" }, want: { pointer: "/invoice_id", keyword: "type" } }],
    ["created_at must be a date-time", { given: { created_at: "2023-11-07" }, want: { pointer: "/created_at", keyword: "format" } }],
    ["updated_at needs an offset", { given: { updated_at: "2023-11-07T05:31:56" }, want: { pointer: "/updated_at", keyword: "format" } }],
  ];

  it.each(mutations)("%s", (_name, { given, want }) => {
    const result = validateErpInvoice({ ...seedInvoice(), ...given });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.errors[0]).toMatchObject(want);
    expect(result.errors[0]!.message).not.toBe("");
  });

  it.each(Object.keys(seedInvoice()))("%s is required", (field) => {
    const invoice: Record<string, unknown> = seedInvoice();
    delete invoice[field];
    const result = validateErpInvoice(invoice);
    expect(result).toEqual({
      valid: false,
      errors: [{ pointer: `/${field}`, keyword: "required", message: `must have required property '${field}'` }],
    });
  });

  it("lists every problem, not only the first", () => {
    const result = validateErpInvoice({ ...seedInvoice(), amount_tax: "x", payment_state: "nope", invoice_date: "2023-13-01" });
    expect(result.valid ? [] : result.errors.map((e) => e.pointer).sort()).toEqual(["/amount_tax", "/invoice_date", "/payment_state"]);
    expect(() => assertErpInvoice({ ...seedInvoice(), amount_tax: "x", payment_state: "nope" })).toThrow(ValidationError);
    try {
      assertErpInvoice({ ...seedInvoice(), amount_tax: "x", payment_state: "nope" });
    } catch (error) {
      expect((error as ValidationError).errors).toHaveLength(2);
      expect((error as Error).message).toContain("/payment_state");
    }
  });

  it("judges __proto__ and constructor keys on own properties", () => {
    const hostile = JSON.parse('{"__proto__": {"id": 1}, "constructor": 5}');
    const result = validateErpInvoice(hostile);
    expect(result.valid).toBe(false);
    expect(result.valid ? 0 : result.errors.filter((e) => e.keyword === "required")).toHaveLength(17);
  });

  it("is reachable by schema name and by export name", () => {
    expect(schemaValidators.ErpInvoice).toBe(schemaValidators.ErpInvoiceExternal);
    expect(schemaValidators.ErpInvoice!.check(seedInvoice())).toBe(true);
  });
});
