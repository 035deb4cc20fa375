// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: composition.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: ab1ec56c8e7da3298fc4431184a9d5624c38d99b8ae96214109726398eb8b55f
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
 *   Named: object: keyword allOf
 *   Shape: object: keyword oneOf
 *   IdOrName: object: keyword anyOf
 */
import { ascii, integer, scanObject } from "../runtime/fast-scan.js";

/**
 * `components.schemas.Base`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 */
const Base_KEYS = [ascii("id")];
/** Bit k set: property k is required. */
const Base_REQUIRED = 0x1;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function Base_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
  }
  return -1;
}

export function scanBase(b, start, end) {
  return scanObject(b, start, end, Base_KEYS, Base_REQUIRED, Base_value);
}

/** Every scanner by exported name and by schema name, like `schemaValidators`. */
export const fastPaths = {
  "Base": scanBase,
};
