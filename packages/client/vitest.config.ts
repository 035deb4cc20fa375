import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The example tests start `node --import tsx` per example and Prism runs as a child process.
    // Correctness, not speed, is what they check: a slow machine must not fail them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
