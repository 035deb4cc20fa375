// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: unknown-format.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6f4de0151ba1040f5bc05bb61bcbbfaa06e743b1f5bc6eb546c7f93369fe72a1
// ---------------------------------------------------------------------------
export * from "./factories.js";
export * from "./spec-meta.js";
