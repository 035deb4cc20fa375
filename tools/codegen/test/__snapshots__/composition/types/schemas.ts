// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: composition.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: ab1ec56c8e7da3298fc4431184a9d5624c38d99b8ae96214109726398eb8b55f
// ---------------------------------------------------------------------------

import type { components } from "./openapi.js";

/** `components["schemas"]["Base"]` */
export type Base = components["schemas"]["Base"];
/** `components["schemas"]["Named"]` */
export type Named = components["schemas"]["Named"];
/** `components["schemas"]["Shape"]` */
export type Shape = components["schemas"]["Shape"];
/** `components["schemas"]["IdOrName"]` */
export type IdOrName = components["schemas"]["IdOrName"];


/** Component schema name -> exported name. */
export const schemaNames = {
  "Base": "Base",
  "Named": "Named",
  "Shape": "Shape",
  "IdOrName": "IdOrName"
} as const;
