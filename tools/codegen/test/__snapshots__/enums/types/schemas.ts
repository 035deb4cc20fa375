// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
// ---------------------------------------------------------------------------

import type { components } from "./openapi.js";

/** `components["schemas"]["Thing"]` */
export type Thing = components["schemas"]["Thing"];

/** Values of `#/components/schemas/Thing/properties/move_type`. */
export const ThingMoveTypeValues = ["out_invoice","out_refund"] as const;
export type ThingMoveType = (typeof ThingMoveTypeValues)[number];
/** Values of `#/components/schemas/Thing/properties/level`. */
export const ThingLevelValues = [1,2,3] as const;
export type ThingLevel = (typeof ThingLevelValues)[number];
/** Values of `#/components/schemas/Thing/properties/maybe`. */
export const ThingMaybeValues = ["x","y"] as const;
export type ThingMaybe = (typeof ThingMaybeValues)[number];
/** Values of `#/paths/~1things/get/parameters/0/schema`. */
export const ThingsListStateValues = ["open","closed"] as const;
export type ThingsListState = (typeof ThingsListStateValues)[number];

/** Component schema name -> exported name. */
export const schemaNames = {
  "Thing": "Thing"
} as const;
