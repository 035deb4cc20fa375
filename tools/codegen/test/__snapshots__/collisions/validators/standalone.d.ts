// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------
import type { CompiledValidator } from "../runtime/result.js";
export declare const schema_0: CompiledValidator;
export declare const schema_1: CompiledValidator;
export declare const schema_2: CompiledValidator;
export declare const schema_3: CompiledValidator;
export declare const schema_4: CompiledValidator;
export declare const schema_5: CompiledValidator;
export declare const schema_6: CompiledValidator;
