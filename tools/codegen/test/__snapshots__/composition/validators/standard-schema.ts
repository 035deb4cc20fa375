// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: composition.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: ab1ec56c8e7da3298fc4431184a9d5624c38d99b8ae96214109726398eb8b55f
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  BaseValidator,
  NamedValidator,
  ShapeValidator,
  IdOrNameValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const BaseJsonSchema = { "type": "object", "required": ["id"], "properties": { "id": { "type": "integer" } } };

const NamedJsonSchema = {
  "allOf": [
    { "$ref": "#/$defs/Base" },
    { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" } } }
  ]
};

const ShapeJsonSchema = {
  "oneOf": [
    {
      "type": "object",
      "required": ["radius"],
      "properties": { "radius": { "type": "number" } },
      "additionalProperties": false
    },
    {
      "type": "object",
      "required": ["side"],
      "properties": { "side": { "type": "number" } },
      "additionalProperties": false
    }
  ]
};

const IdOrNameJsonSchema = { "anyOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }] };

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Base`. */
export const BaseSchema: GcoreStandardSchema<T.Base> = /* @__PURE__ */ createStandardSchema(BaseValidator, () => ({
  root: BaseJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Named`. */
export const NamedSchema: GcoreStandardSchema<T.Named> = /* @__PURE__ */ createStandardSchema(NamedValidator, () => ({
  root: NamedJsonSchema,
  defs: { "Base": BaseJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Shape`. */
export const ShapeSchema: GcoreStandardSchema<T.Shape> = /* @__PURE__ */ createStandardSchema(ShapeValidator, () => ({
  root: ShapeJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.IdOrName`. */
export const IdOrNameSchema: GcoreStandardSchema<T.IdOrName> = /* @__PURE__ */ createStandardSchema(IdOrNameValidator, () => ({
  root: IdOrNameJsonSchema,
  defs: {},
}));
