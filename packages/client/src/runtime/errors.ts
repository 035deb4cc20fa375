/** Gcore's documented error body. Every field is optional: proxies answer with other shapes. */
export interface GcoreErrorBody {
  exception_class?: string;
  message?: string;
  request_id?: string;
  info?: unknown;
  invalid_fields?: unknown;
  [key: string]: unknown;
}

/**
 * Base of every error this client throws; thrown as such for bad configuration.
 * The hierarchy follows Stainless's TypeScript SDKs (openai-node, Gcore's own SDKs), so catch
 * logic ported from them behaves the same here.
 */
export class GcoreBillingError extends Error {
  override name = "GcoreBillingError";

  /** `JSON.stringify(error)` would otherwise give `{ name }`: `message` is not an own enumerable property. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/**
 * The request failed: the server answered with a non-success status, or (for
 * `APIConnectionError` and `APITimeoutError`) never answered, in which case `status`,
 * `headers` and `body` are undefined.
 */
export class APIError extends GcoreBillingError {
  override name = "APIError";
  readonly status: number | undefined;
  /** The answer's headers, with the API key scrubbed from every value. */
  readonly headers: Headers | undefined;
  readonly body: GcoreErrorBody | string | undefined;
  /** From the body's `request_id`, else the `x-request-id` header. */
  readonly requestId: string | undefined;

  constructor(
    status: number | undefined,
    headers: Headers | undefined,
    body: GcoreErrorBody | string | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.requestId = (typeof body === "object" && body?.request_id) || headers?.get("x-request-id") || undefined;
  }

  /** Keeps `JSON.stringify(error)` useful and free of headers. */
  override toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, status: this.status, requestId: this.requestId, body: this.body };
  }

  static from(status: number, headers: Headers, body: GcoreErrorBody | string | undefined, method: string, path: string): APIError {
    const Class =
      status >= 500
        ? InternalServerError
        : ({
            400: BadRequestError,
            401: AuthenticationError,
            403: PermissionDeniedError,
            404: NotFoundError,
            409: ConflictError,
            422: UnprocessableEntityError,
            429: RateLimitError,
          }[status] ?? APIError);
    const detail =
      typeof body === "object" && body ? (body.message ?? body.exception_class) : typeof body === "string" ? body.slice(0, 200) : undefined;
    return new Class(status, headers, body, `${method} ${path} failed with ${status}${detail ? `: ${detail}` : ""}`);
  }
}

export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
export class ConflictError extends APIError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends APIError {
  override name = "RateLimitError";
}
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/** The request never got an answer (DNS, refused, reset, truncated body): `status` is undefined. */
export class APIConnectionError extends APIError {
  override name = "APIConnectionError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(undefined, undefined, undefined, message, options);
  }
}

/** The request took longer than its timeout. Not thrown for the caller's own abort. */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
}

/** The answer did not match the spec: not JSON, empty, or (with `validateResponses: "throw"`) off-schema. */
export class ResponseValidationError extends GcoreBillingError {
  override name = "ResponseValidationError";
  constructor(
    message: string,
    readonly operationId: string,
    readonly errors: { pointer: string; keyword: string; message: string }[],
  ) {
    super(message);
  }
}

/**
 * A list walk that would not end: a page brought no record the walk had not yielded already
 * (the server ignores `offset`, or loops), or the walk would yield more records than the first
 * page's `count`.
 */
export class PaginationError extends GcoreBillingError {
  override name = "PaginationError";
  constructor(
    message: string,
    readonly operationId: string,
    /** The offset of the page that stopped the walk. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * A body (JSON, text, or an error's) larger than `maxResponseBytes` once decoded: reading
 * stopped at the limit and the connection was dropped. Not retried.
 */
export class ResponseTooLargeError extends GcoreBillingError {
  override name = "ResponseTooLargeError";
  constructor(
    message: string,
    /** The `maxResponseBytes` in force. */
    readonly limit: number,
  ) {
    super(message);
  }
}
