// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: example-refs.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: dd09d2670b03c27e5d885ee640faf5fc47ba719e9a4a4110a81b4f73c7af2ef8
// ---------------------------------------------------------------------------

import type { paths } from "@gcore-billing/types";

// `client.things.create()`: POST /things (v1_things_create)
type ThingsCreateOperation = paths["/things"]["post"];
/** Request body of `client.things.create()` (optional). */
export type ThingsCreateBody = NonNullable<ThingsCreateOperation["requestBody"]>["content"]["application/json"];
/** Success body of `client.things.create()`. */
export type ThingsCreateResponse = ThingsCreateOperation["responses"][201]["content"]["application/json"];
