// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------

import type { APIPromise, RequestOptions, Transport } from "../runtime/transport-types.js";
import type {
  PetsListParams,
  PetsListResponse,
} from "./types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  return {
    pets: {
      /**
       * `GET /pets` (`v1_pets_list`)
       */
      list: (query?: PetsListParams, options?: RequestOptions): APIPromise<PetsListResponse> =>
        t.json<PetsListResponse>("v1_pets_list", { query }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
