// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: refs.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0d2301c4a39e4c6969377f1350ec2cd2bd3601a198b95f562298be5029ce34f
// ---------------------------------------------------------------------------

/** `info.version` of the OpenAPI document these sources were generated from. */
export const specVersion = "1";
/** sha256 of the OpenAPI document these sources were generated from. */
export const specSha256 = "e0d2301c4a39e4c6969377f1350ec2cd2bd3601a198b95f562298be5029ce34f";
/** `info.title` of the OpenAPI document. */
export const specTitle = "refs";
