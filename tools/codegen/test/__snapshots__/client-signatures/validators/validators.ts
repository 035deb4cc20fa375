// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.Widget`. */
export const WidgetValidator: Validator<T.Widget> = createValidator("Widget", standalone.schema_Widget);
export const validateWidget = WidgetValidator.validate;
export const isWidget: (data: unknown) => data is T.Widget = WidgetValidator.is;
export const assertWidget: (data: unknown) => asserts data is T.Widget = WidgetValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "Widget": WidgetValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
  "v1_widgets_create": {
    "201": createValidator("v1_widgets_create 201 response", standalone.response_v1_widgets_create_201),
  },
  "v1_widgets_export_retrieve": {
    "200": createValidator("v1_widgets_export_retrieve 200 response", standalone.response_v1_widgets_export_retrieve_200),
  },
  "v1_widgets_list": {
    "200": createValidator("v1_widgets_list 200 response", standalone.response_v1_widgets_list_200),
  },
  "v1_widgets_partial_update": {
    "200": createValidator("v1_widgets_partial_update 200 response", standalone.response_v1_widgets_partial_update_200),
  },
  "v1_widgets_parts_list": {
    "200": createValidator("v1_widgets_parts_list 200 response", standalone.response_v1_widgets_parts_list_200),
  },
};
