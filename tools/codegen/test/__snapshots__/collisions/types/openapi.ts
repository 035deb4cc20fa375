// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        foo_bar: {
            a?: string;
        };
        fooBar: {
            b?: number;
        };
        path: string;
        Path: number;
        "Event.tui.prompt.append": {
            text?: string;
        };
        EventTuiPromptAppend: {
            id?: number;
        };
        Mode: {
            /** @enum {string} */
            level_x?: "a" | "b";
            /** @enum {string} */
            levelX?: "c" | "d";
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
