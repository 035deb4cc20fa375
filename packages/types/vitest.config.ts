import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Importing the generated types package is quick, but a loaded CI machine can take seconds for anything.
    // Correctness, not speed, is what they check: a slow machine must not fail them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
