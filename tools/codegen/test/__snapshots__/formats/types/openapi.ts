// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: formats.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6ab268ce2c2f4d566bebb74e3d0456ef525e100fdfe6afec02b78da8bb90c5d5
// ---------------------------------------------------------------------------
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Formats: {
            /** Format: date */
            date?: string;
            /** Format: date-time */
            date_time?: string;
            /** Format: uri */
            uri?: string;
            /** Format: uuid */
            uuid?: string;
            /** Format: uuid4 */
            uuid4?: string;
            /** Format: email */
            email?: string;
            /** Format: ipv4 */
            ipv4?: string;
            /** Format: ipv6 */
            ipv6?: string;
            /** Format: ipvanyaddress */
            any_ip?: string;
            /** Format: int32 */
            int32?: number;
            /** Format: int64 */
            int64?: number;
            /** Format: uint64 */
            uint64?: number;
            /** Format: decimal */
            amount?: string;
            /** Format: decimal */
            loose_amount?: string;
            /** Format: binary */
            file?: string;
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
