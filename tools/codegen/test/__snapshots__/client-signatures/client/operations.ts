// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
// ---------------------------------------------------------------------------
import type { OperationSpec } from "../runtime/operation-spec.js";

/** How to send each operation, keyed by operationId. */
export const operations = {
  "v1_widgets_create": {
    "method": "POST",
    "path": "/v1/widgets"
  },
  "v1_widgets_export_retrieve": {
    "method": "GET",
    "path": "/v1/widgets/{widget_id}/parts/{default}/export"
  },
  "v1_widgets_label_retrieve": {
    "method": "GET",
    "path": "/v1/widgets/{id}/label"
  },
  "v1_widgets_list": {
    "method": "GET",
    "path": "/v1/widgets"
  },
  "v1_widgets_partial_update": {
    "method": "PATCH",
    "path": "/v1/widgets/{id}"
  },
  "v1_widgets_parts_list": {
    "method": "GET",
    "path": "/v1/widgets/parts"
  }
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;
