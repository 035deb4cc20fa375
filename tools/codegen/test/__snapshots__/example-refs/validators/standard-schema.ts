// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: example-refs.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: dd09d2670b03c27e5d885ee640faf5fc47ba719e9a4a4110a81b4f73c7af2ef8
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  ThingValidator,
  OtherValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const ThingJsonSchema = {
  "type": "object",
  "properties": {
    "example": { "$ref": "#/$defs/Other" },
    "config": { "type": "object", "default": { "$ref": "#/default/is/data" } }
  }
};

const OtherJsonSchema = { "type": "object", "properties": { "id": { "type": "integer" } } };

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Thing`. */
export const ThingSchema: GcoreStandardSchema<T.Thing> = /* @__PURE__ */ createStandardSchema(ThingValidator, () => ({
  root: ThingJsonSchema,
  defs: { "Other": OtherJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Other`. */
export const OtherSchema: GcoreStandardSchema<T.Other> = /* @__PURE__ */ createStandardSchema(OtherValidator, () => ({
  root: OtherJsonSchema,
  defs: {},
}));
