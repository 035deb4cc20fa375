// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

/** `info.version` of the OpenAPI document these sources were generated from. */
export const specVersion = "cbaae10272d2";
/** sha256 of the OpenAPI document these sources were generated from. */
export const specSha256 = "330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b";
/** `info.title` of the OpenAPI document. */
export const specTitle = "Gcore OpenAPI – Billing Reseller API";
