// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------

import type { components } from "./openapi.js";


/** Values of `#/paths/~1billing~1org~1v1~1items~1{id}/get/parameters/0/schema/items`. */
export const ItemsRetrieveOrderByValues = ["id.asc","id.desc"] as const;
export type ItemsRetrieveOrderBy = (typeof ItemsRetrieveOrderByValues)[number];

/** Component schema name -> exported name. */
export const schemaNames = {} as const;
