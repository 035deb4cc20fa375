// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------
import type { OperationSpec } from "../runtime/operation-spec.js";

/** How to send each operation, keyed by operationId. */
export const operations = {
  "v1_items_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/items/{id}",
    "query": {
      "order_by": {
        "style": "form",
        "explode": false
      }
    }
  }
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;
