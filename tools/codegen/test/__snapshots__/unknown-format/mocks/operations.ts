// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: unknown-format.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6f4de0151ba1040f5bc05bb61bcbbfaa06e743b1f5bc6eb546c7f93369fe72a1
// ---------------------------------------------------------------------------

import type { MockOperation } from "../runtime/operation.js";
import type { MockContext } from "../runtime/context.js";
import {
} from "./factories.js";

/** Every operation of the spec, as the MSW handlers serve it. */
export const operations: readonly MockOperation[] = [
];
