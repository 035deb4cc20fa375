// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: unknown-format.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6f4de0151ba1040f5bc05bb61bcbbfaa06e743b1f5bc6eb546c7f93369fe72a1
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.Net`. */
export const NetValidator: Validator<T.Net> = createValidator("Net", standalone.schema_Net);
export const validateNet = NetValidator.validate;
export const isNet: (data: unknown) => data is T.Net = NetValidator.is;
export const assertNet: (data: unknown) => asserts data is T.Net = NetValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "Net": NetValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
};
