// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: unknown-format.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6f4de0151ba1040f5bc05bb61bcbbfaa06e743b1f5bc6eb546c7f93369fe72a1
// ---------------------------------------------------------------------------

/** `true`: the line bytes[start, end) is valid; `false`: don't know (take the full path). */
export type FastScanner = (bytes: Uint8Array, start: number, end: number) => boolean;
export declare const scanNet: FastScanner;
export declare const fastPaths: Readonly<Record<string, FastScanner>>;
