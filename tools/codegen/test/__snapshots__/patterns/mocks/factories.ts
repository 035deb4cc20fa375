// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: patterns.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: f167006d1b05bae936da472f4956ee3771ff05550ec48d8a1b24b1661c3a702e
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Patterns`. */
export function buildPatterns(f: MockContext, overrides: Overrides<T.Patterns> = {}): T.Patterns {
  const value = {
    ...f.optional("quoted", () => f.string({ hint: "quoted", pattern: "^[a-z\"' ]+$" })),
    ...f.optional("dashed", () => f.string({ hint: "dashed", pattern: "^-\\d+$" })),
    ...f.optional("word_range", () => f.string({ hint: "word_range", pattern: "^[\\w\\-.]+$" })),
    ...f.optional("brace", () => f.string({ hint: "brace", pattern: "^a\\{b\\}$" })),
    ...f.optional("python_group", () => f.string({ hint: "python_group", pattern: "^(?<x>[ab])\\k<x>$" })),
    ...f.optional("unicode_ok", () => f.string({ hint: "unicode_ok", pattern: "^[A-Z]{3}$" })),
  } as unknown as T.Patterns;
  Object.assign(value, overrides);
  return value;
}

/** A `Patterns` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePatterns = (options?: FakeOptions<T.Patterns>): T.Patterns => fake<T.Patterns>(options, buildPatterns);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "Patterns": buildPatterns,
} as const;
