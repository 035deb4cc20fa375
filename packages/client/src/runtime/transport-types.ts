import type { APIPromise } from "./api-promise.js";

// Generated code imports its types from here; it may annotate methods with APIPromise directly.
export type { APIPromise, WithResponse } from "./api-promise.js";

/** Per-request knobs accepted by every generated method. */
export interface RequestOptions {
  /** Caller's own cancellation; told apart from a timeout. */
  signal?: AbortSignal;
  /** Milliseconds per attempt, 1 to 2^31-1, or null for none (overrides the client's `timeout`). */
  timeout?: number | null;
  /** Retries after the first attempt, 0 to 10 (overrides the client's `maxRetries`). */
  maxRetries?: number;
  /** Force retries on or off regardless of the method's idempotency. */
  retry?: boolean;
  headers?: Record<string, string>;
  /** Send this call elsewhere (same rules as the client's `baseUrl`: https, or http on loopback). */
  baseUrl?: string;
  /** Undocumented query parameters, merged over the typed ones. */
  extraQuery?: Record<string, unknown>;
  /** Undocumented body properties, merged over the typed body. */
  extraBody?: Record<string, unknown>;
  /** Headers merged last; `null` removes one (e.g. the default `User-Agent`). */
  extraHeaders?: Record<string, string | null>;
  /**
   * Decoded bytes a JSON, text or error body may have before the call fails with
   * `ResponseTooLargeError` (overrides the client's `maxResponseBytes`; binary bodies stream unbounded).
   */
  maxResponseBytes?: number;
  /** For `list()`: stop after this many pages (a positive integer). */
  maxPages?: number;
}

export interface RequestParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}

/**
 * A successful binary answer (PDF...). `body` is a web ReadableStream, read it once: it is not
 * buffered, the call's `timeout` and `signal` still bound it, and `body.cancel()` stops it.
 */
export interface BinaryResponse {
  readonly status: number;
  readonly contentType: string | null;
  readonly headers: Headers;
  readonly body: ReadableStream<Uint8Array>;
}

export interface Page<TPage, TItem> {
  readonly data: TPage;
  readonly items: TItem[];
  hasNextPage(): boolean;
  nextPage(): Promise<Page<TPage, TItem>>;
}

/**
 * What `list()` returns: iterate records with `for await`, walk `.pages()`, or await it (or
 * `.withResponse()`) for the first page. Nothing is sent until one of those starts.
 */
export interface PagePromise<TPage, TItem> extends APIPromise<Page<TPage, TItem>>, AsyncIterable<TItem> {
  pages(): AsyncIterable<Page<TPage, TItem>>;
  firstPage(): Promise<Page<TPage, TItem>>;
}

export interface Transport {
  json<T>(operationId: string, params: RequestParams, options?: RequestOptions): APIPromise<T>;
  paginate<TPage, TItem>(operationId: string, params: RequestParams, options?: RequestOptions): PagePromise<TPage, TItem>;
  binary(operationId: string, params: RequestParams, options?: RequestOptions): APIPromise<BinaryResponse>;
  /** A call that fails before sending anything, its error passed through the client's redactor. */
  reject<T>(error: unknown): APIPromise<T>;
  /** A text answer of media type `asked`, decoded with its charset. */
  text(operationId: string, params: RequestParams, asked: string, options?: RequestOptions): APIPromise<string>;
  empty(operationId: string, params: RequestParams, options?: RequestOptions): APIPromise<void>;
}
