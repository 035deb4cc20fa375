// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: composition.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: ab1ec56c8e7da3298fc4431184a9d5624c38d99b8ae96214109726398eb8b55f
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.Base`. */
export const BaseValidator: Validator<T.Base> = createValidator("Base", standalone.schema_Base);
export const validateBase = BaseValidator.validate;
export const isBase: (data: unknown) => data is T.Base = BaseValidator.is;
export const assertBase: (data: unknown) => asserts data is T.Base = BaseValidator.assert;

/** Validates `components.schemas.Named`. */
export const NamedValidator: Validator<T.Named> = createValidator("Named", standalone.schema_Named);
export const validateNamed = NamedValidator.validate;
export const isNamed: (data: unknown) => data is T.Named = NamedValidator.is;
export const assertNamed: (data: unknown) => asserts data is T.Named = NamedValidator.assert;

/** Validates `components.schemas.Shape`. */
export const ShapeValidator: Validator<T.Shape> = createValidator("Shape", standalone.schema_Shape);
export const validateShape = ShapeValidator.validate;
export const isShape: (data: unknown) => data is T.Shape = ShapeValidator.is;
export const assertShape: (data: unknown) => asserts data is T.Shape = ShapeValidator.assert;

/** Validates `components.schemas.IdOrName`. */
export const IdOrNameValidator: Validator<T.IdOrName> = createValidator("IdOrName", standalone.schema_IdOrName);
export const validateIdOrName = IdOrNameValidator.validate;
export const isIdOrName: (data: unknown) => data is T.IdOrName = IdOrNameValidator.is;
export const assertIdOrName: (data: unknown) => asserts data is T.IdOrName = IdOrNameValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "Base": BaseValidator,
  "Named": NamedValidator,
  "Shape": ShapeValidator,
  "IdOrName": IdOrNameValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
};
