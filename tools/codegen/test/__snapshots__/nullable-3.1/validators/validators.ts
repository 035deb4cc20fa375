// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.1.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0362799e7a6562f227156dd643f8c063c7fb4ac8f024a46383f3bfa92350224
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.Thing`. */
export const ThingValidator: Validator<T.Thing> = createValidator("Thing", standalone.schema_Thing);
export const validateThing = ThingValidator.validate;
export const isThing: (data: unknown) => data is T.Thing = ThingValidator.is;
export const assertThing: (data: unknown) => asserts data is T.Thing = ThingValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "Thing": ThingValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
};
