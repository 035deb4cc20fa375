// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  ThingValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const ThingJsonSchema = {
  "type": "object",
  "properties": {
    "move_type": { "type": "string", "enum": ["out_invoice", "out_refund"] },
    "level": { "type": "integer", "enum": [1, 2, 3] },
    "maybe": { "type": ["string", "null"], "enum": ["x", "y", null] }
  }
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Thing`. */
export const ThingSchema: GcoreStandardSchema<T.Thing> = /* @__PURE__ */ createStandardSchema(ThingValidator, () => ({
  root: ThingJsonSchema,
  defs: {},
}));
