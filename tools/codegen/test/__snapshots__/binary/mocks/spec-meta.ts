// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: binary.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: a7ad1a1e5208790af865ec8d65e6b7a8339e65d05c8f86bff96007f1c8bbcecf
// ---------------------------------------------------------------------------

/** `info.version` of the OpenAPI document these sources were generated from. */
export const specVersion = "1";
/** sha256 of the OpenAPI document these sources were generated from. */
export const specSha256 = "a7ad1a1e5208790af865ec8d65e6b7a8339e65d05c8f86bff96007f1c8bbcecf";
/** `info.title` of the OpenAPI document. */
export const specTitle = "binary";
