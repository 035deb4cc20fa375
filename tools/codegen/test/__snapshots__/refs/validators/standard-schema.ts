// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: refs.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0d2301c4a39e4c6969377f1350ec2cd2bd3601a198b95f562298be5029ce34f
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  NodeValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const NodeJsonSchema = {
  "type": "object",
  "required": ["value"],
  "properties": {
    "value": { "type": "string" },
    "children": { "type": "array", "items": { "$ref": "#/$defs/Node" } },
    "parent": { "$ref": "#/$defs/Node/properties/value" }
  }
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Node`. */
export const NodeSchema: GcoreStandardSchema<T.Node> = /* @__PURE__ */ createStandardSchema(NodeValidator, () => ({
  root: NodeJsonSchema,
  defs: { "Node": NodeJsonSchema },
}));
