// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
// ---------------------------------------------------------------------------
import type { CompiledValidator } from "../runtime/result.js";
export declare const schema_Thing: CompiledValidator;
export declare const response_v1_things_list_200: CompiledValidator;
