// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: composition.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: ab1ec56c8e7da3298fc4431184a9d5624c38d99b8ae96214109726398eb8b55f
// ---------------------------------------------------------------------------

/** `info.version` of the OpenAPI document these sources were generated from. */
export const specVersion = "1";
/** sha256 of the OpenAPI document these sources were generated from. */
export const specSha256 = "ab1ec56c8e7da3298fc4431184a9d5624c38d99b8ae96214109726398eb8b55f";
/** `info.title` of the OpenAPI document. */
export const specTitle = "composition";
