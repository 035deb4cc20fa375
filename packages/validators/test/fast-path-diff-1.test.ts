import { expect, it } from "vitest";
import { runShard } from "./fast-path-differential.js";

// Shard 1 of the differential suite (see fast-path-differential.ts).
it("fast path + fallback agrees with the full path on mutated lines (shard 1)", { timeout: 1_200_000 }, () => {
  const r = runShard(1);
  // The mutations must exercise both sides, or agreement proves nothing.
  expect(r.fast / r.runs).toBeGreaterThan(0.02);
  expect(r.invalid / r.runs).toBeGreaterThan(0.3);
});
