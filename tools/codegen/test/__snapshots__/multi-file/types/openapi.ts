// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------
export interface paths {
    "/pets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["v1_pets_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Owner: {
            pet: components["schemas"]["Pet"];
        };
        /** @enum {string} */
        kind: "cat" | "dog";
        Pet: {
            name: string;
            kind?: components["schemas"]["kind"];
        };
    };
    responses: never;
    parameters: {
        Limit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    v1_pets_list: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pet"][];
                };
            };
        };
    };
}
