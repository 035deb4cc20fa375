/**
 * The differential property behind the fast-path-diff-*.test.ts shards:
 * fast path + fallback and the full path alone give the same result on
 * every mutated line. The shards split the runs so vitest's worker pool can
 * spread them over the cores.
 *
 * FAST_PATH_RUNS (default 1,000,000, over all shards) and FAST_PATH_SEED
 * (default fixed; "random" for a fresh one, printed so a failure can be replayed).
 */
import fc from "fast-check";
import { expect } from "vitest";
import { fast, full, mutatedLineArb } from "./fast-path-cases.js";

export const SHARDS = 4;
const TOTAL_RUNS = Number(process.env.FAST_PATH_RUNS ?? 1_000_000);
const BASE_SEED = process.env.FAST_PATH_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.FAST_PATH_SEED ?? 20261202);

export function runShard(shard: number): { runs: number; fast: number; invalid: number; seed: number } {
  const withFastPath = fast();
  const fullPath = full();
  const seed = BASE_SEED + shard;
  const runs = Math.ceil(TOTAL_RUNS / SHARDS);
  let invalid = 0;
  let declined = 0;
  let compared = 0;
  if (process.env.FAST_PATH_SEED === "random") console.log(`fast-path differential shard ${shard}: seed ${seed}`);
  fc.assert(
    fc.property(mutatedLineArb, ({ buffer, start, end }) => {
      const got = withFastPath.check(buffer, start, end);
      if (!got.valid) invalid++;
      // A line the fast path declines gets its result from the full path itself, so comparing
      // it again would mostly time the full path twice: every fast "valid" is compared, and
      // one declined line in eight, which keeps the wiring of the fallback under test.
      if (!got.fast && ++declined % 8 !== 0) return true;
      compared++;
      const want = fullPath.check(buffer, start, end);
      // `fast` and `value` may differ (the fast path builds no value); verdict and errors may not.
      return got.valid === want.valid && JSON.stringify(got.valid ? [] : got.errors) === JSON.stringify(want.valid ? [] : want.errors);
    }),
    { seed, numRuns: runs, endOnFailure: false },
  );
  expect(withFastPath.lines).toBe(runs);
  expect(compared).toBe(withFastPath.fastLines + Math.floor(declined / 8));
  return { runs, fast: withFastPath.fastLines, invalid, seed };
}
