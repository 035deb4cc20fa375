// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------

import type { components } from "./openapi.js";

/** `components["schemas"]["Owner"]` */
export type Owner = components["schemas"]["Owner"];
/** `components["schemas"]["kind"]` */
export type Kind = components["schemas"]["kind"];
/** `components["schemas"]["Pet"]` */
export type Pet = components["schemas"]["Pet"];

/** Values of `#/components/schemas/kind`. */
export const KindEnumValues = ["cat","dog"] as const;
export type KindEnum = (typeof KindEnumValues)[number];

/** Component schema name -> exported name. */
export const schemaNames = {
  "Owner": "Owner",
  "kind": "Kind",
  "Pet": "Pet"
} as const;
