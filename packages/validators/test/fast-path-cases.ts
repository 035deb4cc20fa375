/**
 * Shared by the fast-path tests: invoice lines and the byte-level mutations
 * that try to make the generated scanner say "valid" where the full path
 * (decode, JSON.parse, the validator) does not.
 */
import { seedInvoice } from "@gcore-billing/test-fixtures";
import fc from "fast-check";
import { invoices } from "../../cli/bench/corpus.js";
import { createLineChecker } from "../src/index.js";

export const fast = () => createLineChecker("ErpInvoice");
export const full = () => createLineChecker("ErpInvoice", { fastPath: false });

/** Realistic lines (packages/cli/bench/corpus.ts: ~1% of them broken on purpose). */
export function corpusLines(count: number, seed?: number): string[] {
  return [...invoices(count, seed)].map((r) => JSON.stringify(r));
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

// Values are drawn from pools built once: fast-check then only picks indices,
// which keeps a million cases within the time of a CI run. The pools hold
// valid values (most of them, so that many lines reach the end of the
// scanner) and the near misses of each format and range.
const random = (() => {
  let s = 0x2545f491;
  return (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
})();
const many = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
const validDate = () => `${pad(1900 + random(200), 4)}-${pad(1 + random(12))}-${pad(1 + random(28))}`;
const anyDate = () => `${pad(random(10000), 4)}-${pad(random(14))}-${pad(random(33))}`;
const OFFSETS = ["Z", "z", "+00:00", "-00:00", "+05:30", "-08:00", "+23:59"];
const BAD_OFFSETS = ["", "+24:00", "-00:60", "+0100", " Z", "+01:00Z", "Zz"];
const validTime = () =>
  `${pad(random(24))}:${pad(random(60))}:${pad(random(60))}${random(3) === 0 ? `.${"123456789".slice(0, 1 + random(9))}` : ""}${OFFSETS[random(OFFSETS.length)]}`;
const anyTime = () =>
  `${pad(random(25))}:${pad(random(61))}:${pad(random(62))}${["", ".", ".5", ".123456"][random(4)]}${random(3) === 0 ? BAD_OFFSETS[random(BAD_OFFSETS.length)] : OFFSETS[random(OFFSETS.length)]}`;
const LEAP = [
  "1998-12-31T23:59:60Z",
  "1998-12-31T15:59:60.123-08:00",
  "2016-12-31T01:29:60+01:30",
  "1998-12-31T23:58:60Z",
  "2016-12-31T23:59:60+01:00",
];
const DATES = [
  ...many(400, validDate),
  ...many(10, anyDate),
  "2024-02-29",
  "2023-02-29",
  "2000-02-29",
  "1900-02-29",
  "2026-06-31",
  "2026-12-31",
  "0000-01-01",
  "2026-1-01",
  "20260101",
  "2026-01-01 ",
];
const DATE_TIMES = [
  ...many(300, () => `${validDate()}T${validTime()}`),
  ...many(20, () => `${anyDate()}${["T", "t", " ", "TT"][random(4)]}${anyTime()}`),
  ...LEAP,
  "2023-11-07 05:31:56",
  "2026-07-14T10:20:30",
  "2026-07-14T10:20:30.Z",
];
const AMOUNTS = [
  ...many(200, () => `${random(1000)}.${pad(random(1e6), 6)}${pad(random(1e6), 6)}`),
  "1200.5",
  "100.00",
  "1000.000000000000",
  ".000000000000",
  "1.0000000000000",
  "-1.000000000000",
];
const INTS = [
  ...many(100, () => random(2_000_000_000) - 1_000_000),
  0,
  -1,
  1,
  2147483647,
  -2147483648,
  2147483648,
  -2147483649,
  999999999999999,
  1e15,
  2 ** 53,
  1.5,
];

type Rand = (n: number) => number;
const xorshift = (seed: number): Rand => {
  let x = seed | 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
};
const pick =
  <T>(pool: readonly T[]) =>
  (r: Rand) =>
    pool[r(pool.length)]!;
/** Mostly one of `common`, sometimes one of `rare` (near misses, or values the fast path leaves alone). */
const mostly =
  <T>(common: readonly T[], rare: readonly T[]) =>
  (r: Rand) =>
    r(20) === 0 ? rare[r(rare.length)]! : common[r(common.length)]!;
const nullable =
  <T>(f: (r: Rand) => T) =>
  (r: Rand) =>
    r(7) === 0 ? null : f(r);

const FIELDS: Record<string, (r: Rand) => unknown> = {
  id: pick(INTS),
  name: mostly(
    ["INV/2026/00001", "RINV/2021/00042", "", "x", "~!@#$%^&*()_+`-={}|[]:;'<>?,./ \u007f"],
    ['q"uote', "back\\slash", "é", "\u2028", "tab\tin"],
  ),
  move_type: mostly(["out_invoice", "out_refund"], ["in_invoice", "out_invoicE", ""]),
  currency: pick(["USD", "EUR", "GBP", "", "usd"]),
  invoice_date: nullable(pick(DATES)),
  invoice_date_due: nullable(pick(DATES)),
  billing_period_from: nullable(pick(DATES)),
  billing_period_to: nullable(pick(DATES)),
  amount_untaxed: pick(AMOUNTS),
  amount_tax: pick(AMOUNTS),
  amount_total: pick(AMOUNTS),
  payment_state: mostly(["not_paid", "paid", "partial", "reversed", "in_payment"], ["refunded", "paid ", "Paid"]),
  client_id: pick(INTS),
  payer_id: pick(INTS),
  invoice_id: nullable(pick(INTS)),
  created_at: pick(DATE_TIMES),
  updated_at: pick(DATE_TIMES),
};

/**
 * Records that are mostly valid invoices, with every field drawn near its
 * boundaries. fast-check draws one number and the fields follow from it:
 * seventeen arbitraries per case would cost more than the checks under test.
 */
export const recordArb: fc.Arbitrary<Record<string, unknown>> = fc.nat().map((seed) => {
  const r = xorshift(seed);
  const record: Record<string, unknown> = {};
  for (const [field, draw] of Object.entries(FIELDS)) record[field] = draw(r);
  return record;
});

/** Other JSON for a value slot: every type, nested values, and respellings of numbers. */
const OTHER_VALUES = [
  "1.0",
  "1e0",
  "1E2",
  "-0",
  "01",
  "-01",
  "0.5",
  "123456789012345678901234567890",
  "9007199254740993",
  "1e400",
  "-",
  "+1",
  ".5",
  "true",
  "false",
  "null",
  "nul",
  "nulll",
  "[]",
  "{}",
  '{"a":[1,{"b":null}]}',
  '[{"id":1},"x",[[]]]',
  '"\\u0032\\u0030\\u0032\\u0034-02-29"',
  '"2024-02-29"',
  '"2023-02-29"',
  '"2024-02-29T23:59:60Z"',
  '"100.000000000000"',
  '"out_refund"',
  '"paid"',
  '"\\/"',
  '"\\""',
  '"a\\u0000b"',
  "123",
  "-2147483648",
  "2147483647",
];
const UNKNOWN_KEYS = ['"extra"', '"id "', '"Id"', '"__proto__"', '"constructor"', '""', '"i\\u0064"'];
const NON_ASCII = ["é", "€", "😀", "\u2028", "\u0000", "\t", "\u007f", "\uFEFF"];
const BYTE_SEQUENCES = [
  [0xc0, 0x80], // overlong
  [0xed, 0xa0, 0x80], // a surrogate
  [0xff],
  [0x80], // a lone continuation byte
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xe2, 0x82], // truncated
  [0xc3, 0xa9], // é, valid
  [0xef, 0xbb, 0xbf], // BOM
  [0x0d],
  [0x0a],
  [0x00],
  [0x5c],
  [0x22],
  [0x2c],
];

type Entry = [key: string, value: string];
/** A mutation as drawn numbers: which kind, and two parameters it interprets. */
type Draw = [kind: number, a: number, b: number];

const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Changes to the list of `"key": value` members, before they are joined into a line. */
function mutateEntries(entries: Entry[], [kind, a, b]: Draw): void {
  const n = entries.length;
  const at = n === 0 ? 0 : a % n;
  switch (kind % 7) {
    case 0: {
      // A duplicate key, before or after the original, with its own value or another.
      if (n === 0) return;
      const [key, value] = entries[at]!;
      entries.splice(b & 1 ? at : at + 1, 0, [key, b & 2 ? value : OTHER_VALUES[(b >>> 2) % OTHER_VALUES.length]!]);
      return;
    }
    case 1: // An unknown key, with a (maybe nested) value.
      entries.splice(a % (n + 1), 0, [UNKNOWN_KEYS[b % UNKNOWN_KEYS.length]!, OTHER_VALUES[(b >>> 3) % OTHER_VALUES.length]!]);
      return;
    case 2: // A value replaced by other JSON.
      if (n > 0) entries[at]![1] = OTHER_VALUES[b % OTHER_VALUES.length]!;
      return;
    case 3: // A member removed.
      if (n > 0) entries.splice(at, 1);
      return;
    case 4:
    case 5: {
      // An escape in a key (kind 4) or a string value (5): the same text, spelled differently.
      if (n === 0) return;
      const entry = entries[at]!;
      const slot = kind % 7 === 4 ? 0 : 1;
      const text = entry[slot];
      if (!text.startsWith('"') || text.length < 3) return;
      const c = 1 + ((b >>> 2) % (text.length - 2));
      const how = b & 3;
      const spelled =
        how === 0
          ? text.slice(0, c) + escapeChar(text[c]!) + text.slice(c + 1)
          : text.slice(0, c) + (how === 1 ? "\\/" : '\\"') + text.slice(c);
      entry[slot] = spelled;
      return;
    }
    default: {
      // Non-ASCII (or a raw control character) inside a string value.
      if (n === 0) return;
      const entry = entries[at]!;
      if (entry[1].startsWith('"')) entry[1] = `"${NON_ASCII[b % NON_ASCII.length]}${entry[1].slice(1)}`;
    }
  }
}

/** Byte-level damage to an encoded line. */
function mutateBytes(bytes: number[], [kind, a, b]: Draw): void {
  const n = bytes.length;
  switch (kind % 6) {
    case 0:
      bytes.length = a % (n + 1); // truncation
      return;
    case 1:
      if (n > 0) bytes[a % n] = b & 0xff;
      return;
    case 2:
      if (n > 0) bytes.splice(a % n, 1);
      return;
    case 3:
      bytes.splice(a % (n + 1), 0, ...BYTE_SEQUENCES[b % BYTE_SEQUENCES.length]!);
      return;
    case 4:
      bytes.unshift(0xef, 0xbb, 0xbf); // BOM
      return;
    default:
      bytes.push(0x0d); // the CR of a CRLF line end
  }
}

const drawArb: fc.Arbitrary<Draw> = fc.tuple(fc.nat(), fc.nat(), fc.nat());
/** Mostly zero or one mutation of each kind: a valid line damaged once is the sharpest probe. */
const drawsArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant([] as Draw[]) },
  { weight: 3, arbitrary: fc.array(drawArb, { minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.array(drawArb, { minLength: 2, maxLength: 3 }) },
);

const WS = ["", "", "", " ", "\t", "\r", "\n", "  ", " \t", "\r\n"];

export interface MutatedLine {
  /** The buffer the line sits in, with other bytes around it as in a chunk of a file. */
  buffer: Uint8Array;
  start: number;
  end: number;
}

const encoder = new TextEncoder();

/**
 * A line built from a record (or the seed invoice) with its keys in any order,
 * whitespace anywhere JSON allows it, then member-level and byte-level
 * mutations; embedded between other bytes so a scanner reading past its end
 * would be caught.
 */
export const mutatedLineArb: fc.Arbitrary<MutatedLine> = fc
  .record({
    record: fc.oneof({ weight: 3, arbitrary: recordArb }, { weight: 1, arbitrary: fc.constant(seedInvoice() as Record<string, unknown>) }),
    order: fc.nat(),
    reorder: fc.boolean(),
    ws: fc.nat(),
    spaced: fc.boolean(),
    entryMutations: drawsArb,
    byteMutations: fc.oneof({ weight: 3, arbitrary: fc.constant([] as Draw[]) }, { weight: 2, arbitrary: drawsArb }),
    before: fc.constantFrom([], [0x0a], [0x7b, 0x22]),
    after: fc.constantFrom([], [0x0a], [0x22], [0x7d], [0x30, 0x22, 0x7d], [0x2c, 0x22]),
  })
  .map(({ record, order, reorder, ws, spaced, entryMutations, byteMutations, before, after }) => {
    const entries: Entry[] = Object.entries(record).map(([k, v]) => [JSON.stringify(k), JSON.stringify(v)]);
    if (reorder) {
      // A Fisher-Yates shuffle driven by one drawn number (cheaper than drawing a permutation).
      let o = order | 1;
      for (let i = entries.length - 1; i > 0; i--) {
        o = (o * 1103515245 + 12345) >>> 0;
        const j = o % (i + 1);
        [entries[i], entries[j]] = [entries[j]!, entries[i]!];
      }
    }
    for (const d of entryMutations) mutateEntries(entries, d);
    // Whitespace between tokens, driven by one drawn number; JSON allows exactly these four bytes.
    let w = ws | 1;
    const gap = () => {
      if (!spaced) return "";
      w = (w * 1103515245 + 12345) >>> 0;
      return WS[(w >>> 16) % WS.length]!;
    };
    const text = `${gap()}{${gap()}${entries.map(([k, v]) => `${k}${gap()}:${gap()}${v}`).join(`${gap()},${gap()}`)}${gap()}}${gap()}`;
    let bytes: ArrayLike<number> = encoder.encode(text);
    if (byteMutations.length > 0) {
      const list = Array.from(bytes);
      for (const d of byteMutations) mutateBytes(list, d);
      bytes = list;
    }
    const buffer = new Uint8Array(before.length + bytes.length + after.length);
    buffer.set(before, 0);
    buffer.set(bytes, before.length);
    buffer.set(after, before.length + bytes.length);
    return { buffer, start: before.length, end: before.length + bytes.length };
  });
