import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // These tests spawn the generator as a child process; on a loaded 2-core CI machine
    // a spawn can take seconds. Correctness, not speed, is what they check.
    testTimeout: 60_000,
    // Each test file runs in its own forked process: the corpus test's memory and time stay its own.
    pool: "forks",
    globalSetup: ["test/global-setup.ts"],
  },
});
