// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Widget`. */
export function buildWidget(f: MockContext, overrides: Overrides<T.Widget> = {}): T.Widget {
  const value: T.Widget = {
    ...f.optional("id", () => f.integer({ hint: "id" })),
    ...f.optional("name", () => f.string({ hint: "name" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** A `Widget` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeWidget = (options?: FakeOptions<T.Widget>): T.Widget => fake<T.Widget>(options, buildWidget);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "Widget": buildWidget,
} as const;
