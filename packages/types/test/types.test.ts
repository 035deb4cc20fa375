import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { parse } from "yaml";
import {
  type components,
  type ErpInvoice,
  type ErpInvoiceMoveType,
  ErpInvoiceMoveTypeValues,
  ErpInvoicePaymentStateValues,
  ErpInvoicesListOrderByValues,
  type operations,
  type paths,
  schemaNames,
  specSha256,
  specVersion,
} from "../src/index.js";

const SPEC_FILE = resolve(import.meta.dirname, "../../../spec/billing_reseller_api.yaml");
const spec = parse(readFileSync(SPEC_FILE, "utf8"));
const erp = spec.components.schemas.ErpInvoiceExternal;

describe("@gcore-billing/types", () => {
  // [name, { given: exported array, want: the spec's enum }]
  const enums: [string, { given: readonly unknown[]; want: unknown[] }][] = [
    ["ErpInvoice.move_type", { given: ErpInvoiceMoveTypeValues, want: erp.properties.move_type.enum }],
    ["ErpInvoice.payment_state", { given: ErpInvoicePaymentStateValues, want: erp.properties.payment_state.enum }],
    [
      "erp-invoices list order_by",
      {
        given: ErpInvoicesListOrderByValues,
        want: spec.paths["/billing/org/v1/erp-invoices"].get.parameters.find((p: { name: string }) => p.name === "order_by").schema.items
          .enum,
      },
    ],
  ];
  it.each(enums)("exports the values of %s as written in the spec", (_name, { given, want }) => {
    expect([...given]).toEqual(want);
  });

  it("maps every component schema to an exported name", () => {
    expect(Object.keys(schemaNames).sort()).toEqual(Object.keys(spec.components.schemas).sort());
    expect(schemaNames.ErpInvoiceExternal).toBe("ErpInvoice");
  });

  it("carries the spec version it was generated from", () => {
    expect(specVersion).toBe(spec.info.version);
    expect(specSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  // Checked by `tsc` (the typecheck task includes test/), not at run time.
  it("types ErpInvoice as the spec describes it", () => {
    expectTypeOf<ErpInvoice>().toEqualTypeOf<components["schemas"]["ErpInvoiceExternal"]>();
    expectTypeOf<ErpInvoice["invoice_date"]>().toEqualTypeOf<string | null>();
    expectTypeOf<ErpInvoice["amount_total"]>().toEqualTypeOf<string>();
    expectTypeOf<ErpInvoice["invoice_id"]>().toEqualTypeOf<number | null>();
    expectTypeOf<ErpInvoice["move_type"]>().toEqualTypeOf<ErpInvoiceMoveType>();
    expectTypeOf<
      paths["/billing/org/v1/erp-invoices/{id}"]["get"]["responses"][200]["content"]["application/json"]
    >().toEqualTypeOf<ErpInvoice>();
    expectTypeOf<operations["v1_erp_invoices_retrieve"]["parameters"]["path"]["id"]>().toEqualTypeOf<number>();
  });
});
