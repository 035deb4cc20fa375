// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------

import type { MockOperation } from "../runtime/operation.js";
import type { MockContext } from "../runtime/context.js";
import {
  buildPet,
} from "./factories.js";

/** Builds the 200 JSON body of `v1_pets_list`. */
function buildV1PetsList200(f: MockContext): unknown {
  return f.array(() => f.nested(() => buildPet(f)));
}

/** Every operation of the spec, as the MSW handlers serve it. */
export const operations: readonly MockOperation[] = [
  {
    operationId: "v1_pets_list",
    method: "get",
    path: "/pets",
    responses: [{ status: 200, contentType: "application/json", build: buildV1PetsList200 }],
  },
];
