/**
 * Per-record validators for the side-by-side benchmark, each built from the
 * same ErpInvoice schema: ours (generated ahead of time), ajv + ajv-formats
 * "full" and "fast" compiled at run time, @exodus/schemasafe, and zod 4
 * written by hand the way an application would.
 */
import { validator as schemasafe } from "@exodus/schemasafe";
import { DEFAULT_SPEC, loadSpec, normalise } from "@gcore-billing/codegen";
import { ErpInvoiceValidator } from "@gcore-billing/validators";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { z } from "zod";

export type Check = (record: unknown) => boolean;

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
type AddFormats = (ajv: Ajv2020, options: { mode: "full" | "fast" }) => Ajv2020;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** The schema exactly as the generator compiled it (nullable rewritten, OpenAPI-only keywords dropped). */
export function erpInvoiceSchema(): Record<string, unknown> {
  const model = normalise(loadSpec(DEFAULT_SPEC));
  return model.validationSchemas.ErpInvoiceExternal as Record<string, unknown>;
}

function ajvWith(mode: "full" | "fast", schema: Record<string, unknown>): Check {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv, { mode });
  return ajv.compile(schema) as Check;
}

function zodErpInvoice(): Check {
  const amount = z.string().regex(/^\d{1,3}\.\d{12}$/);
  const date = z.iso.date().nullable();
  const stamp = z.iso.datetime({ offset: true });
  const schema = z.looseObject({
    id: z.int(),
    name: z.string(),
    move_type: z.enum(["out_invoice", "out_refund"]),
    currency: z.string(),
    invoice_date: date,
    invoice_date_due: date,
    billing_period_from: date,
    billing_period_to: date,
    amount_untaxed: amount,
    amount_tax: amount,
    amount_total: amount,
    payment_state: z.enum(["not_paid", "paid", "partial", "reversed", "in_payment"]),
    client_id: z.int().min(-2147483648).max(2147483647),
    // z.int() stops at 2^53; the schema's plain `integer` allows any whole number.
    payer_id: z.number().refine(Number.isInteger),
    invoice_id: z.number().refine(Number.isInteger).nullable(),
    created_at: stamp,
    updated_at: stamp,
  });
  return (record) => schema.safeParse(record).success;
}

export function contenders(): { name: string; check: Check }[] {
  const schema = erpInvoiceSchema();
  return [
    { name: "ours (@gcore-billing/validators)", check: ErpInvoiceValidator.check },
    { name: "ajv + ajv-formats full", check: ajvWith("full", schema) },
    { name: "ajv + ajv-formats fast", check: ajvWith("fast", schema) },
    { name: "@exodus/schemasafe", check: schemasafe(schema as never, { mode: "default", includeErrors: false }) as Check },
    { name: "zod 4", check: zodErpInvoice() },
  ];
}
