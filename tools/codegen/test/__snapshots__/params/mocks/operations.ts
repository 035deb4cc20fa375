// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------

import type { MockOperation } from "../runtime/operation.js";
import type { MockContext } from "../runtime/context.js";
import {
} from "./factories.js";

/** Builds the 200 JSON body of `v1_items_retrieve`. */
function buildV1ItemsRetrieve200(f: MockContext): unknown {
  return {
    "count": f.integer({ hint: "count" }),
    "results": f.array(() => ({})),
  };
}

/** Every operation of the spec, as the MSW handlers serve it. */
export const operations: readonly MockOperation[] = [
  {
    operationId: "v1_items_retrieve",
    method: "get",
    path: "/billing/org/v1/items/:id",
    pathParams: { "id": "number" },
    responses: [{ status: 200, contentType: "application/json", build: buildV1ItemsRetrieve200 }],
  },
];
