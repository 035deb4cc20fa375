// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.0.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: 2a5268d6b4cd509b548257154ad45bcef0bc03c1b79745db5add6ac8a76219ca
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
  };
}

export type Resources = ReturnType<typeof createResources>;
export type { Page };
