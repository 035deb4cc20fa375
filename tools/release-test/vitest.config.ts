import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The pack tests import every package's ESM and CommonJS build (the validators are a few MB);
    // on a loaded machine that takes longer than vitest's default 5 s.
    // Correctness, not speed, is what they check: a slow machine must not fail them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
