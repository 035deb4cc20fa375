// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Thing`. */
export function buildThing(f: MockContext, overrides: Overrides<T.Thing> = {}): T.Thing {
  const value: T.Thing = {
    ...f.optional("move_type", () => f.pick(["out_invoice","out_refund"])),
    ...f.optional("level", () => f.pick([1,2,3])),
    ...f.optional("maybe", () => f.pick(["x","y",null])),
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
