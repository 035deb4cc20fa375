// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: unknown-format.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6f4de0151ba1040f5bc05bb61bcbbfaa06e743b1f5bc6eb546c7f93369fe72a1
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
import { ascii, plainString, scanObject } from "../runtime/fast-scan.js";

/**
 * `components.schemas.Net`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 a
 *   1 b
 *   2 c
 */
const Net_KEYS = [ascii("a"), ascii("b"), ascii("c")];
/** Bit k set: property k is required. */
const Net_REQUIRED = 0x0;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function Net_value(b, i, end, p) {
  switch (p) {
    case 0: // a: a string
      return plainString(b, i, end);
    case 1: // b: a string
      return plainString(b, i, end);
    case 2: // c: a string
      return plainString(b, i, end);
  }
  return -1;
}

export function scanNet(b, start, end) {
  return scanObject(b, start, end, Net_KEYS, Net_REQUIRED, Net_value);
}

/** Every scanner by exported name and by schema name, like `schemaValidators`. */
export const fastPaths = {
  "Net": scanNet,
};
