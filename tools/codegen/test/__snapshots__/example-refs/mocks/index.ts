// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: example-refs.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: dd09d2670b03c27e5d885ee640faf5fc47ba719e9a4a4110a81b4f73c7af2ef8
// ---------------------------------------------------------------------------
export * from "./factories.js";
export * from "./spec-meta.js";
