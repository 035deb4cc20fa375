// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
// ---------------------------------------------------------------------------

import type { MockOperation } from "../runtime/operation.js";
import type { MockContext } from "../runtime/context.js";
import {
  buildThing,
} from "./factories.js";

/** Every operation of the spec, as the MSW handlers serve it. */
export const operations: readonly MockOperation[] = [
  {
    operationId: "v1_things_list",
    method: "get",
    path: "/things",
    schema: "Thing",
    responses: [{ status: 200, contentType: "application/json", build: buildThing }],
  },
];
