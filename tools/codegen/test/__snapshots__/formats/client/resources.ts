// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: formats.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6ab268ce2c2f4d566bebb74e3d0456ef525e100fdfe6afec02b78da8bb90c5d5
// ---------------------------------------------------------------------------

import type { RequestOptions, Transport } from "../runtime/transport-types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  return {
  };
}

export type Resources = ReturnType<typeof createResources>;
