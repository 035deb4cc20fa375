/** What `.withResponse()` resolves to: the data and the answer it came from. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  status: number;
  headers: Headers;
  /** The answer's `x-request-id`, for support tickets and log correlation. */
  requestId: string | undefined;
}

/** Runs the call: `raw` asks for the final `Response` unread (no decoding, no validation). */
export type Execute<T> = (raw: boolean) => Promise<{ data: T; response: Response }>;

/** What every rejection passes through before the caller sees it: the client's key redactor. */
export type Scrub = (error: unknown) => unknown;

/**
 * The promise every method returns, as in Stainless SDKs: await it for the data,
 * `.withResponse()` for the data plus status, headers and request id, `.asResponse()` for the
 * raw `Response` with its body unread. The call starts in the next microtask (or at the first
 * `then`/`withResponse`/`asResponse`), so `.asResponse()` chained at once skips decoding.
 */
export class APIPromise<T> implements Promise<T> {
  readonly #execute: Execute<T>;
  readonly #scrub: Scrub;
  #parsed: Promise<{ data: T; response: Response }> | undefined;
  #raw: Promise<Response> | undefined;

  constructor(execute: Execute<T>, lazy = false, scrub: Scrub = (e) => e) {
    this.#scrub = scrub;
    // Every way out (await, withResponse, asResponse, _thenUnwrap) goes through here.
    this.#execute = (raw) =>
      execute(raw).catch((error: unknown) => {
        throw scrub(error);
      });
    if (!lazy)
      queueMicrotask(() => {
        // Started but never awaited: the rejection surfaces on the caller's promise, not here.
        if (!this.#raw) this.#parse().catch(() => {});
      });
  }

  #parse(): Promise<{ data: T; response: Response }> {
    this.#parsed ??= this.#execute(false);
    return this.#parsed;
  }

  // biome-ignore lint/suspicious/noThenProperty: this is a promise.
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    // biome-ignore lint/suspicious/noExplicitAny: Promise's own signature, so `(error: Error) => ...` fits.
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parse()
      .then((r) => r.data)
      .then(onfulfilled, onrejected);
  }

  // biome-ignore lint/suspicious/noExplicitAny: as above.
  catch<R = never>(onrejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  withResponse(): Promise<WithResponse<T>> {
    return this.#parse().then(({ data, response }) => ({
      data,
      response,
      status: response.status,
      headers: response.headers,
      requestId: response.headers.get("x-request-id") ?? undefined,
    }));
  }

  /**
   * A new APIPromise whose data is `fn(data, response)` (text decoded from a byte answer...), as
   * Stainless's `_thenUnwrap`: `.withResponse()` gives the transformed data, `.asResponse()` still
   * the raw `Response` with `fn` never run.
   */
  _thenUnwrap<U>(fn: (data: T, response: Response) => U | PromiseLike<U>): APIPromise<U> {
    return new APIPromise<U>(
      async (raw) => {
        if (raw) return { data: undefined as U, response: await this.asResponse() };
        const { data, response } = await this.#parse();
        return { data: await fn(data, response), response };
      },
      false,
      this.#scrub,
    );
  }

  /** The final `Response` (after retries); non-2xx answers still reject with an `APIError`. */
  asResponse(): Promise<Response> {
    // Already decoding: its Response is the one there is (body read).
    this.#raw ??= (this.#parsed ?? this.#execute(true)).then((r) => r.response);
    return this.#raw;
  }

  get [Symbol.toStringTag](): string {
    return "APIPromise";
  }
}
