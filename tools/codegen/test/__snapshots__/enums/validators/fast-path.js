// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
// ---------------------------------------------------------------------------

/**
 * NDJSON fast path: per component schema, a scanner `(bytes, start, end) => boolean`
 * over the raw UTF-8 bytes of one line. `true` means JSON.parse + the schema's
 * validator would accept the line; `false` means "don't know", never "invalid":
 * the caller then takes the full path, which gives the verdict and the errors.
 * Which schemas get a scanner, and the JSON subset it reads, are explained in
 * tools/codegen/src/plugins/validators/fast-path.ts and src/runtime/fast-scan.ts.
 *
 * Schemas without a fast path:
 *   Thing: property level: enum has non-string members
 */

/** Every scanner by exported name and by schema name, like `schemaValidators`. */
export const fastPaths = {
};
