/**
 * Byte-level building blocks of the generated NDJSON fast path
 * (`src/generated/fast-path.js`, emitted by tools/codegen's
 * `plugins/validators/fast-path.ts`).
 *
 * A fast-path scanner reads the raw UTF-8 bytes of one line and answers
 * "valid" or "don't know"; it never has to say "invalid", so every function
 * here may give up (return -1 or false) on anything it does not fully
 * understand. What it must never do is accept something that
 * `JSON.parse` + the ajv validator would reject. Concretely, the subset
 * of JSON understood here is:
 *
 * - whitespace: exactly JSON's four bytes (space, tab, LF, CR);
 * - strings: printable ASCII (0x20-0x7F) without any backslash, so the bytes
 *   between the quotes ARE the decoded string and its length in UTF-16
 *   units and code points is its byte count; anything else (an escape, a
 *   control byte, any byte >= 0x80) is "don't know";
 * - integers: the canonical spelling `-?(0|[1-9][0-9]*)` with at most 15
 *   digits, so the value is exact as a double; not `-0`, `01`, `1.0` or `1e0`;
 * - the literals `true`, `false`, `null`.
 *
 * Every read is bounded by `end`, never by the buffer's length: the line
 * usually sits inside a larger chunk, and the bytes after it belong to the
 * next line.
 */

/** JSON's whitespace: space, tab, LF, CR. Returns the first index at or after `i` that is not one. */
export function skipWs(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = b[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

// Per byte inside a string: 0 = stands for itself (printable ASCII), 1 = the
// closing quote, 2 = anything the fast path leaves to JSON.parse (backslash,
// control bytes, which JSON forbids raw, and every byte of a multi-byte
// UTF-8 sequence or of invalid UTF-8).
const STRING_BYTE: Uint8Array = (() => {
  const t = new Uint8Array(256).fill(2);
  for (let c = 0x20; c <= 0x7f; c++) t[c] = 0;
  t[0x22] = 1;
  t[0x5c] = 2;
  return t;
})();

/**
 * A string at b[i] (the opening quote) in the subset above. Returns the index
 * just after the closing quote, or -1. The content is b[i + 1, result - 1).
 */
export function plainString(b: Uint8Array, i: number, end: number): number {
  if (i >= end || b[i] !== 0x22) return -1;
  for (let j = i + 1; j < end; j++) {
    const kind = STRING_BYTE[b[j]!]!;
    if (kind === 0) continue;
    return kind === 1 ? j + 1 : -1;
  }
  return -1;
}

/** Most digits an integer may have here: 15 keeps every value below 2^53, so it is exact. */
const MAX_DIGITS = 15;

/** A canonical JSON integer at b[i]: the index after its last digit, or -1. */
export function integer(b: Uint8Array, i: number, end: number): number {
  let j = i;
  if (j < end && b[j] === 0x2d /* - */) j++;
  const first = j;
  if (j >= end) return -1;
  if (b[j] === 0x30 /* 0 */) {
    // "-0" parses to negative zero and "01" is not JSON: both are left to the full path.
    if (j !== i) return -1;
    j++;
    if (j < end && isDigit(b[j]!)) return -1;
  } else {
    while (j < end && isDigit(b[j]!)) j++;
    if (j === first || j - first > MAX_DIGITS) return -1;
  }
  // A fraction or exponent makes it a different spelling of (maybe) the same number.
  if (j < end) {
    const c = b[j]!;
    if (c === 0x2e || c === 0x65 || c === 0x45) return -1;
  }
  return j;
}

/** The value of the integer `integer` accepted at b[i, j). */
export function integerValue(b: Uint8Array, i: number, j: number): number {
  const negative = b[i] === 0x2d;
  let v = 0;
  for (let k = negative ? i + 1 : i; k < j; k++) v = v * 10 + (b[k]! - 48);
  return negative ? -v : v;
}

/** `null` at b[i]: the index after it, or -1. */
export function nullLiteral(b: Uint8Array, i: number, end: number): number {
  return end - i >= 4 && b[i] === 0x6e && b[i + 1] === 0x75 && b[i + 2] === 0x6c && b[i + 3] === 0x6c ? i + 4 : -1;
}

/** `true` or `false` at b[i]: the index after it, or -1. */
export function booleanLiteral(b: Uint8Array, i: number, end: number): number {
  if (end - i >= 4 && b[i] === 0x74 && b[i + 1] === 0x72 && b[i + 2] === 0x75 && b[i + 3] === 0x65) return i + 4;
  if (end - i >= 5 && b[i] === 0x66 && b[i + 1] === 0x61 && b[i + 2] === 0x6c && b[i + 3] === 0x73 && b[i + 4] === 0x65) {
    return i + 5;
  }
  return -1;
}

/** ASCII text as bytes, for keys and enum members (the generator only passes printable ASCII). */
export function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) out[k] = text.charCodeAt(k);
  return out;
}

// Strings whose value is known in advance (keys, enum members) are compared
// in place, quotes included, instead of being scanned for their closing quote
// first and compared second: one pass over their bytes instead of two.

/** The string `"word"` at b[i]: the index after its closing quote, or -1. */
export function quoted(b: Uint8Array, i: number, end: number, word: Uint8Array): number {
  const n = word.length;
  if (end - i < n + 2 || b[i] !== 0x22 || b[i + n + 1] !== 0x22) return -1;
  for (let k = 0; k < n; k++) if (b[i + 1 + k] !== word[k]) return -1;
  return i + n + 2;
}

/** One of `members` as a string at b[i]: the index after its closing quote, or -1. */
export function oneOf(b: Uint8Array, i: number, end: number, members: readonly Uint8Array[]): number {
  for (let k = 0; k < members.length; k++) {
    const j = quoted(b, i, end, members[k]!);
    if (j >= 0) return j;
  }
  return -1;
}

/** Which of `keys` the string content b[s, e) is, or -1. */
export function keyIndex(b: Uint8Array, s: number, e: number, keys: readonly Uint8Array[]): number {
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key.length !== e - s) continue;
    let same = true;
    for (let m = 0; m < key.length && same; m++) same = b[s + m] === key[m];
    if (same) return k;
  }
  return -1;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// --- formats ----------------------------------------------------------------
//
// Byte twins of `date`, `dateTime` and `time` in ./formats.ts, which work on
// strings. They must accept exactly the same values (test/fast-path.test.ts
// checks them against ./formats.ts on every edge case of its tables and on
// every day of 1899-2101), so they follow it step by step; the comments there
// explain the rules. A twin instead of a shared implementation because the
// string version must not pay for an indirection on the validators' hot path
// and this one must not build a string per value.
//
// Each works in place on a quoted string: it reads the value from just after
// the opening quote and requires the closing quote right where the value
// ends. None of the bytes a value may consist of is a quote, so "the value
// ends at the closing quote" is "the string is exactly the value".

function twoDigits(b: Uint8Array, i: number): number {
  const d0 = b[i]! - 48;
  const d1 = b[i + 1]! - 48;
  return d0 >>> 0 > 9 || d1 >>> 0 > 9 ? -1 : d0 * 10 + d1;
}

function daysIn30Or31(month: number): number {
  return 30 + ((month + (month >> 3)) & 1);
}

/** RFC 3339 full-date at b[i, i + 10); the caller guarantees the 10 bytes. */
function fullDateAt(b: Uint8Array, i: number): boolean {
  if (b[i + 4] !== 0x2d || b[i + 7] !== 0x2d) return false;
  const century = twoDigits(b, i);
  const yy = twoDigits(b, i + 2);
  const month = twoDigits(b, i + 5);
  const day = twoDigits(b, i + 8);
  if (century < 0 || yy < 0 || month < 0 || day < 0) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  if (day <= 28) return true;
  if (month !== 2) return day <= daysIn30Or31(month);
  if (day !== 29) return false;
  const year = century * 100 + yy;
  return (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** RFC 3339 full-time starting at b[i]: the index just after it, or -1. Reads nothing at or past `end`. */
function fullTimeAt(b: Uint8Array, i: number, end: number): number {
  // "HH:MM:SS" and at least one more byte (Z or an offset's sign).
  if (end - i < 9) return -1;
  if (b[i + 2] !== 0x3a || b[i + 5] !== 0x3a) return -1;
  const hour = twoDigits(b, i);
  const minute = twoDigits(b, i + 3);
  const second = twoDigits(b, i + 6);
  if (hour < 0 || minute < 0 || second < 0) return -1;
  if (hour > 23 || minute > 59 || second > 60) return -1;

  i += 8;
  let c = b[i]!;
  if (c === 0x2e /* . */) {
    const start = ++i;
    while (i < end && isDigit(b[i]!)) i++;
    if (i === start || i >= end) return -1;
    c = b[i]!;
  }

  if ((c | 32) === 0x7a /* z or Z */) {
    return second !== 60 || (hour === 23 && minute === 59) ? i + 1 : -1;
  }

  if (c !== 0x2b /* + */ && c !== 0x2d /* - */) return -1;
  if (end - i < 6 || b[i + 3] !== 0x3a) return -1;
  const offHour = twoDigits(b, i + 1);
  const offMinute = twoDigits(b, i + 4);
  if (offHour < 0 || offMinute < 0) return -1;
  if (offHour > 23 || offMinute > 59) return -1;
  if (second !== 60) return i + 6;

  const offset = offHour * 60 + offMinute;
  const local = hour * 60 + minute;
  const utc = (local - (c === 0x2b ? offset : -offset) + 1440) % 1440;
  return utc === 23 * 60 + 59 ? i + 6 : -1;
}

/** The index after the closing quote when the time ending just before `j` is followed by one, or -1. */
function closingQuote(b: Uint8Array, j: number, end: number): number {
  return j >= 0 && j < end && b[j] === 0x22 ? j + 1 : -1;
}

/** A `format: date` string at b[i] (its opening quote): the index after its closing quote, or -1. */
export function dateString(b: Uint8Array, i: number, end: number): number {
  return end - i >= 12 && b[i] === 0x22 && b[i + 11] === 0x22 && fullDateAt(b, i + 1) ? i + 12 : -1;
}

/** A `format: date-time` string at b[i]: the index after its closing quote, or -1. */
export function dateTimeString(b: Uint8Array, i: number, end: number): number {
  // 22 = the quotes around "YYYY-MM-DDTHH:MM:SSZ", the shortest form.
  if (end - i < 22 || b[i] !== 0x22) return -1;
  const t = b[i + 11];
  if ((t !== 0x54 && t !== 0x74) || !fullDateAt(b, i + 1)) return -1;
  return closingQuote(b, fullTimeAt(b, i + 12, end), end);
}

/** A `format: time` string at b[i]: the index after its closing quote, or -1. */
export function timeString(b: Uint8Array, i: number, end: number): number {
  if (end - i < 2 || b[i] !== 0x22) return -1;
  return closingQuote(b, fullTimeAt(b, i + 1, end), end);
}

// --- objects ----------------------------------------------------------------

/** A generated scanner's per-property part: the value of property `p` at b[i] (i < end), the index after it or -1. */
export type ValueScanner = (b: Uint8Array, i: number, end: number, p: number) => number;

/**
 * One JSON object filling b[start, end) (whitespace around it allowed), each
 * key one of `keys` at most once, every key whose bit is set in `required`
 * present, each value accepted by `value`. False means "don't know".
 */
export function scanObject(
  b: Uint8Array,
  start: number,
  end: number,
  keys: readonly Uint8Array[],
  required: number,
  value: ValueScanner,
): boolean {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return required === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    let j = p < keys.length ? quoted(b, i, end, keys[p]!) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, keys);
    }
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, j, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    i = value(b, i, end, p);
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & required) === required && skipWs(b, i + 1, end) === end;
}

/** A canonical integer in [min, max] at b[i]: the index after it, or -1. */
export function integerIn(b: Uint8Array, i: number, end: number, min: number, max: number): number {
  const j = integer(b, i, end);
  if (j < 0) return -1;
  const v = integerValue(b, i, j);
  return v >= min && v <= max ? j : -1;
}

/** `j`, the end of a string that started at `i`, when the string has min..max characters; else -1. */
export function withLength(i: number, j: number, min: number, max: number): number {
  // Strings here are ASCII: their byte count is their length in code points.
  const length = j - i - 2;
  return j < 0 || length < min || length > max ? -1 : j;
}
