// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: binary.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: a7ad1a1e5208790af865ec8d65e6b7a8339e65d05c8f86bff96007f1c8bbcecf
// ---------------------------------------------------------------------------

import type { paths } from "@gcore-billing/types";
import type { BinaryResponse } from "../runtime/transport-types.js";

// `client.files.download()`: GET /files/{id}/download (v1_files_download_retrieve)
type FilesDownloadOperation = paths["/files/{id}/download"]["get"];
/** Path parameters of `client.files.download()`. */
export type FilesDownloadPathParams = FilesDownloadOperation["parameters"]["path"];
/** Success body of `client.files.download()`. */
export type FilesDownloadResponse = BinaryResponse;
