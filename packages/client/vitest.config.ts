import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // test/*.test-d.ts are type tests: tsc checks them (expectTypeOf, @ts-expect-error), nothing runs.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
