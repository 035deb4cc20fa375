// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
// ---------------------------------------------------------------------------

import type { components } from "./openapi.js";

/** `components["schemas"]["Widget"]` */
export type Widget = components["schemas"]["Widget"];

/** Values of `#/paths/~1v1~1widgets/get/parameters/0/schema`. */
export const WidgetsListKindValues = ["small","large"] as const;
export type WidgetsListKind = (typeof WidgetsListKindValues)[number];
/** Values of `#/paths/~1v1~1widgets~1{widget_id}~1parts~1{default}~1export/get/parameters/2/schema`. */
export const WidgetsExportFormatValues = ["json","csv","pdf"] as const;
export type WidgetsExportFormat = (typeof WidgetsExportFormatValues)[number];

/** Component schema name -> exported name. */
export const schemaNames = {
  "Widget": "Widget"
} as const;
