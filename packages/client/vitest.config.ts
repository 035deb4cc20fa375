import { defineConfig } from "vitest/config";
import pkg from "./package.json" with { type: "json" };

// Same as tsup.config.ts, so tests see the User-Agent a build ships.
export default defineConfig({ define: { __CLIENT_VERSION__: JSON.stringify(pkg.version) } });
