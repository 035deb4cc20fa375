/**
 * Micro-benchmark: our `date` / `dateTime` against ajv-formats' "full" and
 * "fast" `date` / `date-time`, on the same one million invoice-shaped strings.
 *
 *   npx tsx packages/validators/bench/formats.bench.ts
 *
 * ajv-formats is not a dependency of this repository. If it cannot be
 * resolved from here, only our numbers are printed; to compare against a copy
 * installed elsewhere, point AJV_FORMATS_FROM at the directory whose
 * node_modules holds it (e.g. after `npm install --prefix /tmp/x ajv ajv-formats`,
 * AJV_FORMATS_FROM=/tmp/x).
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { date, dateTime } from "../src/runtime/formats.js";

type Check = (s: string) => boolean;

const N = 1_000_000;
const ROUNDS = 7;

// A fixed-seed xorshift so every run, and every contender, sees the same data.
let seed = 0x9e3779b9;
function rand(n: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

function randomDate(): string {
  const month = 1 + rand(12);
  // Days up to 31 regardless of month: roughly 1% of the dates come out
  // impossible (2026-02-30), standing in for the odd bad record.
  const day = 1 + (rand(100) === 0 ? 28 + rand(4) : rand(28));
  return `${2019 + rand(8)}-${pad2(month)}-${pad2(day)}`;
}

function randomDateTime(): string {
  const time = `${pad2(rand(24))}:${pad2(rand(60))}:${pad2(rand(60))}`;
  const fraction = ["", "", ".123", ".123456"][rand(4)] ?? "";
  const offset = ["Z", "Z", "+02:00", "-05:00", "+05:30"][rand(5)] ?? "Z";
  return `${randomDate()}T${time}${fraction}${offset}`;
}

// Round-trip through JSON so the strings are flat, as they are when invoice
// records arrive via JSON.parse; concatenated (cons) strings would add a
// one-off flattening cost that real validation never pays.
const fromJson = (xs: string[]): string[] => JSON.parse(JSON.stringify(xs)) as string[];
const dates = fromJson(Array.from({ length: N }, randomDate));
const dateTimes = fromJson(Array.from({ length: N }, randomDateTime));

interface AjvFormatsModule {
  fullFormats: Record<string, unknown>;
  fastFormats: Record<string, unknown>;
}

function loadAjvFormats(): AjvFormatsModule | undefined {
  const from = process.env.AJV_FORMATS_FROM;
  const base = from ? pathToFileURL(`${from.replace(/\/?$/, "/")}`) : import.meta.url;
  try {
    return createRequire(base)("ajv-formats/dist/formats") as AjvFormatsModule;
  } catch {
    return undefined;
  }
}

// ajv-formats stores a format as a function, a RegExp, or { validate, compare }.
function asCheck(format: unknown): Check {
  if (typeof format === "function") return format as Check;
  if (format instanceof RegExp) return (s) => format.test(s);
  if (format && typeof format === "object" && "validate" in format) {
    return asCheck((format as { validate: unknown }).validate);
  }
  throw new Error("unrecognised ajv-formats format definition");
}

function timeOnce(check: Check, data: readonly string[]): { ms: number; valid: number } {
  let valid = 0;
  const start = performance.now();
  for (let i = 0; i < data.length; i++) {
    if (check(data[i] as string)) valid++;
  }
  return { ms: performance.now() - start, valid };
}

function run(title: string, data: readonly string[], contenders: [string, Check][]): void {
  // Warm up every contender before timing any, so the JIT has settled.
  for (const [, check] of contenders) timeOnce(check, data);
  const samples = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  const valids = new Map<string, number>();
  // Interleave contenders round by round so drift hits all of them alike.
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, check] of contenders) {
      const { ms, valid } = timeOnce(check, data);
      samples.get(name)?.push(ms);
      valids.set(name, valid);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
  const ours = median(samples.get(contenders[0]?.[0] ?? "") ?? []);
  console.log(`\n${title} (${data.length.toLocaleString("en")} strings, median of ${ROUNDS})`);
  console.log("  contender              ms     ns/op    Mops/s   accepted   vs ours");
  for (const [name] of contenders) {
    const ms = median(samples.get(name) ?? []);
    console.log(
      `  ${name.padEnd(20)} ${ms.toFixed(1).padStart(6)} ${((ms * 1e6) / data.length).toFixed(1).padStart(9)} ${(data.length / ms / 1e3).toFixed(1).padStart(9)} ${String(valids.get(name)).padStart(10)}   ${(ms / ours).toFixed(2)}x`,
    );
  }
}

const ajv = loadAjvFormats();
if (!ajv) {
  console.log("ajv-formats not resolvable: printing our numbers only (see header for AJV_FORMATS_FROM).");
}

console.log(`node ${process.version}`);
run("date", dates, [
  ["ours date", date],
  ...(ajv
    ? ([
        ["ajv-formats full", asCheck(ajv.fullFormats.date)],
        ["ajv-formats fast", asCheck(ajv.fastFormats.date)],
      ] as [string, Check][])
    : []),
]);
run("date-time", dateTimes, [
  ["ours dateTime", dateTime],
  ...(ajv
    ? ([
        ["ajv-formats full", asCheck(ajv.fullFormats["date-time"])],
        ["ajv-formats fast", asCheck(ajv.fastFormats["date-time"])],
      ] as [string, Check][])
    : []),
]);
