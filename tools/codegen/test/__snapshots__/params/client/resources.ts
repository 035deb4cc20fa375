// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
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
    items: {
      /** `GET /billing/org/v1/items/{id}` (v1_items_retrieve) */
      retrieve: (id: Params<Op<"/billing/org/v1/items/{id}", "get">>["path"]["id"], query?: Params<Op<"/billing/org/v1/items/{id}", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/items/{id}", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/items/{id}", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/items/{id}", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/items/{id}", "get">["responses"][200]>>>("v1_items_retrieve", { path: { "id": id }, query }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
export type { Page };
