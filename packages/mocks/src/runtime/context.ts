import { base, en, Faker } from "@faker-js/faker";
import { addAmounts, formatAmount, parseAmount } from "@gcore-billing/validators";
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

export interface FakeOptions<T> {
  /** Same seed, same value; default: a new seed per call (1, 2, 3... in one process, so runs repeat). */
  seed?: number;
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
const NET_LIMIT = parseAmount("750");

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
    this.faker = new Faker({ locale: [en, base], seed: options.seed ?? nextDefaultSeed++ });
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
   * `overrides` stays; the other one moves to fit it.
   */
  ordered(target: object, earlier: string, later: string, fixed: object, maxDays = 60): void {
    const value = target as Mutable;
    const a = value[earlier];
    const b = value[later];
    if (typeof a !== "string" || typeof b !== "string") return;
    const fixedLater = later in fixed;
    if ((earlier in fixed && fixedLater) || (fixedLater && b >= a)) return;
    const dateOnly = (s: string) => s.length === 10;
    const shift = (from: string, days: number, like: string) => {
      const iso = this.isoAt(Date.parse(dateOnly(from) ? `${from}T00:00:00Z` : from) + days * DAY);
      return dateOnly(like) ? iso.slice(0, 10) : iso;
    };
    if (!fixedLater) value[later] = shift(a, this.int(0, maxDays), b);
    else value[earlier] = shift(b, -this.int(0, maxDays), a);
  }

  /** `value[total]` is the exact decimal sum of `value[parts]` (the API's 12-decimal amounts). */
  sum(target: object, parts: readonly string[], total: string, fixed: object): void {
    const value = target as Mutable;
    const amounts = parts.map((p) => value[p]);
    if (total in fixed || !amounts.every((a): a is string => typeof a === "string")) return;
    value[total] = formatAmount(addAmounts(...amounts));
  }

  /**
   * `tax` is `net` times a realistic VAT rate, exactly (truncated to the 12 decimals the API
   * writes). A generated `net` is first kept under 750 so that net + tax stays under 1000,
   * which is all `^\d{1,3}\.\d{12}$` allows.
   */
  taxed(target: object, net: string, tax: string, fixed: object): void {
    const value = target as Mutable;
    if (typeof value[net] !== "string") return;
    let amount = parseAmount(value[net] as string);
    if (!(net in fixed) && amount >= NET_LIMIT) {
      amount -= NET_LIMIT / 3n;
      value[net] = formatAmount(amount);
    }
    if (tax in fixed) return;
    const rate = BigInt(this.pick([0, 5, 7, 10, 19, 20, 21, 25]));
    value[tax] = formatAmount((amount * rate) / 100n);
  }
}

/** Runs a generated builder with the caller's options: one seeded context, overrides applied, rules kept. */
export function fake<T>(options: FakeOptions<T> | undefined, build: (f: MockContext, overrides: Overrides<T>) => T): T {
  return build(new MockContext(options), (options?.overrides ?? {}) as Overrides<T>);
}
