// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.0.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: 2a5268d6b4cd509b548257154ad45bcef0bc03c1b79745db5add6ac8a76219ca
// ---------------------------------------------------------------------------
export * from "./factories.js";
export * from "./spec-meta.js";
