// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: broken.yaml (OpenAPI 3.0, info.version 1)
// sha256: d2ff609f7475f01480dda64992be115a7f7ec106c0e0490f0c1c47894f2940db
// ---------------------------------------------------------------------------
import type { OperationSpec } from "../runtime/operation-spec.js";

/** How to send each operation, keyed by operationId. */
export const operations = {
  "get_b": {
    "method": "GET",
    "path": "/b"
  },
  "same": {
    "method": "GET",
    "path": "/a"
  }
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;
