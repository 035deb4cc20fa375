// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.0.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: 2a5268d6b4cd509b548257154ad45bcef0bc03c1b79745db5add6ac8a76219ca
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Thing`. */
export function buildThing(f: MockContext, overrides: Overrides<T.Thing> = {}): T.Thing {
  const value: T.Thing = {
    "name": f.string({ hint: "name" }),
    "note": f.nullable(() => f.string({ hint: "note" })),
    "ref": f.nullable(() => f.nested(() => buildOther(f))),
    ...f.optional("score", () => f.number({ hint: "score", exclusiveMinimum: 0 })),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.Other`. */
export function buildOther(f: MockContext, overrides: Overrides<T.Other> = {}): T.Other {
  const value: T.Other = {
    ...f.optional("id", () => f.integer({ hint: "id" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** A `Thing` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeThing = (options?: FakeOptions<T.Thing>): T.Thing => fake<T.Thing>(options, buildThing);

/** A `Other` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeOther = (options?: FakeOptions<T.Other>): T.Other => fake<T.Other>(options, buildOther);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "Thing": buildThing,
  "Other": buildOther,
} as const;
