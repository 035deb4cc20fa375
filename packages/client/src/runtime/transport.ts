import { type Client, createFinalURL, defaultPathSerializer } from "openapi-fetch";
import { operations } from "../generated/operations.js";
import { APIPromise } from "./api-promise.js";
import { APIConnectionError, APIError, APITimeoutError, type GcoreBillingError, ResponseValidationError } from "./errors.js";
import { checkUrl } from "./guard.js";
import type { Logger } from "./logger.js";
import type { OperationSpec } from "./operation-spec.js";
import { checkHeaders, checkMaxRetries, checkTimeout } from "./options.js";
import { paginate } from "./pagination.js";
import { serializeQuery } from "./query.js";
import type { Redactor } from "./redact.js";
import { isIdempotent, isRetryableStatus, retryDelay, sleep } from "./retry.js";
import type { BinaryResponse, RequestOptions, RequestParams, Transport } from "./transport-types.js";
import type { ResponseCheck } from "./validation.js";

const table = operations as unknown as Record<string, OperationSpec | undefined>;

type RawRequest = (method: string, path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export interface TransportConfig {
  baseUrl: string;
  /** Milliseconds per attempt; null for none. */
  timeout: number | null;
  maxRetries: number;
  /** Validates success bodies; undefined when `validateResponses` is off. */
  check: ResponseCheck | undefined;
  /** Already filtered by level and scrubbed. */
  logger: Logger;
  /** Scrubs the API key from anything the server echoes back into an error. */
  redact: Redactor;
  allowInsecureHttp: boolean | undefined;
}

/** Executes generated operations through openapi-fetch, adding retries, timeouts and validation. */
export function createTransport(raw: Client<Record<string, never>>, config: TransportConfig): Transport {
  const request = raw.request as unknown as RawRequest;
  const { logger, redact } = config;

  async function send(operationId: string, params: RequestParams, options: RequestOptions = {}, stream = false) {
    // Only generated code calls this, always with an operationId from the same table.
    const spec = table[operationId] as OperationSpec;
    const { method, path } = spec;
    const { signal, retry, extraQuery, extraBody, extraHeaders, baseUrl } = options;
    const timeout = options.timeout === undefined ? config.timeout : checkTimeout(options.timeout);
    const maxRetries = options.maxRetries === undefined ? config.maxRetries : checkMaxRetries(options.maxRetries);
    const retries = retry === false || (retry !== true && !isIdempotent(method)) ? 0 : maxRetries;
    // Checked here: a bad header would otherwise be a TypeError quoting it, taken for a network failure.
    const headers = extraHeaders ? { ...options.headers, ...extraHeaders } : options.headers;
    checkHeaders(headers, "request headers");
    if (baseUrl !== undefined) checkUrl(baseUrl, config.allowInsecureHttp);
    const query = extraQuery ? { ...params.query, ...extraQuery } : params.query;
    const init = {
      baseUrl,
      params: { path: params.path, query },
      body: extraBody ? { ...(params.body as object), ...extraBody } : params.body,
      headers,
      parseAs: stream ? "stream" : "text",
      querySerializer: (q: Record<string, unknown>) => serializeQuery(spec, q),
    };
    const where = logger.debug
      ? createFinalURL(path, {
          baseUrl: baseUrl ?? config.baseUrl,
          params: init.params,
          querySerializer: init.querySerializer,
          pathSerializer: defaultPathSerializer,
        })
      : "";
    // A signal of our own for this call: the caller's may be shared by many calls, and adding
    // a listener to it per call (or per attempt) trips Node's MaxListenersExceededWarning.
    const callSignal = signal && AbortSignal.any([signal]);
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      const controller = new AbortController();
      let timedOut = false;
      const timer =
        timeout === null
          ? undefined
          : setTimeout(() => {
              timedOut = true;
              controller.abort();
            }, timeout);
      const started = logger.debug ? performance.now() : 0;
      let response: Response | undefined;
      let error: GcoreBillingError;
      try {
        const result = await request(method, path, {
          ...init,
          signal: callSignal ? AbortSignal.any([callSignal, controller.signal]) : controller.signal,
        });
        response = result.response;
        logger.debug?.(
          `${method} ${where} -> ${response.status} (attempt ${attempt + 1}/${retries + 1}, ${Math.round(performance.now() - started)} ms)`,
        );
        if (response.ok) return { data: stream ? response.body : result.data, response };
        error = APIError.from(response.status, redact(response.headers), redact(result.error) as never, method, path);
      } catch (cause) {
        // The caller's own abort is rethrown as is, so it never looks like a timeout.
        if (signal?.aborted) throw signal.reason;
        // Network failures surface as TypeError (undici and browsers). Anything else (a refused
        // URL, a redirect loop, a bug) is final and shown as is.
        if (!timedOut && !(cause instanceof TypeError)) throw cause;
        const clean = redact(cause);
        error = timedOut
          ? new APITimeoutError(`${method} ${path} timed out after ${timeout} ms`, { cause: clean })
          : new APIConnectionError(redact(`${method} ${path}: connection failed (${describe(cause as TypeError)})`), { cause: clean });
        logger.debug?.(
          `${method} ${where} -> ${error.name} (attempt ${attempt + 1}/${retries + 1}, ${Math.round(performance.now() - started)} ms)`,
        );
      } finally {
        clearTimeout(timer);
      }
      if (attempt >= retries || (response && !isRetryableStatus(response.status))) throw error;
      const delay = Math.round(retryDelay(attempt, response?.headers));
      logger.info?.(`${error.message}; retry ${attempt + 1}/${retries} in ${delay} ms`);
      await sleep(delay, callSignal);
    }
  }

  const decode = (operationId: string, data: unknown, response: Response): unknown => {
    // An empty 2xx body (or a 204) where the spec promises JSON is as wrong as a broken one.
    if (data === undefined || data === "") {
      throw new ResponseValidationError(`${operationId} ${response.status} response is empty; expected JSON`, operationId, [
        { pointer: "", keyword: "json", message: "empty body" },
      ]);
    }
    try {
      return JSON.parse(data as string);
    } catch {
      // A complete answer that is not JSON will not get better on retry. JSON.parse's message
      // quotes the body's first characters, which may be the start of an echoed key: left out.
      const message = `not JSON (content-type ${response.headers.get("content-type") ?? "none"}, ${(data as string).length} characters)`;
      throw new ResponseValidationError(`${operationId} ${response.status} response is ${message}`, operationId, [
        { pointer: "", keyword: "json", message },
      ]);
    }
  };

  const json = async (operationId: string, params: RequestParams, options: RequestOptions | undefined, rawMode: boolean) => {
    const { data, response } = await send(operationId, params, options, rawMode);
    if (rawMode) return { data: undefined, response };
    const value = decode(operationId, data, response);
    config.check?.(operationId, response.status, value, logger);
    return { data: value, response };
  };

  return {
    json: <T>(operationId: string, params: RequestParams, options?: RequestOptions) =>
      new APIPromise<T>((rawMode) => json(operationId, params, options, rawMode) as Promise<{ data: T; response: Response }>),
    empty: (operationId, params, options) =>
      new APIPromise<void>(async (rawMode) => ({
        data: undefined,
        response: (await send(operationId, params, options, rawMode)).response,
      })),
    binary: (operationId, params, options) =>
      new APIPromise<BinaryResponse>(async () => {
        const { data, response } = await send(operationId, params, options, true);
        const binary: BinaryResponse = {
          status: response.status,
          contentType: response.headers.get("content-type"),
          headers: response.headers,
          body: data as ReadableStream,
        };
        return { data: binary, response };
      }),
    paginate: (operationId, params, options) =>
      paginate((p, rawMode) => json(operationId, p, options, rawMode), operationId, params, options),
  };
}

/** undici hides the useful part (`ECONNRESET`, "other side closed") in `cause`. */
function describe(error: TypeError): string {
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ?? cause?.message ?? error.message;
}
