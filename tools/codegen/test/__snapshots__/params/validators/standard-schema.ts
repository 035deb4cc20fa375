// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.
