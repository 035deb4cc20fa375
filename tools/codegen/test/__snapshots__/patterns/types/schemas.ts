// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: patterns.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 5fe53f452faeeb0d90eb83aad25666ef6ee28b31eca57f448102d1d9bba4ab70
// ---------------------------------------------------------------------------

import type { components } from "./openapi.js";

/** `components["schemas"]["Patterns"]` */
export type Patterns = components["schemas"]["Patterns"];


/** Component schema name -> exported name. */
export const schemaNames = {
  "Patterns": "Patterns"
} as const;
