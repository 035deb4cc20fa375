// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------
import type { CompiledValidator } from "../runtime/result.js";
export declare const schema_0: CompiledValidator;
export declare const schema_1: CompiledValidator;
export declare const schema_2: CompiledValidator;
export declare const response_0: CompiledValidator;
