// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
// ---------------------------------------------------------------------------
import type { CompiledValidator } from "../runtime/result.js";
export declare const schema_Widget: CompiledValidator;
export declare const response_v1_widgets_create_201: CompiledValidator;
export declare const response_v1_widgets_export_retrieve_200: CompiledValidator;
export declare const response_v1_widgets_list_200: CompiledValidator;
export declare const response_v1_widgets_partial_update_200: CompiledValidator;
export declare const response_v1_widgets_parts_list_200: CompiledValidator;
