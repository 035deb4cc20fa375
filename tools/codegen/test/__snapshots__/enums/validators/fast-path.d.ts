// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
// ---------------------------------------------------------------------------

/** `true`: the line bytes[start, end) is valid; `false`: don't know (take the full path). */
export type FastScanner = (bytes: Uint8Array, start: number, end: number) => boolean;
export declare const fastPaths: Readonly<Record<string, FastScanner>>;
