// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
// ---------------------------------------------------------------------------

import { chooseMedia, type Media, requestAs } from "../runtime/content.js";
import type { APIPromise, RequestOptions, Transport } from "../runtime/transport-types.js";
import type {
  WidgetsCreateBody,
  WidgetsCreateResponse,
  WidgetsExportCsvResponse,
  WidgetsExportParams,
  WidgetsExportPathParams,
  WidgetsExportPdfResponse,
  WidgetsExportResponse,
  WidgetsLabelPathParams,
  WidgetsLabelResponse,
  WidgetsListParams,
  WidgetsListResponse,
  WidgetsPartsListResponse,
  WidgetsUpdateBody,
  WidgetsUpdatePathParams,
  WidgetsUpdateResponse,
} from "./types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  /** Media type asked for (`Accept`) per `format` of `client.widgets.export()`. */
  const widgetsExportMedia = {
    json: { type: "application/json", kind: "json" },
    csv: { type: "text/csv", kind: "text" },
    pdf: { type: "application/pdf", kind: "binary" },
  } as const satisfies Record<string, Media>;
  function widgetsExport(path: WidgetsExportPathParams, query: WidgetsExportParams & { format: "csv" }, options?: RequestOptions): APIPromise<WidgetsExportCsvResponse>;
  function widgetsExport(path: WidgetsExportPathParams, query: WidgetsExportParams & { format: "pdf" }, options?: RequestOptions): APIPromise<WidgetsExportPdfResponse>;
  function widgetsExport(path: WidgetsExportPathParams, query?: WidgetsExportParams & { format?: "json" }, options?: RequestOptions): APIPromise<WidgetsExportResponse>;
  function widgetsExport(path: WidgetsExportPathParams, query?: WidgetsExportParams, options?: RequestOptions): APIPromise<WidgetsExportResponse | WidgetsExportCsvResponse | WidgetsExportPdfResponse>;
  function widgetsExport(path: WidgetsExportPathParams, query?: WidgetsExportParams, options?: RequestOptions): APIPromise<unknown> {
    const media = () => chooseMedia("v1_widgets_export_retrieve", widgetsExportMedia, "format", query?.format ?? "json");
    return requestAs(t, "v1_widgets_export_retrieve", { path, query }, media, options);
  }
  const widgetsParts = {
    /**
     * `GET /v1/widgets/parts` (`v1_widgets_parts_list`)
     */
    list: (options?: RequestOptions): APIPromise<WidgetsPartsListResponse> =>
      t.json<WidgetsPartsListResponse>("v1_widgets_parts_list", {}, options),
  };
  return {
    widgets: {
      /**
       * `POST /v1/widgets` (`v1_widgets_create`)
       */
      create: (body: WidgetsCreateBody, options?: RequestOptions): APIPromise<WidgetsCreateResponse> =>
        t.json<WidgetsCreateResponse>("v1_widgets_create", { body }, options),
      /**
       * Export one part
       *
       * Pick the answer with `format`: "json" (`application/json`, json), "csv" (`text/csv`, text), "pdf" (`application/pdf`, a byte stream); "json" when omitted.
       *
       * `GET /v1/widgets/{widget_id}/parts/{default}/export` (`v1_widgets_export_retrieve`)
       */
      export: widgetsExport,
      /**
       * `GET /v1/widgets/{id}/label` (`v1_widgets_label_retrieve`)
       */
      label: (id: WidgetsLabelPathParams["id"], options?: RequestOptions): APIPromise<WidgetsLabelResponse> =>
        requestAs<WidgetsLabelResponse>(t, "v1_widgets_label_retrieve", { path: { id } }, { type: "text/plain", kind: "text" }, options),
      /**
       * List widgets
       *
       * Every widget.
       *
       * A comment marker *\/ in prose must not end the doc comment.
       *
       * `GET /v1/widgets` (`v1_widgets_list`)
       * @deprecated The API marks this operation as deprecated.
       */
      list: (query: WidgetsListParams, options?: RequestOptions): APIPromise<WidgetsListResponse> =>
        t.json<WidgetsListResponse>("v1_widgets_list", { query }, options),
      parts: widgetsParts,
      /**
       * @deprecated Use `client.widgets.parts.list()`. This flat name is kept for one major version.
       */
      partsList: widgetsParts.list,
      /**
       * Update a widget
       *
       * `PATCH /v1/widgets/{id}` (`v1_widgets_partial_update`)
       */
      update: (id: WidgetsUpdatePathParams["id"], body?: WidgetsUpdateBody, options?: RequestOptions): APIPromise<WidgetsUpdateResponse> =>
        t.json<WidgetsUpdateResponse>("v1_widgets_partial_update", { path: { id }, body }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
