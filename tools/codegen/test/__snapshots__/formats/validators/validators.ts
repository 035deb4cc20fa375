// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: formats.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6ab268ce2c2f4d566bebb74e3d0456ef525e100fdfe6afec02b78da8bb90c5d5
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.Formats`. */
export const FormatsValidator: Validator<T.Formats> = createValidator("Formats", standalone.schema_Formats);
export const validateFormats = FormatsValidator.validate;
export const isFormats: (data: unknown) => data is T.Formats = FormatsValidator.is;
export const assertFormats: (data: unknown) => asserts data is T.Formats = FormatsValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "Formats": FormatsValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
};
