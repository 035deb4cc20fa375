export { type ClientOptions, createClient, DEFAULT_BASE_URL, type GcoreBillingClient } from "./client.js";
export { type OperationId, operations, specSha256, specTitle, specVersion } from "./generated/index.js";
export * from "./runtime/errors.js";
export type { OperationSpec } from "./runtime/operation-spec.js";
export { serializeQuery } from "./runtime/query.js";
export type { BinaryResponse, Page, PagePromise, RequestOptions } from "./runtime/transport-types.js";
