// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: binary.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: a7ad1a1e5208790af865ec8d65e6b7a8339e65d05c8f86bff96007f1c8bbcecf
// ---------------------------------------------------------------------------

/** `true`: the line bytes[start, end) is valid; `false`: don't know (take the full path). */
export type FastScanner = (bytes: Uint8Array, start: number, end: number) => boolean;
export declare const fastPaths: Readonly<Record<string, FastScanner>>;
