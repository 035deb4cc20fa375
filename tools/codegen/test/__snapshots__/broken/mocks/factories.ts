// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: broken.yaml (OpenAPI 3.0, info.version 1)
// sha256: d2ff609f7475f01480dda64992be115a7f7ec106c0e0490f0c1c47894f2940db
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Thing`. */
export function buildThing(f: MockContext, overrides: Overrides<T.Thing> = {}): T.Thing {
  const value: T.Thing = {
    "id": f.integer({ hint: "id" }),
    "name": f.string({ hint: "name" }),
    ...f.optional("upload", () => f.anything()),
    ...f.optional("size", () => f.integer({ hint: "size" })),
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
