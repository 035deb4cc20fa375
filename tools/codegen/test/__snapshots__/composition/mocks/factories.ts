// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: composition.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: ab1ec56c8e7da3298fc4431184a9d5624c38d99b8ae96214109726398eb8b55f
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Base`. */
export function buildBase(f: MockContext, overrides: Overrides<T.Base> = {}): T.Base {
  const value: T.Base = {
    "id": f.integer({ hint: "id" }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.Named`. */
export function buildNamed(f: MockContext, overrides: Overrides<T.Named> = {}): T.Named {
  const value = Object.assign({}, f.nested(() => buildBase(f)), {
    "name": f.string({ hint: "name" }),
  });
  return { ...value, ...overrides } as T.Named;
}

/** Builds `components.schemas.Shape`. */
export function buildShape(f: MockContext, overrides: Overrides<T.Shape> = {}): T.Shape {
  const value = f.pick([() => ({
    "radius": f.number({ hint: "radius" }),
  }), () => ({
    "side": f.number({ hint: "side" }),
  })])();
  return { ...value, ...overrides } as T.Shape;
}

/** Builds `components.schemas.IdOrName`. */
export function buildIdOrName(f: MockContext): T.IdOrName {
  return f.pick([() => f.integer(), () => f.string({ minLength: 1 })])() as T.IdOrName;
}

/** A `Base` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeBase = (options?: FakeOptions<T.Base>): T.Base => fake<T.Base>(options, buildBase);

/** A `Named` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeNamed = (options?: FakeOptions<T.Named>): T.Named => fake<T.Named>(options, buildNamed);

/** A `Shape` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeShape = (options?: FakeOptions<T.Shape>): T.Shape => fake<T.Shape>(options, buildShape);

/** A `IdOrName` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeIdOrName = (options?: FakeOptions<T.IdOrName>): T.IdOrName => fake<T.IdOrName>(options, buildIdOrName);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "Base": buildBase,
  "Named": buildNamed,
  "Shape": buildShape,
  "IdOrName": buildIdOrName,
} as const;
