// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: unknown-format.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6f4de0151ba1040f5bc05bb61bcbbfaa06e743b1f5bc6eb546c7f93369fe72a1
// ---------------------------------------------------------------------------

/** `info.version` of the OpenAPI document these sources were generated from. */
export const specVersion = "1";
/** sha256 of the OpenAPI document these sources were generated from. */
export const specSha256 = "6f4de0151ba1040f5bc05bb61bcbbfaa06e743b1f5bc6eb546c7f93369fe72a1";
/** `info.title` of the OpenAPI document. */
export const specTitle = "unknown format";
