// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------

import type { paths } from "@gcore-billing/types";

// `client.pets.list()`: GET /pets (v1_pets_list)
type PetsListOperation = paths["/pets"]["get"];
/** Query parameters of `client.pets.list()`. */
export type PetsListParams = NonNullable<PetsListOperation["parameters"]["query"]>;
/** Success body of `client.pets.list()`. */
export type PetsListResponse = PetsListOperation["responses"][200]["content"]["application/json"];
