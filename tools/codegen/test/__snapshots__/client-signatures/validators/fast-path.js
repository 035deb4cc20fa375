// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
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
import { ascii, integer, plainString, scanObject } from "../runtime/fast-scan.js";

/**
 * `components.schemas.Widget`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id
 *   1 name
 */
const Widget_KEYS = [ascii("id"), ascii("name")];
/** Bit k set: property k is required. */
const Widget_REQUIRED = 0x0;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function Widget_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // name: a string
      return plainString(b, i, end);
  }
  return -1;
}

export function scanWidget(b, start, end) {
  return scanObject(b, start, end, Widget_KEYS, Widget_REQUIRED, Widget_value);
}

/** Every scanner by exported name and by schema name, like `schemaValidators`. */
export const fastPaths = {
  "Widget": scanWidget,
};
