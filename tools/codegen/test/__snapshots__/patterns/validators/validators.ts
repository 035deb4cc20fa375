// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: patterns.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 5fe53f452faeeb0d90eb83aad25666ef6ee28b31eca57f448102d1d9bba4ab70
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.Patterns`. */
export const PatternsValidator: Validator<T.Patterns> = createValidator("Patterns", standalone.schema_0);
export const validatePatterns = PatternsValidator.validate;
export const isPatterns: (data: unknown) => data is T.Patterns = PatternsValidator.is;
export const assertPatterns: (data: unknown) => asserts data is T.Patterns = PatternsValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = {
  "Patterns": PatternsValidator,
};

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
};
