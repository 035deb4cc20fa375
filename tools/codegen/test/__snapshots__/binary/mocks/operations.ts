// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: binary.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: a7ad1a1e5208790af865ec8d65e6b7a8339e65d05c8f86bff96007f1c8bbcecf
// ---------------------------------------------------------------------------

import type { MockOperation } from "../runtime/operation.js";
import type { MockContext } from "../runtime/context.js";
import {
} from "./factories.js";

/** Every operation of the spec, as the MSW handlers serve it. */
export const operations: readonly MockOperation[] = [
  {
    operationId: "v1_files_download_retrieve",
    method: "get",
    path: "/files/:id/download",
    pathParams: { "id": "number" },
    responses: [{ status: 200, contentType: "application/pdf" }],
  },
];
