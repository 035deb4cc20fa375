// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
// ---------------------------------------------------------------------------

import type { APIPromise, RequestOptions, Transport } from "../runtime/transport-types.js";
import type {
  ThingsListParams,
  ThingsListResponse,
} from "./types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  return {
    things: {
      /**
       * `GET /things` (`v1_things_list`)
       */
      list: (query?: ThingsListParams, options?: RequestOptions): APIPromise<ThingsListResponse> =>
        t.json<ThingsListResponse>("v1_things_list", { query }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
