// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.1.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0362799e7a6562f227156dd643f8c063c7fb4ac8f024a46383f3bfa92350224
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
 */
import { ascii, dateString, integer, nullLiteral, plainString, scanObject } from "../runtime/fast-scan.js";

/**
 * `components.schemas.Thing`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 a (required)
 *   1 b (required)
 *   2 c (required)
 */
const Thing_KEYS = [ascii("a"), ascii("b"), ascii("c")];
/** Bit k set: property k is required. */
const Thing_REQUIRED = 0x7;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function Thing_value(b, i, end, p) {
  switch (p) {
    case 0: // a: a string (format date), or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : dateString(b, i, end);
    case 1: // b: a string, or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : plainString(b, i, end);
    case 2: // c: an integer
      return integer(b, i, end);
  }
  return -1;
}

export function scanThing(b, start, end) {
  return scanObject(b, start, end, Thing_KEYS, Thing_REQUIRED, Thing_value);
}

/** Every scanner by exported name and by schema name, like `schemaValidators`. */
export const fastPaths = {
  "Thing": scanThing,
};
