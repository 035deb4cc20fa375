// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: readonly.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: cd81dffb3618ce659fe224a653161c71148b0873358ea90802319efe2f67dc7f
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.Invoice`. */
export const InvoiceValidator: Validator<T.Invoice> = createValidator("Invoice", standalone.schema_Invoice);
export const validateInvoice = InvoiceValidator.validate;
export const isInvoice: (data: unknown) => data is T.Invoice = InvoiceValidator.is;
export const assertInvoice: (data: unknown) => asserts data is T.Invoice = InvoiceValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "Invoice": InvoiceValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
};
