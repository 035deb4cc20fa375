// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: refs.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0d2301c4a39e4c6969377f1350ec2cd2bd3601a198b95f562298be5029ce34f
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.Node`. */
export const NodeValidator: Validator<T.Node> = createValidator("Node", standalone.schema_Node);
export const validateNode = NodeValidator.validate;
export const isNode: (data: unknown) => data is T.Node = NodeValidator.is;
export const assertNode: (data: unknown) => asserts data is T.Node = NodeValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "Node": NodeValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
};
