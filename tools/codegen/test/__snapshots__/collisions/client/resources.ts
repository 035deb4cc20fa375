// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------

import type { RequestOptions, Transport } from "../runtime/transport-types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  return {
  };
}

export type Resources = ReturnType<typeof createResources>;
