// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.0.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: 2a5268d6b4cd509b548257154ad45bcef0bc03c1b79745db5add6ac8a76219ca
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
  "required": ["name", "note", "ref"],
  "properties": {
    "name": { "type": "string" },
    "note": { "type": ["string", "null"] },
    "ref": { "anyOf": [{ "allOf": [{ "$ref": "#/$defs/Other" }] }, { "type": "null" }] },
    "score": { "type": "number", "exclusiveMinimum": 0 }
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
