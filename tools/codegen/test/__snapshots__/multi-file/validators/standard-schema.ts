// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  OwnerValidator,
  KindValidator,
  PetValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const OwnerJsonSchema = { "type": "object", "required": ["pet"], "properties": { "pet": { "$ref": "#/$defs/Pet" } } };

const KindJsonSchema = { "type": "string", "enum": ["cat", "dog"] };

const PetJsonSchema = {
  "type": "object",
  "required": ["name"],
  "properties": { "name": { "type": "string", "minLength": 1 }, "kind": { "$ref": "#/$defs/kind" } }
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Owner`. */
export const OwnerSchema: GcoreStandardSchema<T.Owner> = /* @__PURE__ */ createStandardSchema(OwnerValidator, () => ({
  root: OwnerJsonSchema,
  defs: { "Pet": PetJsonSchema, "kind": KindJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.kind`. */
export const KindSchema: GcoreStandardSchema<T.Kind> = /* @__PURE__ */ createStandardSchema(KindValidator, () => ({
  root: KindJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Pet`. */
export const PetSchema: GcoreStandardSchema<T.Pet> = /* @__PURE__ */ createStandardSchema(PetValidator, () => ({
  root: PetJsonSchema,
  defs: { "kind": KindJsonSchema },
}));
