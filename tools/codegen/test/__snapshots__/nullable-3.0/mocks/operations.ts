// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.0.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: 2a5268d6b4cd509b548257154ad45bcef0bc03c1b79745db5add6ac8a76219ca
// ---------------------------------------------------------------------------

import type { MockOperation } from "../runtime/operation.js";
import type { MockContext } from "../runtime/context.js";
import {
} from "./factories.js";

/** Every operation of the spec, as the MSW handlers serve it. */
export const operations: readonly MockOperation[] = [
];
