import { base, en, Faker } from "@faker-js/faker";
import { formatAmount, tryParseAmount } from "@gcore-billing/validators";
import { stringMatching } from "./pattern.js";

/** What `overrides` may set: some properties of an object schema; nothing for other schemas. */
// A type no value has (openapi-typescript's `never` for a contradictory schema) takes no overrides.
export type Overrides<T> = [T] extends [never]
  ? Record<never, never>
  : T extends readonly unknown[]
    ? never
    : T extends object
      ? Partial<T>
      : never;

/** A seed: any finite number or any string (see `seedKey`). */
export type Seed = number | string;

export interface FakeOptions<T> {
  /**
   * Same seed, same value; another seed, another value. Any finite number or any string, hashed
   * whole (`5` and `5.5`, `0` and `2 ** 32` differ). Default: a new seed per call (1, 2, 3... in
   * one process, so runs repeat).
   */
  seed?: Seed;
  /** Fields to set as given; the business rules adjust only the fields you did not set. */
  overrides?: Overrides<T>;
  /** Share of nullable fields that are `null` (default 0.1; 0 never, 1 always). */
  nullShare?: number;
  /** Share of optional properties that are present (default 0.8). */
  optionalShare?: number;
}

export interface StringSpec {
  /** Property name: picks realistic text (`company_name` -> a company). */
  hint?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

export interface NumberSpec {
  hint?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

/**
 * Overrides that leave a business rule no value the schema allows: `amount_untaxed` and
 * `amount_tax` that add up past what `amount_total`'s pattern holds, a total below the untaxed
 * amount, a date whose partner would fall outside years 0001-9999. `fields` are the overridden
 * fields at fault; change one of them, or override the field the rule would have computed.
 */
export class MockOverrideError extends Error {
  override name = "MockOverrideError";
  constructor(
    readonly fields: readonly string[],
    message: string,
  ) {
    super(message);
  }
}

/**
 * The key a seed is hashed from: its type and its canonical text, so every finite number and every
 * string is its own seed. `String(n)` is the shortest text that reads back as exactly `n`, so two
 * numbers differ in key exactly when they differ in value; -0 gives "0", the key of 0, as -0 === 0.
 * NaN and the infinities are refused: NaN equals no seed, not even itself, and both infinities are
 * usually an arithmetic accident that should not pass for a reproducible seed.
 */
export function seedKey(seed: unknown): string {
  if (typeof seed === "number" && Number.isFinite(seed)) return `number:${String(seed)}`;
  if (typeof seed === "string") return `string:${seed}`;
  const shown = typeof seed === "bigint" ? `${seed}n` : typeof seed === "number" ? String(seed) : (JSON.stringify(seed) ?? String(seed));
  throw new TypeError(`seed ${shown} (${typeof seed}) is not a seed: pass a finite number or a string`);
}

/**
 * The words Faker's Mersenne Twister is seeded with (through init_by_array, which mixes every word
 * in): a single number would be cut to 32 bits, 0 and 2^32 alike. A 128-bit hash of every UTF-16
 * unit of the key makes two seeds' values coincide only by a hash collision, which is negligible.
 * (cyrb128 by bryc, public domain: four multiply-xorshift lanes, then a cross-lane avalanche.)
 */
function seedWords(key: string): number[] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  // A fifth word, the key's length: keys of different lengths then differ outright, whatever the hash does.
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0, key.length >>> 0];
}

/** Nested arrays, optional properties and nullable values stop at this depth, so recursive schemas end. */
const MAX_DEPTH = 4;
const DAY = 86_400_000;
/** Dates fall in these years: recent enough to look real, fixed so a seed always gives the same value. */
const EPOCH_FROM = Date.UTC(2024, 0, 1);
const EPOCH_TO = Date.UTC(2026, 11, 31);

let nextDefaultSeed = 1;
const regexps = new Map<string, RegExp>();
const compiled = (pattern: string) => {
  const known = regexps.get(pattern);
  if (known) return known;
  const re = new RegExp(pattern, "u");
  regexps.set(pattern, re);
  return re;
};
const fitsLength = (s: string, spec: StringSpec) =>
  s.length >= (spec.minLength ?? 0) && s.length <= (spec.maxLength ?? Number.POSITIVE_INFINITY);
/**
 * The moments a moved date may take, 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z: RFC 3339 has
 * four-digit years (toISOString writes "-000001" and "+010000" beyond), and year 0000, which it
 * allows, is left to overrides. (Date.UTC would read year 1 as 1901.)
 */
const CALENDAR_FIRST = new Date(0).setUTCFullYear(1, 0, 1);
const CALENDAR_LAST = Date.UTC(9999, 11, 31, 23, 59, 59);
/** The last millisecond of year 9999: a fixed date-time up to it still has a partner in the calendar. */
const CALENDAR_END = CALENDAR_LAST + 999;
/** VAT rates the tax is drawn from, in percent. */
const TAX_RATES = [0, 5, 7, 10, 19, 20, 21, 25] as const;

/** The instant of an RFC 3339 date or date-time, or NaN; a leap second reads as the second before it. */
function instant(text: string): number {
  if (text.length === 10) return Date.parse(`${text}T00:00:00Z`);
  return Date.parse(text.replace(/^(.{17})60/, "$159"));
}

type Mutable = Record<string, unknown>;

/**
 * Everything a generated factory draws from: one seeded faker, and the rules that keep values
 * valid (patterns, formats, ranges) and consistent (dates in order, amounts that add up).
 */
export class MockContext {
  readonly faker: Faker;
  readonly nullShare: number;
  readonly optionalShare: number;
  private depth = 0;

  constructor(options: Omit<FakeOptions<unknown>, "overrides"> = {}) {
    this.faker = new Faker({ locale: [en, base] });
    this.faker.seed(seedWords(seedKey(options.seed === undefined ? nextDefaultSeed++ : options.seed)));
    this.nullShare = options.nullShare ?? 0.1;
    this.optionalShare = options.optionalShare ?? 0.8;
  }

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  private chance(share: number): boolean {
    return share >= 1 || (share > 0 && this.faker.number.float({ min: 0, max: 1 }) < share);
  }

  /**
   * A value for a schema that admits any value (a word). Typed `any` on purpose: the schema says
   * nothing, but the types package may still give the place a type of its own (openapi-typescript
   * turns an unknown `type: file` into `Record<string, never>`), which a mock must not fight.
   */
  // biome-ignore lint/suspicious/noExplicitAny: the schema admits any value; see above.
  anything(): any {
    return this.faker.lorem.word();
  }

  /**
   * The value, untyped: for a place where the types package has a type no value satisfies
   * (openapi-typescript's `Record<string, never> & ...` for `type: object` beside a composition).
   */
  // biome-ignore lint/suspicious/noExplicitAny: the value satisfies the schema, the type cannot be satisfied; see above.
  loose(build: () => unknown): any {
    return build();
  }

  /** A schema no value satisfies (`allOf` of a number and a string): building it is an error that says so. */
  impossible(what: string): never {
    throw new Error(`no value satisfies the schema of ${what} (its allOf parts contradict each other)`);
  }

  /** Its arguments, typed as a tuple (an array literal inside a callback would widen to an array). */
  tuple<V extends unknown[]>(...values: V): V {
    return values;
  }

  pick<const V>(values: readonly V[]): V {
    return values[this.int(0, values.length - 1)] as V;
  }

  nullable<V>(build: () => V): V | null {
    return this.depth >= MAX_DEPTH || this.chance(this.nullShare) ? null : build();
  }

  /** `{ [key]: value }` or `{}`, to spread into an object literal. */
  optional<K extends string, V>(key: K, build: () => V): { [P in K]?: V } {
    if (this.depth >= MAX_DEPTH || !this.chance(this.optionalShare)) return {};
    return { [key]: build() } as { [P in K]?: V };
  }

  nested<V>(build: () => V): V {
    this.depth++;
    try {
      return build();
    } finally {
      this.depth--;
    }
  }

  array<V>(build: () => V, minItems = 0, maxItems = minItems + 3): V[] {
    const max = this.depth >= MAX_DEPTH ? minItems : Math.max(minItems, Math.min(maxItems, minItems + 3));
    const length = this.int(Math.min(minItems, max), max);
    return this.nested(() => Array.from({ length }, build));
  }

  boolean(): boolean {
    return this.faker.datatype.boolean();
  }

  /**
   * An integer the schema allows, drawn from a realistic window inside its range: identifiers
   * and counts from 1 to 100 000, other integers from 0 to 1 000 when the range holds them.
   */
  integer(spec: NumberSpec = {}): number {
    // Both bounds of a side apply (`minimum: 0, exclusiveMinimum: 2e12`): the tighter one wins.
    const min = Math.max(
      spec.minimum ?? Number.MIN_SAFE_INTEGER,
      spec.exclusiveMinimum !== undefined ? Math.floor(spec.exclusiveMinimum) + 1 : Number.MIN_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
    );
    const max = Math.min(
      spec.maximum ?? Number.MAX_SAFE_INTEGER,
      spec.exclusiveMaximum !== undefined ? Math.ceil(spec.exclusiveMaximum) - 1 : Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER,
    );
    if (min > max) throw new RangeError(`no integer between ${min} and ${max}`);
    const positive = spec.hint !== undefined && /(^id$|_id$|count|size|limit|value|duration)/.test(spec.hint);
    const [from, to] = positive ? [1, 100_000] : [0, 1_000];
    // The window where it overlaps the allowed range, else the allowed range itself.
    const lo = Math.max(min, from);
    const hi = Math.min(max, to);
    const [a, b] = lo <= hi ? [lo, hi] : [min, Math.min(max, min + (to - from))];
    const step = spec.multipleOf && Number.isInteger(spec.multipleOf) ? spec.multipleOf : 1;
    if (Math.ceil(a / step) > Math.floor(b / step)) return Math.ceil(min / step) * step;
    return this.int(Math.ceil(a / step), Math.floor(b / step)) * step;
  }

  number(spec: NumberSpec = {}): number {
    const lower = [spec.minimum, spec.exclusiveMinimum].filter((b): b is number => b !== undefined);
    const upper = [spec.maximum, spec.exclusiveMaximum].filter((b): b is number => b !== undefined);
    const min = lower.length > 0 ? Math.max(...lower) : upper.length > 0 ? Math.min(0, Math.min(...upper) - 1_000) : 0;
    const max = upper.length > 0 ? Math.min(...upper) : min + 1_000;
    const value = this.faker.number.float({ min, max, fractionDigits: 2 });
    if (value === spec.exclusiveMinimum || value === spec.exclusiveMaximum || value < min || value > max) return (min + max) / 2;
    return value;
  }

  /** A calendar date (`2025-02-28`) in the mock epoch. */
  date(): string {
    return this.dateTime().slice(0, 10);
  }

  /** An RFC 3339 date-time in UTC, whole seconds (`2025-02-28T13:04:05Z`). */
  dateTime(): string {
    return this.isoAt(this.int(EPOCH_FROM / 1000, EPOCH_TO / 1000) * 1000);
  }

  private isoAt(ms: number): string {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  string(spec: StringSpec = {}): string {
    const text = this.rawString(spec);
    const { minLength = 0, maxLength } = spec;
    if (spec.pattern || spec.format) return text;
    let out = text;
    while (out.length < minLength) out += this.faker.string.alpha(minLength - out.length);
    return maxLength !== undefined ? out.slice(0, Math.max(maxLength, minLength)) : out;
  }

  private rawString(spec: StringSpec): string {
    const f = this.faker;
    if (spec.pattern) {
      // Realistic text when it fits (a currency code for `^[A-Z]{3}$`), else a string built from the pattern.
      const realistic = spec.hint !== undefined && !spec.format ? this.text(spec.hint) : undefined;
      if (realistic !== undefined && compiled(spec.pattern).test(realistic) && fitsLength(realistic, spec)) return realistic;
      return stringMatching(spec.pattern, (a, b) => this.int(a, b));
    }
    switch (spec.format) {
      case "date":
        return this.date();
      case "date-time":
        return this.dateTime();
      case "time":
        return this.dateTime().slice(11);
      case "uuid":
        return f.string.uuid();
      case "uri":
        return f.internet.url();
      case "email":
        return f.internet.email();
      case "ipv4":
        return f.internet.ipv4();
      case "ipv6":
        return f.internet.ipv6();
      case "ip":
        return f.internet.ipv4();
      default:
        return this.text(spec.hint ?? "");
    }
  }

  /** Realistic text for a property, by its name. */
  private text(hint: string): string {
    const f = this.faker;
    if (/company/.test(hint)) return f.company.name();
    if (/currency|char_code/.test(hint)) return f.finance.currencyCode();
    if (/email/.test(hint)) return f.internet.email();
    if (/(^|_)(comment|description)$/.test(hint)) return f.lorem.sentence();
    if (/(^|_)(code|internal_name|sku|metric_ext_name|celery_group_id|subscription)/.test(hint))
      return f.string.alphanumeric(10).toLowerCase();
    if (/(^|_)(status|state|type|operation)$/.test(hint)) return f.word.noun();
    if (/symbol/.test(hint)) return f.finance.currencySymbol() || "$";
    if (/name/.test(hint)) return f.commerce.productName();
    return f.lorem.word();
  }

  // Business rules. Each leaves the fields the caller set through `overrides` as they were.

  /**
   * `value[later]` falls 0 to `maxDays` days after `value[earlier]` (dates or date-times): a due
   * date a few weeks after the invoice, a period's end after its start. A field set through
   * `overrides` stays; the other one moves to fit it, never outside 0001-01-01..9999-12-31 (it
   * stops at the edge). When the fixed one lies beyond that edge itself in UTC (year 0000, or an
   * offset that moves 0001-01-01 into year 0000 or 9999-12-31 into year 10000), no date fits: a
   * MockOverrideError names it.
   */
  ordered(target: object, earlier: string, later: string, fixed: object, maxDays = 60): void {
    const value = target as Mutable;
    const a = value[earlier];
    const b = value[later];
    if (typeof a !== "string" || typeof b !== "string") return;
    const fixedEarlier = earlier in fixed;
    const fixedLater = later in fixed;
    const [from, to] = [instant(a), instant(b)];
    // Not a date this rule can read (a pattern-built string): the schema decided it, leave it.
    if (Number.isNaN(from) || Number.isNaN(to)) return;
    if ((fixedEarlier && fixedLater) || (fixedLater && to >= from)) return;
    const dateOnly = (s: string) => s.length === 10;
    // Milliseconds are kept when a moved date-time has them, so it never rounds past its partner.
    const write = (ms: number, like: string) => {
      const iso = new Date(ms).toISOString().replace(/\.000Z$/, "Z");
      return dateOnly(like) ? iso.slice(0, 10) : iso;
    };
    if (!fixedLater) {
      if (from > CALENDAR_END)
        throw new MockOverrideError(
          [earlier],
          `${earlier} is overridden as ${JSON.stringify(a)}, after 9999-12-31T23:59:59Z: ${later} has no date in years 0001-9999 on or after it; override ${later} too, or pick an earlier ${earlier}`,
        );
      // Up to the last whole second of 9999, or to `from` itself when it has milliseconds past it.
      value[later] = write(Math.min(Math.max(from, CALENDAR_FIRST) + this.int(0, maxDays) * DAY, Math.max(CALENDAR_LAST, from)), b);
    } else {
      if (to < CALENDAR_FIRST)
        throw new MockOverrideError(
          [later],
          `${later} is overridden as ${JSON.stringify(b)}, before 0001-01-01: ${earlier} has no date in years 0001-9999 on or before it; override ${earlier} too, or pick a later ${later}`,
        );
      // A date-only result counts from the day's start, so it is never after a date-time on that day.
      value[earlier] = write(Math.max(Math.min(to, CALENDAR_LAST) - this.int(0, maxDays) * DAY, CALENDAR_FIRST), a);
    }
  }

  /**
   * `total = net + tax` exactly, with `tax` at a realistic VAT rate of `net` (truncated to the 12
   * decimals the API writes), in decimal arithmetic. Overridden fields stay as given; the others
   * are computed to fit them, and every computed amount must match its field's pattern
   * (`^\d{1,3}\.\d{12}$` caps a total at 999.999999999999). When the overrides leave no such
   * amounts, a MockOverrideError names them. Amounts that are not decimals (another document's
   * schema) are left alone.
   */
  amounts(
    target: object,
    fields: { net: string; tax: string; total?: string },
    fixed: object,
    patterns: Readonly<Record<string, string>> = {},
  ): void {
    const value = target as Mutable;
    const { net, tax } = fields;
    const read = (name: string) => tryParseAmount(value[name]);
    const n0 = read(net);
    const x0 = read(tax);
    if (n0 === undefined || x0 === undefined) return;
    const total = fields.total !== undefined && read(fields.total) !== undefined ? fields.total : undefined;
    const t0 = total === undefined ? undefined : (read(total) as bigint);
    const isFixed = (name: string | undefined) => name !== undefined && name in fixed;
    const fits = (name: string, amount: bigint) => {
      const pattern = patterns[name];
      return pattern === undefined || compiled(pattern).test(formatAmount(amount));
    };
    const set = (n: bigint, x: bigint, t: bigint | undefined) => {
      if (!isFixed(net)) value[net] = formatAmount(n);
      if (!isFixed(tax)) value[tax] = formatAmount(x);
      if (total !== undefined && !isFixed(total)) value[total] = formatAmount(t as bigint);
    };
    const ok = (n: bigint, x: bigint, t: bigint | undefined) =>
      (isFixed(net) || fits(net, n)) &&
      (isFixed(tax) || fits(tax, x)) &&
      (total === undefined || isFixed(total) || fits(total, t as bigint));
    const fail = (at: string[], why: string): never => {
      const shown = at.map((name) => `${name} ${JSON.stringify(value[name])}`).join(" and ");
      throw new MockOverrideError(
        at,
        `the overrides ${shown} leave no valid amounts: ${why}; change ${at.length > 1 ? "one of them" : "it"}, or override the other amounts too`,
      );
    };
    const picked = this.pick(TAX_RATES);
    // The drawn rate first, then the others from the highest: only when it cannot fit does a lower one apply.
    const rates = [picked, ...[...TAX_RATES].reverse().filter((r) => r !== picked)].map(BigInt);
    const taxOf = (n: bigint, rate: bigint) => (n * rate) / 100n;
    const rule = total === undefined ? `${tax} = ${net} x rate` : `${total} = ${net} + ${tax}`;
    const where = (name: string) => (patterns[name] === undefined ? "" : ` (${name} must match ${patterns[name]})`);

    if (isFixed(net) && isFixed(tax) && (total === undefined || isFixed(total))) return;
    type Amounts = [net: bigint, tax: bigint, total: bigint | undefined];
    const solve = (): Amounts | undefined => {
      if (total !== undefined && isFixed(total)) {
        const t = t0 as bigint;
        if (isFixed(net) || isFixed(tax)) {
          // One part given: the other is the difference.
          const [given, other] = isFixed(net) ? [net, tax] : [tax, net];
          const rest = t - (read(given) as bigint);
          if (fits(other, rest)) return [isFixed(net) ? n0 : rest, isFixed(net) ? rest : x0, t];
          return fail([given, total], `${other} = ${total} - ${given} would be ${formatAmount(rest)}${where(other)}`);
        }
        // The total split at a rate: net = total / (1 + rate), tax the exact rest.
        for (const rate of rates) {
          const n = (t * 100n) / (100n + rate);
          if (ok(n, t - n, t)) return [n, t - n, t];
        }
        return fail([total], `no split into ${net} + ${tax} fits${where(net)}${where(tax)}`);
      }
      if (isFixed(net) && isFixed(tax)) {
        const t = n0 + x0;
        if (fits(total as string, t)) return [n0, x0, t];
        return fail([net, tax], `${total} = ${net} + ${tax} would be ${formatAmount(t)}${where(total as string)}`);
      }
      // A free net shrinks (halving, down to 0) until it and the rest fit; a given one stays.
      const nets: bigint[] = [n0];
      if (!isFixed(net)) for (let n = n0 / 2n; n > 0n; n /= 2n) nets.push(n);
      if (!isFixed(net) && n0 !== 0n) nets.push(0n);
      for (const n of nets) {
        for (const rate of isFixed(tax) ? [0n] : rates) {
          const x = isFixed(tax) ? x0 : taxOf(n, rate);
          const t = total === undefined ? undefined : n + x;
          if (ok(n, x, t)) return [n, x, t];
        }
      }
      const given = isFixed(net) ? net : isFixed(tax) ? tax : undefined;
      // Nothing overridden and still nothing fits: another document's patterns, which the generated values satisfy already.
      if (given === undefined) return undefined;
      return fail([given], `no ${isFixed(net) ? tax : net} keeps ${rule}${where(total ?? tax)}`);
    };
    const found = solve();
    if (found) set(...found);
  }
}

/** Runs a generated builder with the caller's options: one seeded context, overrides applied, rules kept. */
export function fake<T>(options: FakeOptions<T> | undefined, build: (f: MockContext, overrides: Overrides<T>) => T): T {
  return build(new MockContext(options), (options?.overrides ?? {}) as Overrides<T>);
}
