// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: binary.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: a7ad1a1e5208790af865ec8d65e6b7a8339e65d05c8f86bff96007f1c8bbcecf
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
} as const;
