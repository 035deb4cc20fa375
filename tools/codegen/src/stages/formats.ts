/**
 * What the generator does with each `format` value. Real Gcore documents use many
 * formats that JSON Schema does not define; each one gets an explicit decision.
 */
export type FormatDecision =
  /** Checked at run time by the validators package's own format functions. */
  | { kind: "check"; format: string }
  /** Turned into `minimum`/`maximum` on integers. */
  | { kind: "range"; minimum: number; maximum: number }
  /** Enforced by a `pattern` (the document's own when present). */
  | { kind: "pattern"; pattern: string }
  /** Documentation only: nothing to check. */
  | { kind: "annotation" }
  | { kind: "unknown" };

/** Formats the validators runtime implements (see packages/validators/src/runtime/formats.ts). */
export const CHECKED_FORMATS = ["date", "date-time", "time", "uri", "uuid", "email", "ipv4", "ipv6", "ip"] as const;

const ALIASES: Record<string, string> = {
  uuid4: "uuid",
  ipvanyaddress: "ip",
  ipv4address: "ipv4",
  ipv6address: "ipv6",
};

const RANGES: Record<string, [number, number]> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  // Beyond 2^53 doubles are approximate; the bounds still reject clearly out-of-range values.
  int64: [-(2 ** 63), 2 ** 63 - 1],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 4294967295],
  uint64: [0, 2 ** 64 - 1],
};

const ANNOTATIONS = new Set(["binary", "byte", "password", "float", "double", "number", "integer", "string"]);

export function decideFormat(format: string): FormatDecision {
  const aliased = ALIASES[format] ?? format;
  if ((CHECKED_FORMATS as readonly string[]).includes(aliased)) return { kind: "check", format: aliased };
  const range = RANGES[format];
  if (range) return { kind: "range", minimum: range[0], maximum: range[1] };
  if (format === "decimal") return { kind: "pattern", pattern: "^-?\\d+(\\.\\d+)?$" };
  if (ANNOTATIONS.has(format)) return { kind: "annotation" };
  return { kind: "unknown" };
}
