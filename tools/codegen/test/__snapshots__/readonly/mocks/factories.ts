// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: readonly.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: cd81dffb3618ce659fe224a653161c71148b0873358ea90802319efe2f67dc7f
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Invoice`. */
export function buildInvoice(f: MockContext, overrides: Overrides<T.Invoice> = {}): T.Invoice {
  const value: T.Invoice = {
    "id": f.integer({ hint: "id" }),
    "name": f.string({ hint: "name" }),
    ...f.optional("secret", () => f.string({ hint: "secret" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** A `Invoice` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeInvoice = (options?: FakeOptions<T.Invoice>): T.Invoice => fake<T.Invoice>(options, buildInvoice);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "Invoice": buildInvoice,
} as const;
