import { defineConfig } from "vitest/config";
import pkg from "./package.json" with { type: "json" };

export default defineConfig({
  // Same as tsup.config.ts, so tests see the User-Agent a build ships.
  define: { __CLIENT_VERSION__: JSON.stringify(pkg.version) },
  test: {
    // test/*.test-d.ts are type tests: tsc checks them (expectTypeOf, @ts-expect-error), nothing runs.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // The example tests start `node --import tsx` per example and Prism runs as a child process.
    // Correctness, not speed, is what they check: a slow machine must not fail them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
