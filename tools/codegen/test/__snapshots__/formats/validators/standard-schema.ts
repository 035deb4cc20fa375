// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: formats.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6ab268ce2c2f4d566bebb74e3d0456ef525e100fdfe6afec02b78da8bb90c5d5
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  FormatsValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const FormatsJsonSchema = {
  "type": "object",
  "properties": {
    "date": { "type": "string", "format": "date" },
    "date_time": { "type": "string", "format": "date-time" },
    "uri": { "type": "string", "format": "uri" },
    "uuid": { "type": "string", "format": "uuid" },
    "uuid4": { "type": "string", "format": "uuid" },
    "email": { "type": "string", "format": "email" },
    "ipv4": { "type": "string", "format": "ipv4" },
    "ipv6": { "type": "string", "format": "ipv6" },
    "any_ip": { "type": "string", "format": "ip" },
    "int32": { "type": "integer", "minimum": -2147483648, "maximum": 2147483647 },
    "int64": { "type": "integer", "minimum": -9223372036854776000, "maximum": 9223372036854776000 },
    "uint64": { "type": "integer", "minimum": 0, "maximum": 18446744073709552000 },
    "amount": { "type": "string", "pattern": "^\\d{1,3}\\.\\d{12}$" },
    "loose_amount": { "type": "string", "pattern": "^-?\\d+(\\.\\d+)?$" },
    "file": { "type": "string" }
  }
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Formats`. */
export const FormatsSchema: GcoreStandardSchema<T.Formats> = /* @__PURE__ */ createStandardSchema(FormatsValidator, () => ({
  root: FormatsJsonSchema,
  defs: {},
}));
