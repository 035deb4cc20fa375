// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
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
    pets: {
      /** `GET /pets` (v1_pets_list) */
      list: (query?: Params<Op<"/pets", "get">>["query"], options?: RequestOptions): Promise<Json<Op<"/pets", "get">["responses"][200]>> => t.json<Json<Op<"/pets", "get">["responses"][200]>>("v1_pets_list", { query }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
export type { Page };
