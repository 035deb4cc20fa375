// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.0.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: 2a5268d6b4cd509b548257154ad45bcef0bc03c1b79745db5add6ac8a76219ca
// ---------------------------------------------------------------------------

/** `info.version` of the OpenAPI document these sources were generated from. */
export const specVersion = "1";
/** sha256 of the OpenAPI document these sources were generated from. */
export const specSha256 = "2a5268d6b4cd509b548257154ad45bcef0bc03c1b79745db5add6ac8a76219ca";
/** `info.title` of the OpenAPI document. */
export const specTitle = "nullable 3.0";
