import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig([
  {
    // The worker is its own entry: the pool starts it by file name next to the chunk that spawns it.
    entry: { bin: "src/bin.ts", worker: "src/validate/worker.ts" },
    format: ["esm"],
    dts: false,
    clean: true,
    target: "node20",
    platform: "node",
    sourcemap: false,
    define: { __CLI_VERSION__: JSON.stringify(version) },
  },
  {
    // The library entry: dual ESM/CJS with types, like the other packages.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    target: "es2022",
    platform: "neutral",
    external: ["@gcore-billing/validators"],
  },
]);
