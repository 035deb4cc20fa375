// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: readonly.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: cd81dffb3618ce659fe224a653161c71148b0873358ea90802319efe2f67dc7f
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  InvoiceValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const InvoiceJsonSchema = {
  "type": "object",
  "required": ["id", "name"],
  "properties": { "id": { "type": "integer" }, "name": { "type": "string" }, "secret": { "type": "string" } }
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Invoice`. */
export const InvoiceSchema: GcoreStandardSchema<T.Invoice> = /* @__PURE__ */ createStandardSchema(InvoiceValidator, () => ({
  root: InvoiceJsonSchema,
  defs: {},
}));
