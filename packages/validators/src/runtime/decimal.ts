/**
 * Exact arithmetic on the API's decimal amounts (`"120.000000000000"`: the
 * spec's `^\d{1,3}\.\d{12}$`). An amount becomes a bigint counting
 * 10^-12 units, so sums and comparisons never round: `0.1 + 0.2` in floating
 * point is not `0.3`, and money must add up to the last digit.
 */

/** Digits after the decimal point in every amount the API returns. */
export const AMOUNT_SCALE = 12;

const SCALE_FACTOR = 10n ** BigInt(AMOUNT_SCALE);
const ZEROS = "0".repeat(AMOUNT_SCALE);

/** A value `parseAmount` accepts, or `undefined` (the reason is lost; see `parseAmount`). */
export function tryParseAmount(text: unknown): bigint | undefined {
  if (typeof text !== "string") return undefined;
  const n = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 /* - */ || first === 43 /* + */) {
    negative = first === 45;
    i = 1;
  }
  const intStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const intEnd = i;
  if (intEnd === intStart) return undefined;
  let fraction = "";
  if (i < n) {
    if (text.charCodeAt(i) !== 46 /* . */) return undefined;
    const fracStart = ++i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    // More than 12 digits could only be kept by rounding, which this module exists to avoid.
    if (i !== n || i === fracStart || i - fracStart > AMOUNT_SCALE) return undefined;
    fraction = text.slice(fracStart);
  }
  const scaled = BigInt(text.slice(intStart, intEnd) + fraction + ZEROS.slice(fraction.length));
  return negative ? -scaled : scaled;
}

/**
 * `"120.500000000000"` -> `120500000000000n` (units of 10^-12).
 * Accepts an optional sign and 0 to 12 decimals; anything else (exponents,
 * spaces, a 13th decimal) throws a RangeError naming the input.
 */
export function parseAmount(text: string): bigint {
  const value = tryParseAmount(text);
  if (value === undefined) {
    throw new RangeError(`not a decimal amount with at most ${AMOUNT_SCALE} decimals: ${JSON.stringify(text)}`);
  }
  return value;
}

/** `120500000000000n` -> `"120.500000000000"`, always with 12 decimals, as the API writes amounts. */
export function formatAmount(scaled: bigint): string {
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const whole = abs / SCALE_FACTOR;
  const fraction = (abs % SCALE_FACTOR).toString().padStart(AMOUNT_SCALE, "0");
  return `${negative ? "-" : ""}${whole}.${fraction}`;
}

/** Exact sum of amounts given as strings or scaled bigints. */
export function addAmounts(...amounts: ReadonlyArray<string | bigint>): bigint {
  let sum = 0n;
  for (const a of amounts) sum += typeof a === "bigint" ? a : parseAmount(a);
  return sum;
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`; `"1.5"` equals `"1.500000000000"`. */
export function compareAmounts(a: string | bigint, b: string | bigint): -1 | 0 | 1 {
  const x = typeof a === "bigint" ? a : parseAmount(a);
  const y = typeof b === "bigint" ? b : parseAmount(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
