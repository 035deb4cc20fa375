// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
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
  "v1_things_list": {
    "200": createValidator("v1_things_list 200 response", standalone.response_v1_things_list_200),
  },
};
