// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: broken.yaml (OpenAPI 3.0, info.version 1)
// sha256: d2ff609f7475f01480dda64992be115a7f7ec106c0e0490f0c1c47894f2940db
// ---------------------------------------------------------------------------

import type { paths } from "@gcore-billing/types";
import type { BinaryResponse, Page, PagePromise, RequestOptions, Transport } from "../runtime/transport-types.js";

type Op<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
type Params<O> = O extends { parameters: infer X } ? X : never;
type Json<R> = R extends { content: { "application/json": infer B } } ? B : R extends { content: Record<string, infer B> } ? B : unknown;
type Item<B> = B extends { results?: (infer I)[] } ? I : unknown;

/** One method per operation in the spec, grouped by resource: `client.erpInvoices.retrieve(id)`. */
export function createResources(t: Transport) {
  return {
    things: {
      /** `GET /a` (same) */
      same: (options?: RequestOptions): Promise<Json<Op<"/a", "get">["responses"][200]>> => t.json<Json<Op<"/a", "get">["responses"][200]>>("same", {  }, options),
      /** `GET /b` (get_b) */
      getB: (options?: RequestOptions): Promise<void> => t.empty("get_b", {  }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
export type { Page };
