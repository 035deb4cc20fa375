// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------
import type { CompiledValidator } from "../runtime/result.js";
export declare const schema_foo_bar: CompiledValidator;
export declare const schema_FooBar: CompiledValidator;
export declare const schema_path: CompiledValidator;
export declare const schema_Path: CompiledValidator;
export declare const schema_Event_tui_prompt_append: CompiledValidator;
export declare const schema_EventTuiPromptAppend: CompiledValidator;
export declare const schema_Mode: CompiledValidator;
