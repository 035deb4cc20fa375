// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: example-refs.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: dd09d2670b03c27e5d885ee640faf5fc47ba719e9a4a4110a81b4f73c7af2ef8
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
      /** `POST /things` (v1_things_create) */
      create: (body: NonNullable<Op<"/things", "post">["requestBody"]> extends { content: Record<string, infer B> } ? B : never, options?: RequestOptions): Promise<Json<Op<"/things", "post">["responses"][201]>> => t.json<Json<Op<"/things", "post">["responses"][201]>>("v1_things_create", { body }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
export type { Page };
