// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------
import type { OperationSpec } from "../runtime/operation-spec.js";

/** Everything the transport needs to know about each operation, keyed by operationId. */
export const operations = {
  "v1_items_retrieve": {
    "operationId": "v1_items_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/items/{id}",
    "resource": "items",
    "action": "retrieve",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [
      "id"
    ],
    "query": {
      "order_by": {
        "style": "form",
        "explode": false
      },
      "limit": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  }
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;
