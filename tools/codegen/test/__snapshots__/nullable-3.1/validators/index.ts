// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.1.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0362799e7a6562f227156dd643f8c063c7fb4ac8f024a46383f3bfa92350224
// ---------------------------------------------------------------------------
export * from "./validators.js";
export * from "./spec-meta.js";
export * from "./standard-schema.js";
