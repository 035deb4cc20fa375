// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
// ---------------------------------------------------------------------------

import type { paths } from "@gcore-billing/types";

// `client.things.list()`: GET /things (v1_things_list)
type ThingsListOperation = paths["/things"]["get"];
/** Query parameters of `client.things.list()`. */
export type ThingsListParams = NonNullable<ThingsListOperation["parameters"]["query"]>;
/** Success body of `client.things.list()`. */
export type ThingsListResponse = ThingsListOperation["responses"][200]["content"]["application/json"];
