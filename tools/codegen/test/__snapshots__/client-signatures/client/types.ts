// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
// ---------------------------------------------------------------------------

import type { paths } from "@gcore-billing/types";
import type { BinaryResponse } from "../runtime/transport-types.js";

// `client.widgets.create()`: POST /v1/widgets (v1_widgets_create)
type WidgetsCreateOperation = paths["/v1/widgets"]["post"];
/** Request body of `client.widgets.create()`. */
export type WidgetsCreateBody = NonNullable<WidgetsCreateOperation["requestBody"]>["content"]["application/json"];
/** Success body of `client.widgets.create()`. */
export type WidgetsCreateResponse = WidgetsCreateOperation["responses"][201]["content"]["application/json"];

// `client.widgets.export()`: GET /v1/widgets/{widget_id}/parts/{default}/export (v1_widgets_export_retrieve)
type WidgetsExportOperation = paths["/v1/widgets/{widget_id}/parts/{default}/export"]["get"];
/** Path parameters of `client.widgets.export()`. */
export type WidgetsExportPathParams = WidgetsExportOperation["parameters"]["path"];
/** Query parameters of `client.widgets.export()`. */
export type WidgetsExportParams = NonNullable<WidgetsExportOperation["parameters"]["query"]>;
/** Success body of `client.widgets.export()` in its default format. */
export type WidgetsExportResponse = WidgetsExportOperation["responses"][200]["content"]["application/json"];
/** Body of `client.widgets.export()` with `format: "csv"` (`text/csv`). */
export type WidgetsExportCsvResponse = string;
/** Body of `client.widgets.export()` with `format: "pdf"` (`application/pdf`). */
export type WidgetsExportPdfResponse = BinaryResponse;

// `client.widgets.label()`: GET /v1/widgets/{id}/label (v1_widgets_label_retrieve)
type WidgetsLabelOperation = paths["/v1/widgets/{id}/label"]["get"];
/** Path parameters of `client.widgets.label()`. */
export type WidgetsLabelPathParams = WidgetsLabelOperation["parameters"]["path"];
/** Success body of `client.widgets.label()`. */
export type WidgetsLabelResponse = string;

// `client.widgets.list()`: GET /v1/widgets (v1_widgets_list)
type WidgetsListOperation = paths["/v1/widgets"]["get"];
/** Query parameters of `client.widgets.list()`. `kind` required. */
export type WidgetsListParams = NonNullable<WidgetsListOperation["parameters"]["query"]>;
/** Success body of `client.widgets.list()`. */
export type WidgetsListResponse = WidgetsListOperation["responses"][200]["content"]["application/json"];

// `client.widgets.parts.list()`: GET /v1/widgets/parts (v1_widgets_parts_list)
type WidgetsPartsListOperation = paths["/v1/widgets/parts"]["get"];
/** Success body of `client.widgets.parts.list()`. */
export type WidgetsPartsListResponse = WidgetsPartsListOperation["responses"][200]["content"]["application/json"];

// `client.widgets.update()`: PATCH /v1/widgets/{id} (v1_widgets_partial_update)
type WidgetsUpdateOperation = paths["/v1/widgets/{id}"]["patch"];
/** Path parameters of `client.widgets.update()`. */
export type WidgetsUpdatePathParams = WidgetsUpdateOperation["parameters"]["path"];
/** Request body of `client.widgets.update()` (optional). */
export type WidgetsUpdateBody = NonNullable<WidgetsUpdateOperation["requestBody"]>["content"]["application/json"];
/** Success body of `client.widgets.update()`. */
export type WidgetsUpdateResponse = WidgetsUpdateOperation["responses"][200]["content"]["application/json"];
