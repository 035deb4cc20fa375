import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Every test starts the built CLI as a child process; a few write files of tens of MB.
    testTimeout: 60_000,
    include: ["test/**/*.test.ts"],
  },
});
