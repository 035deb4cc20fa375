import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The dist tests start Node on the built package (a few MB of validators) as child processes.
    // Correctness, not speed, is what they check: a slow machine must not fail them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
