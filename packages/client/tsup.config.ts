import { defineConfig } from "tsup";
import pkg from "./package.json" with { type: "json" };

export default defineConfig({
  // index: browsers and Node; validate: adds the compiled validators; node: file helpers.
  entry: ["src/index.ts", "src/validate.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  external: [/^node:/],
  removeNodeProtocol: false,
  // Shared chunks in CJS too, so every entry throws the same error classes (`instanceof` holds across entries).
  splitting: true,
  sourcemap: false,
  // The User-Agent names this version; read here so a `changeset version` bump needs no source edit.
  define: { __CLIENT_VERSION__: JSON.stringify(pkg.version) },
});
