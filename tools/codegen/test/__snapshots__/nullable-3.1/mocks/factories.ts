// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.1.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0362799e7a6562f227156dd643f8c063c7fb4ac8f024a46383f3bfa92350224
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Thing`. */
export function buildThing(f: MockContext, overrides: Overrides<T.Thing> = {}): T.Thing {
  const value: T.Thing = {
    "a": f.nullable(() => f.string({ hint: "a", format: "date" })),
    "b": f.nullable(() => f.string({ hint: "b" })),
    "c": f.integer({ hint: "c" }),
  };
  Object.assign(value, overrides);
  return value;
}

/** A `Thing` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeThing = (options?: FakeOptions<T.Thing>): T.Thing => fake<T.Thing>(options, buildThing);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "Thing": buildThing,
} as const;
