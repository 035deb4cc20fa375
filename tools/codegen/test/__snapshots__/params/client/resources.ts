// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------

import type { APIPromise, PagePromise, RequestOptions, Transport } from "../runtime/transport-types.js";
import type {
  ItemsRetrieveItem,
  ItemsRetrieveParams,
  ItemsRetrievePathParams,
  ItemsRetrieveResponse,
} from "./types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  return {
    items: {
      /**
       * `GET /billing/org/v1/items/{id}` (`v1_items_retrieve`)
       */
      retrieve: (id: ItemsRetrievePathParams["id"], query?: ItemsRetrieveParams, options?: RequestOptions): PagePromise<ItemsRetrieveResponse, ItemsRetrieveItem> =>
        t.paginate<ItemsRetrieveResponse, ItemsRetrieveItem>("v1_items_retrieve", { path: { id }, query }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
