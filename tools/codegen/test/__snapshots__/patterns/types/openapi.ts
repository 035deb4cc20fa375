// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: patterns.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: f167006d1b05bae936da472f4956ee3771ff05550ec48d8a1b24b1661c3a702e
// ---------------------------------------------------------------------------
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Patterns: {
            quoted?: string;
            dashed?: string;
            word_range?: string;
            brace?: string;
            python_group?: string;
            unicode_ok?: string;
        } & {
            [key: string]: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
