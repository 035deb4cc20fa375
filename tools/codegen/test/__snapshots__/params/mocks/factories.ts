// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
} as const;
