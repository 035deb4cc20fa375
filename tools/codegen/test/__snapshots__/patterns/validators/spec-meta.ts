// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: patterns.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 5fe53f452faeeb0d90eb83aad25666ef6ee28b31eca57f448102d1d9bba4ab70
// ---------------------------------------------------------------------------

/** `info.version` of the OpenAPI document these sources were generated from. */
export const specVersion = "1";
/** sha256 of the OpenAPI document these sources were generated from. */
export const specSha256 = "5fe53f452faeeb0d90eb83aad25666ef6ee28b31eca57f448102d1d9bba4ab70";
/** `info.title` of the OpenAPI document. */
export const specTitle = "non-Unicode patterns";
