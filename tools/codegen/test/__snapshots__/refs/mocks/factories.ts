// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: refs.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0d2301c4a39e4c6969377f1350ec2cd2bd3601a198b95f562298be5029ce34f
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Node`. */
export function buildNode(f: MockContext, overrides: Overrides<T.Node> = {}): T.Node {
  const value: T.Node = {
    "value": f.string({ hint: "value" }),
    ...f.optional("children", () => f.array(() => f.nested(() => buildNode(f)))),
    ...f.optional("parent", () => f.string({ hint: "parent" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** A `Node` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeNode = (options?: FakeOptions<T.Node>): T.Node => fake<T.Node>(options, buildNode);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "Node": buildNode,
} as const;
