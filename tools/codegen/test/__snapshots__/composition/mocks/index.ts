// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: composition.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: ab1ec56c8e7da3298fc4431184a9d5624c38d99b8ae96214109726398eb8b55f
// ---------------------------------------------------------------------------
export * from "./factories.js";
export * from "./spec-meta.js";
