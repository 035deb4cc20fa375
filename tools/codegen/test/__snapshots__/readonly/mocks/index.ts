// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: readonly.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: cd81dffb3618ce659fe224a653161c71148b0873358ea90802319efe2f67dc7f
// ---------------------------------------------------------------------------
export * from "./factories.js";
export * from "./spec-meta.js";
