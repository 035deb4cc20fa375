// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: patterns.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: f167006d1b05bae936da472f4956ee3771ff05550ec48d8a1b24b1661c3a702e
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  PatternsValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const PatternsJsonSchema = {
  "type": "object",
  "properties": {
    "quoted": { "type": "string", "pattern": "^[a-z\"' ]+$" },
    "dashed": { "type": "string", "pattern": "^-\\d+$" },
    "word_range": { "type": "string", "pattern": "^[\\w\\-.]+$" },
    "brace": { "type": "string", "pattern": "^a\\{b\\}$" },
    "python_group": { "type": "string", "pattern": "^(?<x>[ab])\\k<x>$" },
    "unicode_ok": { "type": "string", "pattern": "^[A-Z]{3}$" }
  },
  "patternProperties": { "^x-": { "type": "integer" } }
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Patterns`. */
export const PatternsSchema: GcoreStandardSchema<T.Patterns> = /* @__PURE__ */ createStandardSchema(PatternsValidator, () => ({
  root: PatternsJsonSchema,
  defs: {},
}));
