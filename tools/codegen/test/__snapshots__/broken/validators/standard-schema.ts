// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: broken.yaml (OpenAPI 3.0, info.version 1)
// sha256: d2ff609f7475f01480dda64992be115a7f7ec106c0e0490f0c1c47894f2940db
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
  "required": ["id", "name"],
  "properties": {
    "id": { "type": "integer" },
    "name": { "type": "string" },
    "upload": {},
    "size": { "type": "integer" }
  }
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Thing`. */
export const ThingSchema: GcoreStandardSchema<T.Thing> = /* @__PURE__ */ createStandardSchema(ThingValidator, () => ({
  root: ThingJsonSchema,
  defs: {},
}));
