// Type-checked with tsc: the Standard Schema types flow into tRPC and Hono as another team would see them.

import type { ErpInvoice } from "@gcore-billing/types";
import { ErpInvoiceSchema } from "@gcore-billing/validators";
import { sValidator } from "@hono/standard-validator";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { initTRPC } from "@trpc/server";
import { Hono } from "hono";

export const sameType: ErpInvoice = {} as StandardSchemaV1.InferOutput<typeof ErpInvoiceSchema>;

const t = initTRPC.create();
export const router = t.router({
  total: t.procedure.input(ErpInvoiceSchema).query(({ input }) => {
    const total: string = input.amount_total;
    // @ts-expect-error amount_total is a decimal string, not a number
    const wrong: number = input.amount_total;
    return [total, wrong];
  }),
});

export const app = new Hono().post("/", sValidator("json", ErpInvoiceSchema), (c) => {
  const state: ErpInvoice["payment_state"] = c.req.valid("json").payment_state;
  // @ts-expect-error payment_state is an enum, not any string
  const other: "refunded" = c.req.valid("json").payment_state;
  return c.text(`${state}${other}`);
});
