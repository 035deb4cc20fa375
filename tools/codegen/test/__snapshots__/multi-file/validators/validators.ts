// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.Owner`. */
export const OwnerValidator: Validator<T.Owner> = createValidator("Owner", standalone.schema_Owner);
export const validateOwner = OwnerValidator.validate;
export const isOwner: (data: unknown) => data is T.Owner = OwnerValidator.is;
export const assertOwner: (data: unknown) => asserts data is T.Owner = OwnerValidator.assert;

/** Validates `components.schemas.kind`. */
export const KindValidator: Validator<T.Kind> = createValidator("Kind", standalone.schema_Kind);
export const validateKind = KindValidator.validate;
export const isKind: (data: unknown) => data is T.Kind = KindValidator.is;
export const assertKind: (data: unknown) => asserts data is T.Kind = KindValidator.assert;

/** Validates `components.schemas.Pet`. */
export const PetValidator: Validator<T.Pet> = createValidator("Pet", standalone.schema_Pet);
export const validatePet = PetValidator.validate;
export const isPet: (data: unknown) => data is T.Pet = PetValidator.is;
export const assertPet: (data: unknown) => asserts data is T.Pet = PetValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "Owner": OwnerValidator,
  "Kind": KindValidator,
  "kind": KindValidator,
  "Pet": PetValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
  "v1_pets_list": {
    "200": createValidator("v1_pets_list 200 response", standalone.response_v1_pets_list_200),
  },
};
