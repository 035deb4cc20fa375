// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: broken.yaml (OpenAPI 3.0, info.version 1)
// sha256: d2ff609f7475f01480dda64992be115a7f7ec106c0e0490f0c1c47894f2940db
// ---------------------------------------------------------------------------

import type { MockOperation } from "../runtime/operation.js";
import type { MockContext } from "../runtime/context.js";
import {
  buildThing,
} from "./factories.js";

/** Every operation of the spec, as the MSW handlers serve it. */
export const operations: readonly MockOperation[] = [
  {
    operationId: "same",
    method: "get",
    path: "/a",
    schema: "Thing",
    responses: [{ status: 200, contentType: "application/json", build: buildThing }],
  },
  {
    operationId: "get_b",
    method: "get",
    path: "/b",
    responses: [{ status: 204, contentType: null }],
  },
];
