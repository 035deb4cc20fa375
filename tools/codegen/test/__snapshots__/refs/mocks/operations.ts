// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: refs.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0d2301c4a39e4c6969377f1350ec2cd2bd3601a198b95f562298be5029ce34f
// ---------------------------------------------------------------------------

import type { MockOperation } from "../runtime/operation.js";
import type { MockContext } from "../runtime/context.js";
import {
} from "./factories.js";

/** Every operation of the spec, as the MSW handlers serve it. */
export const operations: readonly MockOperation[] = [
];
