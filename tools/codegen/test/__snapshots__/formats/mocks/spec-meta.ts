// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: formats.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6ab268ce2c2f4d566bebb74e3d0456ef525e100fdfe6afec02b78da8bb90c5d5
// ---------------------------------------------------------------------------

/** `info.version` of the OpenAPI document these sources were generated from. */
export const specVersion = "1";
/** sha256 of the OpenAPI document these sources were generated from. */
export const specSha256 = "6ab268ce2c2f4d566bebb74e3d0456ef525e100fdfe6afec02b78da8bb90c5d5";
/** `info.title` of the OpenAPI document. */
export const specTitle = "formats";
