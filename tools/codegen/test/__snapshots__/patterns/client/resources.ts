// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: patterns.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: f167006d1b05bae936da472f4956ee3771ff05550ec48d8a1b24b1661c3a702e
// ---------------------------------------------------------------------------

import type { RequestOptions, Transport } from "../runtime/transport-types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  return {
  };
}

export type Resources = ReturnType<typeof createResources>;
