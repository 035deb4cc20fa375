// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------

/** `true`: the line bytes[start, end) is valid; `false`: don't know (take the full path). */
export type FastScanner = (bytes: Uint8Array, start: number, end: number) => boolean;
export declare const scanfoo_bar: FastScanner;
export declare const scanFooBar: FastScanner;
export declare const scanEvent_tui_prompt_append: FastScanner;
export declare const scanEventTuiPromptAppend: FastScanner;
export declare const scanMode: FastScanner;
export declare const fastPaths: Readonly<Record<string, FastScanner>>;
