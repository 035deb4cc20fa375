// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------
import type { CompiledValidator } from "../runtime/result.js";
export declare const schema_Owner: CompiledValidator;
export declare const schema_Kind: CompiledValidator;
export declare const schema_Pet: CompiledValidator;
export declare const response_v1_pets_list_200: CompiledValidator;
