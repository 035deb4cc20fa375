// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------

/** `true`: the line bytes[start, end) is valid; `false`: don't know (take the full path). */
export type FastScanner = (bytes: Uint8Array, start: number, end: number) => boolean;
export declare const fastPaths: Readonly<Record<string, FastScanner>>;
