// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
  "v1_items_retrieve": {
    "200": createValidator("v1_items_retrieve 200 response", standalone.response_v1_items_retrieve_200),
  },
};
