// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: unknown-format.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6f4de0151ba1040f5bc05bb61bcbbfaa06e743b1f5bc6eb546c7f93369fe72a1
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  NetValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const NetJsonSchema = {
  "type": "object",
  "properties": { "a": { "type": "string" }, "b": { "type": "string" }, "c": { "type": "string" } }
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Net`. */
export const NetSchema: GcoreStandardSchema<T.Net> = /* @__PURE__ */ createStandardSchema(NetValidator, () => ({
  root: NetJsonSchema,
  defs: {},
}));
