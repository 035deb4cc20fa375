// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  WidgetValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const WidgetJsonSchema = { "type": "object", "properties": { "id": { "type": "integer" }, "name": { "type": "string" } } };

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Widget`. */
export const WidgetSchema: GcoreStandardSchema<T.Widget> = /* @__PURE__ */ createStandardSchema(WidgetValidator, () => ({
  root: WidgetJsonSchema,
  defs: {},
}));
