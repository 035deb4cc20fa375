// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: unknown-format.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6f4de0151ba1040f5bc05bb61bcbbfaa06e743b1f5bc6eb546c7f93369fe72a1
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Net`. */
export function buildNet(f: MockContext, overrides: Overrides<T.Net> = {}): T.Net {
  const value: T.Net = {
    ...f.optional("a", () => f.string({ hint: "a" })),
    ...f.optional("b", () => f.string({ hint: "b" })),
    ...f.optional("c", () => f.string({ hint: "c" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** A `Net` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeNet = (options?: FakeOptions<T.Net>): T.Net => fake<T.Net>(options, buildNet);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "Net": buildNet,
} as const;
