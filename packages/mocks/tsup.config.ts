import { defineConfig } from "tsup";

export default defineConfig({
  // index: factories and MSW handlers; factories: the factories alone, for projects without MSW.
  entry: ["src/index.ts", "src/factories.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  // Shared chunks in CJS too, so both entries use one factory implementation.
  splitting: true,
  sourcemap: false,
});
