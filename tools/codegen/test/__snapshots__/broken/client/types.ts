// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: broken.yaml (OpenAPI 3.0, info.version 1)
// sha256: d2ff609f7475f01480dda64992be115a7f7ec106c0e0490f0c1c47894f2940db
// ---------------------------------------------------------------------------

import type { paths } from "@gcore-billing/types";

// `client.things.getB()`: GET /b (get_b)
type ThingsGetBOperation = paths["/b"]["get"];
/** Success body of `client.things.getB()`. */
export type ThingsGetBResponse = void;

// `client.things.same()`: GET /a (same)
type ThingsSameOperation = paths["/a"]["get"];
/** Success body of `client.things.same()`. */
export type ThingsSameResponse = ThingsSameOperation["responses"][200]["content"]["application/json"];
