// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: example-refs.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: dd09d2670b03c27e5d885ee640faf5fc47ba719e9a4a4110a81b4f73c7af2ef8
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

/** Validates `components.schemas.Other`. */
export const OtherValidator: Validator<T.Other> = createValidator("Other", standalone.schema_Other);
export const validateOther = OtherValidator.validate;
export const isOther: (data: unknown) => data is T.Other = OtherValidator.is;
export const assertOther: (data: unknown) => asserts data is T.Other = OtherValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "Thing": ThingValidator,
  "Other": OtherValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
  "v1_things_create": {
    "201": createValidator("v1_things_create 201 response", standalone.response_v1_things_create_201),
  },
};
