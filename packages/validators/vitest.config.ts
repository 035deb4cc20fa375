import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The fast-path differential suite is split into files (test/fast-path-diff-*.test.ts) so
    // every core can take one; vitest's default leaves one core to its mostly idle main thread.
    maxWorkers: availableParallelism(),
    // The dist tests start Node on the built package (a few MB of validators) as child processes.
    // Correctness, not speed, is what they check: a slow machine must not fail them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
