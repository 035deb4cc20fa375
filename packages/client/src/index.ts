export { type ClientOptions, createClient, DEFAULT_BASE_URL, type GcoreBillingClient, VERSION } from "./client.js";
export { type OperationId, operations } from "./generated/operations.js";
export type { Resources } from "./generated/resources.js";
// Which spec this build came from; specTitle stays in @gcore-billing/types (bytes count in the size budget).
export { specSha256, specVersion } from "./generated/spec-meta.js";
// Request and response types per method: ErpInvoicesListParams, ErpInvoicesListResponse...
export type * from "./generated/types.js";
export { APIPromise, type WithResponse } from "./runtime/api-promise.js";
export * from "./runtime/errors.js";
export type { Logger, LogLevel } from "./runtime/logger.js";
export type { OperationSpec } from "./runtime/operation-spec.js";
export { serializeQuery } from "./runtime/query.js";
export { isIdempotent, isRetryableStatus, retryAfter, retryDelay } from "./runtime/retry.js";
export type { BinaryResponse, Page, PagePromise, RequestOptions } from "./runtime/transport-types.js";
export type { ResponseCheck, ValidateResponses } from "./runtime/validation.js";
