/** Per-request knobs accepted by every generated method. */
export interface RequestOptions {
  /** Caller's own cancellation; told apart from a timeout. */
  signal?: AbortSignal;
  /** Milliseconds before the request is abandoned (overrides the client's `timeout`). */
  timeout?: number;
  /** Retries after the first attempt (overrides the client's `maxRetries`). */
  maxRetries?: number;
  /** Force retries on or off regardless of the method's idempotency. */
  retry?: boolean;
  headers?: Record<string, string>;
}

export interface RequestParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}

/** A successful binary answer (PDF...). `body` is a web ReadableStream, read it once. */
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

/** What `list()` returns: iterate records with `for await`, or walk `.pages()`. */
export interface PagePromise<TPage, TItem> extends AsyncIterable<TItem> {
  pages(): AsyncIterable<Page<TPage, TItem>>;
  firstPage(): Promise<Page<TPage, TItem>>;
}

export interface Transport {
  json<T>(operationId: string, params: RequestParams, options?: RequestOptions): Promise<T>;
  paginate<TPage, TItem>(operationId: string, params: RequestParams, options?: RequestOptions): PagePromise<TPage, TItem>;
  binary(operationId: string, params: RequestParams, options?: RequestOptions): Promise<BinaryResponse>;
  empty(operationId: string, params: RequestParams, options?: RequestOptions): Promise<void>;
}
