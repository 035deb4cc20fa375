// Checked by `tsc` (the package's typecheck script) and by `vitest --typecheck`: a wrong type fails to compile.

import type { ErpInvoice, PaginatedErpInvoiceExternalList } from "@gcore-billing/types";
import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import { expectTypeOf, test } from "vitest";
import { ErpInvoiceSchema, type PaginatedErpInvoiceExternalListSchema } from "../src/index.js";

test("InferOutput and InferInput of the real @standard-schema/spec give the generated types", () => {
  expectTypeOf<StandardSchemaV1.InferOutput<typeof ErpInvoiceSchema>>().toEqualTypeOf<ErpInvoice>();
  expectTypeOf<StandardSchemaV1.InferInput<typeof ErpInvoiceSchema>>().toEqualTypeOf<ErpInvoice>();
  expectTypeOf<
    StandardSchemaV1.InferOutput<typeof PaginatedErpInvoiceExternalListSchema>
  >().toEqualTypeOf<PaginatedErpInvoiceExternalList>();
  expectTypeOf<StandardSchemaV1.InferOutput<typeof ErpInvoiceSchema>>().not.toEqualTypeOf<PaginatedErpInvoiceExternalList>();
});

test("the schemas are Standard Schema and Standard JSON Schema values as the spec package defines them", () => {
  expectTypeOf(ErpInvoiceSchema).toExtend<StandardSchemaV1<ErpInvoice, ErpInvoice>>();
  expectTypeOf(ErpInvoiceSchema).toExtend<StandardJSONSchemaV1<ErpInvoice, ErpInvoice>>();
  const result = ErpInvoiceSchema["~standard"].validate({});
  // Synchronous: no Promise in the result type.
  expectTypeOf(result).not.toExtend<Promise<unknown>>();
  if (result.issues === undefined) expectTypeOf(result.value).toEqualTypeOf<ErpInvoice>();
  else expectTypeOf(result.issues[0]!.keyword).toEqualTypeOf<string>();
});
