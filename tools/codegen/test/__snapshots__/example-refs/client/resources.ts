// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: example-refs.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: dd09d2670b03c27e5d885ee640faf5fc47ba719e9a4a4110a81b4f73c7af2ef8
// ---------------------------------------------------------------------------

import type { APIPromise, RequestOptions, Transport } from "../runtime/transport-types.js";
import type {
  ThingsCreateBody,
  ThingsCreateResponse,
} from "./types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  return {
    things: {
      /**
       * `POST /things` (`v1_things_create`)
       */
      create: (body?: ThingsCreateBody, options?: RequestOptions): APIPromise<ThingsCreateResponse> =>
        t.json<ThingsCreateResponse>("v1_things_create", { body }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
