// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

/** `true`: the line bytes[start, end) is valid; `false`: don't know (take the full path). */
export type FastScanner = (bytes: Uint8Array, start: number, end: number) => boolean;
export declare const scanAdminPlanItemCommonShort: FastScanner;
export declare const scanCalcRule: FastScanner;
export declare const scanCurrencyCommonShort: FastScanner;
export declare const scanCurrencyForOrg: FastScanner;
export declare const scanCustomerCommonShort: FastScanner;
export declare const scanCustomerPayerCommonShort: FastScanner;
export declare const scanDateTimeTZRange: FastScanner;
export declare const scanDiscountCommonShort: FastScanner;
export declare const scanErpInvoice: FastScanner;
export declare const scanFeatureCommonExternal: FastScanner;
export declare const scanFeatureCommonShort: FastScanner;
export declare const scanInvoiceItemIDsShort: FastScanner;
export declare const scanPatchedTrialUpdateForOrgSerializerV1Request: FastScanner;
export declare const scanPlanCommonShort: FastScanner;
export declare const scanPriceStageCommon: FastScanner;
export declare const scanProductCategoryCommonShort: FastScanner;
export declare const scanProductCommonShort: FastScanner;
export declare const scanProductForOrg: FastScanner;
export declare const scanStatisticRegionCommonShort: FastScanner;
export declare const scanUnitCommon: FastScanner;
export declare const scanUsage: FastScanner;
export declare const fastPaths: Readonly<Record<string, FastScanner>>;
