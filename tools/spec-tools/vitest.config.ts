import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // CLI tests start real child processes (tsx), slow on a busy 2-core machine; the end-to-end test sets its own.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
