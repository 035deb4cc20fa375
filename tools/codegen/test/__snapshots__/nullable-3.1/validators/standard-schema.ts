// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.1.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0362799e7a6562f227156dd643f8c063c7fb4ac8f024a46383f3bfa92350224
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
  "required": ["a", "b", "c"],
  "properties": {
    "a": { "type": ["string", "null"], "format": "date" },
    "b": { "type": ["string", "null"] },
    "c": { "type": "integer" }
  }
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Thing`. */
export const ThingSchema: GcoreStandardSchema<T.Thing> = /* @__PURE__ */ createStandardSchema(ThingValidator, () => ({
  root: ThingJsonSchema,
  defs: {},
}));
