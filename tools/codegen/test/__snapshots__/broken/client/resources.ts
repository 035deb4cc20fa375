// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: broken.yaml (OpenAPI 3.0, info.version 1)
// sha256: d2ff609f7475f01480dda64992be115a7f7ec106c0e0490f0c1c47894f2940db
// ---------------------------------------------------------------------------

import type { APIPromise, RequestOptions, Transport } from "../runtime/transport-types.js";
import type {
  ThingsGetBResponse,
  ThingsSameResponse,
} from "./types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  return {
    things: {
      /**
       * `GET /b` (`get_b`)
       */
      getB: (options?: RequestOptions): APIPromise<ThingsGetBResponse> =>
        t.empty("get_b", {}, options),
      /**
       * `GET /a` (`same`)
       */
      same: (options?: RequestOptions): APIPromise<ThingsSameResponse> =>
        t.json<ThingsSameResponse>("same", {}, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
