// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: formats.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6ab268ce2c2f4d566bebb74e3d0456ef525e100fdfe6afec02b78da8bb90c5d5
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.Formats`. */
export function buildFormats(f: MockContext, overrides: Overrides<T.Formats> = {}): T.Formats {
  const value: T.Formats = {
    ...f.optional("date", () => f.string({ hint: "date", format: "date" })),
    ...f.optional("date_time", () => f.string({ hint: "date_time", format: "date-time" })),
    ...f.optional("uri", () => f.string({ hint: "uri", format: "uri" })),
    ...f.optional("uuid", () => f.string({ hint: "uuid", format: "uuid" })),
    ...f.optional("uuid4", () => f.string({ hint: "uuid4", format: "uuid" })),
    ...f.optional("email", () => f.string({ hint: "email", format: "email" })),
    ...f.optional("ipv4", () => f.string({ hint: "ipv4", format: "ipv4" })),
    ...f.optional("ipv6", () => f.string({ hint: "ipv6", format: "ipv6" })),
    ...f.optional("any_ip", () => f.string({ hint: "any_ip", format: "ip" })),
    ...f.optional("int32", () => f.integer({ hint: "int32", minimum: -2147483648, maximum: 2147483647 })),
    ...f.optional("int64", () => f.integer({ hint: "int64", minimum: -9223372036854776000, maximum: 9223372036854776000 })),
    ...f.optional("uint64", () => f.integer({ hint: "uint64", minimum: 0, maximum: 18446744073709552000 })),
    ...f.optional("amount", () => f.string({ hint: "amount", pattern: "^\\d{1,3}\\.\\d{12}$" })),
    ...f.optional("loose_amount", () => f.string({ hint: "loose_amount", pattern: "^-?\\d+(\\.\\d+)?$" })),
    ...f.optional("file", () => f.string({ hint: "file" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** A `Formats` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeFormats = (options?: FakeOptions<T.Formats>): T.Formats => fake<T.Formats>(options, buildFormats);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "Formats": buildFormats,
} as const;
