import { type Client, createFinalURL } from "openapi-fetch";
import { operations } from "../generated/operations.js";
import { APIPromise } from "./api-promise.js";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  type GcoreBillingError,
  ResponseTooLargeError,
  ResponseValidationError,
} from "./errors.js";
import { checkUrl } from "./guard.js";
import type { Logger } from "./logger.js";
import type { OperationSpec } from "./operation-spec.js";
import { checkHeaders, checkMaxResponseBytes, checkMaxRetries, checkTimeout } from "./options.js";
import { paginate } from "./pagination.js";
import { pathParams, serializePath } from "./path.js";
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
  /** Decoded bytes a JSON, text or error body may have. */
  maxResponseBytes: number;
  /** Validates success bodies; undefined when `validateResponses` is off. */
  check: ResponseCheck | undefined;
  /** Already filtered by level and scrubbed. */
  logger: Logger;
  /** The choke point: every error leaving the client passes through it. */
  redact: Redactor;
  allowInsecureHttp: boolean | undefined;
  /** The client's fetch (guarded): error bodies are read through it with the size limit. */
  fetch: typeof globalThis.fetch;
}

/** Statuses whose Response cannot carry a body. */
const NULL_BODY = [101, 103, 204, 205, 304];

/** How an attempt reads a 2xx body, while its timeout still runs; `hold` keeps the timer for a stream. */
type Read<T> = (response: Response, body: ReadableStream<Uint8Array> | undefined, call: Call) => Promise<T> | T;

interface Call {
  method: string;
  path: string;
  limit: number;
  signal: AbortSignal | undefined;
  /** The current attempt: whether its timer fired, and how to stop the timer once a stream is done. */
  timedOut: () => boolean;
  /** The current attempt's signal (its timer, or the caller's). */
  attempt: AbortSignal;
  hold: () => () => void;
}

/**
 * Reads a body as text, stopping as soon as its decoded size (what fetch hands over after
 * gzip, br or deflate) passes `limit`: memory grows by the limit at most, whatever is sent.
 */
async function readText(response: Response, body: ReadableStream<Uint8Array>, call: Call, decoder = new TextDecoder()): Promise<string> {
  const tooLarge = () =>
    new ResponseTooLargeError(
      `${call.method} ${call.path}: the response body is larger than maxResponseBytes (${call.limit} bytes); stopped reading. Raise the maxResponseBytes option to accept it.`,
      call.limit,
    );
  const length = response.headers.get("content-length");
  if (length !== null && !response.headers.get("content-encoding")) {
    if (Number(length) > call.limit) {
      await body.cancel().catch(() => {});
      throw tooLarge();
    }
    // Fast path: fetch holds the body to its Content-Length, which is within the limit.
    if (decoder.encoding === "utf-8") return until(response.text(), call.attempt);
  }
  const reader = body.getReader();
  let size = 0;
  let text = "";
  try {
    for (;;) {
      const { done, value } = await read(reader, call.attempt);
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > call.limit) throw tooLarge();
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
}

/**
 * `promise`, or the signal's reason as soon as it aborts. Every wait of an attempt goes through
 * it: undici passes an abort on to a request and its body through weak references, and under
 * memory pressure (right after a large body) it can be lost, leaving a read pending forever.
 */
function until<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
const read = (reader: ReadableStreamDefaultReader<Uint8Array>, signal: AbortSignal) => until(reader.read(), signal);

/** Executes generated operations through openapi-fetch, adding retries, timeouts and validation. */
export function createTransport(raw: Client<Record<string, never>>, config: TransportConfig): Transport {
  const request = raw.request as unknown as RawRequest;
  const { logger, redact } = config;

  async function send<T>(operationId: string, params: RequestParams, options: RequestOptions, read: Read<T> | null) {
    // Only generated code calls this, always with an operationId from the same table.
    const spec = table[operationId] as OperationSpec;
    const { method, path } = spec;
    const { signal, retry, extraQuery, extraBody, extraHeaders, baseUrl } = options;
    const timeout = options.timeout === undefined ? config.timeout : checkTimeout(options.timeout);
    const maxRetries = options.maxRetries === undefined ? config.maxRetries : checkMaxRetries(options.maxRetries);
    const limit = options.maxResponseBytes === undefined ? config.maxResponseBytes : checkMaxResponseBytes(options.maxResponseBytes);
    const retries = retry === false || (retry !== true && !isIdempotent(method)) ? 0 : maxRetries;
    // Checked here: a bad header would otherwise be a TypeError quoting it, taken for a network failure.
    const headers = extraHeaders ? { ...options.headers, ...extraHeaders } : options.headers;
    checkHeaders(headers, "request headers");
    if (baseUrl !== undefined) checkUrl(baseUrl, config.allowInsecureHttp);
    const query = extraQuery ? { ...params.query, ...extraQuery } : params.query;
    const encoded = pathParams(operationId, path, params.path);
    const pathSerializer = (url: string) => serializePath(url, encoded);
    const init = {
      baseUrl,
      params: { path: encoded, query },
      body: extraBody ? { ...(params.body as object), ...extraBody } : params.body,
      headers,
      parseAs: "stream",
      querySerializer: (q: Record<string, unknown>) => serializeQuery(spec, q),
      pathSerializer,
      // An error's body is read here, under the same limit: openapi-fetch would read it whole.
      fetch: async (input: Request, ext?: object) => {
        const response = await config.fetch(input, ext as RequestInit);
        if (response.ok || !response.body || NULL_BODY.includes(response.status)) return response;
        const text = await readText(response, response.body, call).catch((error: unknown) => {
          if (error instanceof ResponseTooLargeError) return null;
          throw error;
        });
        return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
      },
    };
    const where = logger.debug
      ? createFinalURL(path, {
          baseUrl: baseUrl ?? config.baseUrl,
          params: init.params,
          querySerializer: init.querySerializer,
          pathSerializer,
        })
      : "";
    // A signal of our own for this call: the caller's may be shared by many calls, and adding
    // a listener to it per call (or per attempt) trips Node's MaxListenersExceededWarning.
    const callSignal = signal && AbortSignal.any([signal]);
    let timedOut = false;
    let held = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const call: Call = {
      method,
      path,
      limit,
      signal,
      timedOut: () => timedOut,
      attempt: new AbortController().signal,
      hold: () => {
        held = true;
        const mine = timer;
        return () => clearTimeout(mine);
      },
    };
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      const controller = new AbortController();
      timedOut = false;
      timer =
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
        const attemptSignal = callSignal ? AbortSignal.any([callSignal, controller.signal]) : controller.signal;
        call.attempt = attemptSignal;
        const result = await until(request(method, path, { ...init, signal: attemptSignal }), attemptSignal);
        const { response: answer } = result;
        logger.debug?.(
          `${method} ${where} -> ${answer.status} (attempt ${attempt + 1}/${retries + 1}, ${Math.round(performance.now() - started)} ms)`,
        );
        const body = result.data as ReadableStream<Uint8Array> | undefined;
        if (answer.ok) {
          // The body is read before the timer stops: `timeout` bounds the whole attempt. A
          // connection lost meanwhile is retried like one lost before the headers.
          const data = read ? await read(answer, body, call) : (undefined as T);
          return { data, response: answer };
        }
        response = answer;
        error = APIError.from(response.status, redact(response.headers), redact(result.error) as never, method, path);
      } catch (cause) {
        // The caller's own abort is rethrown as is, so it never looks like a timeout.
        if (signal?.aborted) throw signal.reason;
        // Network failures surface as TypeError (undici and browsers). Anything else (a refused
        // URL, a redirect loop, a body over the limit, a bug) is final.
        if (!timedOut && !(cause instanceof TypeError)) throw cause;
        const clean = redact(cause);
        error = timedOut
          ? new APITimeoutError(`${method} ${path} timed out after ${timeout} ms`, { cause: clean })
          : new APIConnectionError(`${method} ${path}: connection failed (${describe(cause as TypeError)})`, { cause: clean });
        logger.debug?.(
          `${method} ${where} -> ${error.name} (attempt ${attempt + 1}/${retries + 1}, ${Math.round(performance.now() - started)} ms)`,
        );
      } finally {
        if (!held) clearTimeout(timer);
      }
      if (attempt >= retries || (response && !isRetryableStatus(response.status))) throw error;
      const delay = Math.round(retryDelay(attempt, response?.headers));
      logger.info?.(`${error.message}; retry ${attempt + 1}/${retries} in ${delay} ms`);
      await sleep(delay, callSignal);
    }
  }

  const decode = (operationId: string, data: string, response: Response): unknown => {
    // An empty 2xx body (or a 204) where the spec promises JSON is as wrong as a broken one.
    if (data === "") {
      throw new ResponseValidationError(`${operationId} ${response.status} response is empty; expected JSON`, operationId, [
        { pointer: "", keyword: "json", message: "empty body" },
      ]);
    }
    try {
      return JSON.parse(data);
    } catch {
      // A complete answer that is not JSON will not get better on retry. JSON.parse's message
      // quotes the body's first characters, which may be the start of an echoed key: left out.
      const message = `not JSON (content-type ${response.headers.get("content-type") ?? "none"}, ${data.length} characters)`;
      throw new ResponseValidationError(`${operationId} ${response.status} response is ${message}`, operationId, [
        { pointer: "", keyword: "json", message },
      ]);
    }
  };

  const readJson: Read<string> = (response, body, call) => (body ? readText(response, body, call) : "");

  const json = async (operationId: string, params: RequestParams, options: RequestOptions | undefined, rawMode: boolean) => {
    if (rawMode) return { data: undefined, response: (await send(operationId, params, options ?? {}, null)).response };
    const { data, response } = await send(operationId, params, options ?? {}, readJson);
    const value = decode(operationId, data, response);
    config.check?.(operationId, response.status, value, logger);
    return { data: value, response };
  };

  /** A 2xx text answer decoded with its declared charset; another media type is an error, not a string. */
  const readAs =
    (operationId: string, asked: string): Read<string> =>
    async (response, body, call) => {
      const contentType = response.headers.get("content-type");
      const got = contentType?.split(";")[0]?.trim().toLowerCase();
      const fail = (message: string): never => {
        body?.cancel().catch(() => {});
        throw new ResponseValidationError(`${operationId} ${response.status}: ${message}`, operationId, [
          { pointer: "", keyword: "contentType", message },
        ]);
      };
      if (got && got !== asked.toLowerCase()) fail(`asked for ${asked}, the server answered ${got}`);
      const charset = /;\s*charset="?([^";\s]+)"?/i.exec(contentType ?? "")?.[1] ?? "utf-8";
      let decoder: TextDecoder;
      try {
        decoder = new TextDecoder(charset);
      } catch {
        return fail(`unknown charset "${charset}"`);
      }
      return body ? readText(response, body, call, decoder) : "";
    };

  /**
   * A binary body handed over as a stream, never buffered: the attempt's timer keeps running
   * until the stream ends or is cancelled, and its failures are the client's typed errors.
   */
  const readStream: Read<ReadableStream<Uint8Array>> = (_response, body, call) => {
    const stop = call.hold();
    const reader = (body ?? new Blob([]).stream()).getReader();
    return new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          try {
            const { done, value } = await read(reader, call.attempt);
            if (done) {
              stop();
              controller.close();
            } else controller.enqueue(value);
          } catch (cause) {
            stop();
            reader.cancel().catch(() => {});
            throw redact(
              call.signal?.aborted
                ? call.signal.reason
                : call.timedOut()
                  ? new APITimeoutError(`${call.method} ${call.path} timed out while reading the body`, { cause })
                  : cause instanceof TypeError
                    ? new APIConnectionError(`${call.method} ${call.path}: connection lost while reading the body`, { cause })
                    : cause,
            );
          }
        },
        cancel(reason) {
          stop();
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
  };

  const promise = <T>(execute: (raw: boolean) => Promise<{ data: T; response: Response }>) => new APIPromise<T>(execute, false, redact);

  return {
    reject: (error) => promise(() => Promise.reject(error)),
    json: <T>(operationId: string, params: RequestParams, options?: RequestOptions) =>
      promise((rawMode) => json(operationId, params, options, rawMode) as Promise<{ data: T; response: Response }>),
    empty: (operationId, params, options) =>
      promise(async (rawMode) => ({
        data: undefined,
        // Nothing to read: the body, if any, is dropped so the connection is free again.
        response: (await send(operationId, params, options ?? {}, rawMode ? null : (_r, body) => void body?.cancel().catch(() => {})))
          .response,
      })),
    text: (operationId, params, asked, options) =>
      promise((rawMode) => send(operationId, params, options ?? {}, rawMode ? null : readAs(operationId, asked))),
    binary: (operationId, params, options) =>
      promise(async (rawMode) => {
        const { data, response } = await send(operationId, params, options ?? {}, rawMode ? null : readStream);
        const binary: BinaryResponse = {
          status: response.status,
          contentType: response.headers.get("content-type"),
          headers: response.headers,
          body: data as ReadableStream<Uint8Array>,
        };
        return { data: binary, response };
      }),
    paginate: (operationId, params, options) =>
      paginate((p, rawMode) => json(operationId, p, options, rawMode), operationId, params, options, redact),
  };
}

/** undici hides the useful part (`ECONNRESET`, "other side closed") in `cause`. */
function describe(error: TypeError): string {
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ?? cause?.message ?? error.message;
}
