// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: binary.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: a7ad1a1e5208790af865ec8d65e6b7a8339e65d05c8f86bff96007f1c8bbcecf
// ---------------------------------------------------------------------------

import type { APIPromise, RequestOptions, Transport } from "../runtime/transport-types.js";
import type {
  FilesDownloadPathParams,
  FilesDownloadResponse,
} from "./types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  return {
    files: {
      /**
       * `GET /files/{id}/download` (`v1_files_download_retrieve`)
       */
      download: (id: FilesDownloadPathParams["id"], options?: RequestOptions): APIPromise<FilesDownloadResponse> =>
        t.binary("v1_files_download_retrieve", { path: { id } }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
