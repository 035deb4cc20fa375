// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
// ---------------------------------------------------------------------------

import type { MockOperation } from "../runtime/operation.js";
import type { MockContext } from "../runtime/context.js";
import {
  buildWidget,
} from "./factories.js";

/** Builds the 200 JSON body of `v1_widgets_list`. */
function buildV1WidgetsList200(f: MockContext): unknown {
  return f.array(() => f.nested(() => buildWidget(f)));
}

/** Builds the 200 JSON body of `v1_widgets_parts_list`. */
function buildV1WidgetsPartsList200(f: MockContext): unknown {
  return f.array(() => f.string());
}

/** Every operation of the spec, as the MSW handlers serve it. */
export const operations: readonly MockOperation[] = [
  {
    operationId: "v1_widgets_list",
    method: "get",
    path: "/v1/widgets",
    responses: [{ status: 200, contentType: "application/json", build: buildV1WidgetsList200 }],
  },
  {
    operationId: "v1_widgets_create",
    method: "post",
    path: "/v1/widgets",
    schema: "Widget",
    responses: [{ status: 201, contentType: "application/json", build: buildWidget }],
  },
  {
    operationId: "v1_widgets_partial_update",
    method: "patch",
    path: "/v1/widgets/:id",
    pathParams: { "id": "number" },
    schema: "Widget",
    responses: [{ status: 200, contentType: "application/json", build: buildWidget }],
  },
  {
    operationId: "v1_widgets_parts_list",
    method: "get",
    path: "/v1/widgets/parts",
    responses: [{ status: 200, contentType: "application/json", build: buildV1WidgetsPartsList200 }],
  },
  {
    operationId: "v1_widgets_export_retrieve",
    method: "get",
    path: "/v1/widgets/:widget_id/parts/:default/export",
    pathParams: { "widget_id": "number", "default": "string" },
    schema: "Widget",
    responses: [{ status: 200, contentType: "application/json", build: buildWidget }, { status: 200, contentType: "text/csv" }, { status: 200, contentType: "application/pdf" }],
  },
  {
    operationId: "v1_widgets_label_retrieve",
    method: "get",
    path: "/v1/widgets/:id/label",
    pathParams: { "id": "number" },
    responses: [{ status: 200, contentType: "text/plain" }],
  },
];
