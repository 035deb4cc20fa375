import { expect, it } from "vitest";
import { runShard } from "./fast-path-differential.js";

// Shard 2 of the differential suite (see fast-path-differential.ts).
it("fast path + fallback agrees with the full path on mutated lines (shard 2)", { timeout: 1_200_000 }, () => {
  const r = runShard(2);
  // The mutations must exercise both sides, or agreement proves nothing.
  expect(r.fast / r.runs).toBeGreaterThan(0.02);
  expect(r.invalid / r.runs).toBeGreaterThan(0.3);
});
