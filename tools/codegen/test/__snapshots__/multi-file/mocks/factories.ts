// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Owner`. */
export function buildOwner(f: MockContext, overrides: Overrides<T.Owner> = {}): T.Owner {
  const value: T.Owner = {
    "pet": f.nested(() => buildPet(f)),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.kind` (`Kind`). */
export function buildKind(f: MockContext): T.Kind {
  return f.pick(["cat","dog"]) as T.Kind;
}

/** Builds `components.schemas.Pet`. */
export function buildPet(f: MockContext, overrides: Overrides<T.Pet> = {}): T.Pet {
  const value: T.Pet = {
    "name": f.string({ hint: "name", minLength: 1 }),
    ...f.optional("kind", () => f.nested(() => buildKind(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** A `Owner` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeOwner = (options?: FakeOptions<T.Owner>): T.Owner => fake<T.Owner>(options, buildOwner);

/** A `Kind` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeKind = (options?: FakeOptions<T.Kind>): T.Kind => fake<T.Kind>(options, buildKind);

/** A `Pet` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePet = (options?: FakeOptions<T.Pet>): T.Pet => fake<T.Pet>(options, buildPet);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "Owner": buildOwner,
  "kind": buildKind,
  "Pet": buildPet,
} as const;
