// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: composition.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: ab1ec56c8e7da3298fc4431184a9d5624c38d99b8ae96214109726398eb8b55f
// ---------------------------------------------------------------------------

import type { RequestOptions, Transport } from "../runtime/transport-types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  return {
  };
}

export type Resources = ReturnType<typeof createResources>;
