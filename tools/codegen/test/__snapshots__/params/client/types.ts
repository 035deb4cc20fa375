// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------

import type { paths } from "@gcore-billing/types";

// `client.items.retrieve()`: GET /billing/org/v1/items/{id} (v1_items_retrieve)
type ItemsRetrieveOperation = paths["/billing/org/v1/items/{id}"]["get"];
/** Path parameters of `client.items.retrieve()`. */
export type ItemsRetrievePathParams = ItemsRetrieveOperation["parameters"]["path"];
/** Query parameters of `client.items.retrieve()`. */
export type ItemsRetrieveParams = NonNullable<ItemsRetrieveOperation["parameters"]["query"]>;
/** One page answered by `client.items.retrieve()`. */
export type ItemsRetrieveResponse = ItemsRetrieveOperation["responses"][200]["content"]["application/json"];
/** One record of `client.items.retrieve()`. */
export type ItemsRetrieveItem = NonNullable<ItemsRetrieveResponse["results"]>[number];
