// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: example-refs.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: dd09d2670b03c27e5d885ee640faf5fc47ba719e9a4a4110a81b4f73c7af2ef8
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
 *   Thing: property example: keyword $ref
 */
import { ascii, integer, scanObject } from "../runtime/fast-scan.js";

/**
 * `components.schemas.Other`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id
 */
const Other_KEYS = [ascii("id")];
/** Bit k set: property k is required. */
const Other_REQUIRED = 0x0;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function Other_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
  }
  return -1;
}

export function scanOther(b, start, end) {
  return scanObject(b, start, end, Other_KEYS, Other_REQUIRED, Other_value);
}

/** Every scanner by exported name and by schema name, like `schemaValidators`. */
export const fastPaths = {
  "Other": scanOther,
};
