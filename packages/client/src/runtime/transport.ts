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
  /** The client's fetch (guarded), which `exchange` calls for every attempt. */
  fetch: typeof globalThis.fetch;
}

/** How an attempt reads a 2xx body, while its timeout still runs (a stream sets `held`). */
type Read<T> = (response: Response, body: ReadableStream<Uint8Array> | undefined, attempt: Attempt) => Promise<T> | T;

/**
 * One attempt of one request, generated or raw: what every wait of it follows (the caller's
 * signal and the timer), the body limit, and the timer's end. Only made when a call starts.
 */
export interface Attempt {
  method: string;
  path: string;
  limit: number;
  /** The caller's own signal: its abort is rethrown as is, never taken for a timeout. */
  caller: AbortSignal | undefined;
  /** The caller's and the timer's; undefined when there is neither (nothing to wait for). */
  signal: AbortSignal | undefined;
  timedOut: boolean;
  /** Set by a reader that hands the body over as a stream: the timer stops when the stream ends. */
  held: boolean;
  stop(): void;
}

const noop = () => {};

export function startAttempt(method: string, path: string, limit: number, timeout: number | null, caller?: AbortSignal): Attempt {
  const attempt: Attempt = { method, path, limit, caller, signal: undefined, timedOut: false, held: false, stop: noop };
  // A signal of our own even without a timer: the caller's may be shared by many calls, and a
  // listener added to it per call trips Node's MaxListenersExceededWarning (AbortSignal.any adds none).
  if (timeout === null) attempt.signal = caller && AbortSignal.any([caller]);
  else {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      attempt.timedOut = true;
      controller.abort(new APITimeoutError(`${method} ${path} timed out after ${timeout} ms`));
    }, timeout);
    attempt.stop = () => clearTimeout(timer);
    attempt.signal = caller ? AbortSignal.any([caller, controller.signal]) : controller.signal;
  }
  return attempt;
}

const tooLarge = ({ method, path, limit }: Attempt) =>
  new ResponseTooLargeError(
    `${method} ${path}: the response body is larger than maxResponseBytes (${limit} bytes); stopped reading. Raise the maxResponseBytes option to accept it.`,
    limit,
  );

/**
 * Reads a whole body (as text, or as bytes when `decoder` is null), stopping as soon as its
 * decoded size (what fetch hands over after gzip, br or deflate) passes the attempt's limit:
 * memory grows by the limit at most, whatever is sent. Each wait follows the attempt's signal.
 */
async function readAll(response: Response, body: ReadableStream<Uint8Array>, attempt: Attempt, decoder?: TextDecoder | null) {
  const length = response.headers.get("content-length");
  if (length !== null && !response.headers.get("content-encoding")) {
    if (Number(length) > attempt.limit) {
      await body.cancel().catch(noop);
      throw tooLarge(attempt);
    }
    // Fast path: fetch holds the body to its Content-Length, which is within the limit. Not
    // raced here: every caller already waits for it under the attempt's signal (send's one wait
    // for headers and body, a raw call's), and there is no reader to cancel.
    if (decoder === null) return new Uint8Array(await response.arrayBuffer());
    if (!decoder || decoder.encoding === "utf-8") return response.text();
  }
  // Made here only: the fast path, which most calls take, needs none.
  if (decoder !== null) decoder ??= new TextDecoder();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let text = "";
  try {
    for (;;) {
      const { done, value } = await until(reader.read(), attempt.signal);
      if (done) return decoder ? text + decoder.decode() : new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
      size += value.byteLength;
      if (size > attempt.limit) throw tooLarge(attempt);
      if (decoder) text += decoder.decode(value, { stream: true });
      else chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(noop);
    throw error;
  }
}
const readText = readAll as (
  response: Response,
  body: ReadableStream<Uint8Array>,
  attempt: Attempt,
  decoder?: TextDecoder,
) => Promise<string>;

/**
 * `promise`, or the signal's reason as soon as it aborts. Every wait of an attempt goes through
 * it: undici passes an abort on to a request and its body through weak references, and under
 * memory pressure (right after a large body) it can be lost, leaving a read pending forever.
 */
export function until<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** The caller's abort as its own reason; the timer's as an APITimeoutError; a lost connection typed. */
function failure(attempt: Attempt, cause: unknown, when: string): unknown {
  if (attempt.caller?.aborted) return attempt.caller.reason;
  if (attempt.timedOut) return attempt.signal?.reason;
  return cause instanceof TypeError ? new APIConnectionError(`${attempt.method} ${attempt.path}: connection ${when}`, { cause }) : cause;
}

/** undici hides the useful part (`ECONNRESET`, "other side closed") in `cause`. */
function describe(error: TypeError): string {
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ?? cause?.message ?? error.message;
}

/**
 * A body handed over as a stream, never buffered (and over no limit unless `limited`): the
 * attempt's timer keeps running until the stream ends or is cancelled, each read follows the
 * attempt's signal, and its failures are the client's typed errors, redacted.
 */
function timedStream(body: ReadableStream<Uint8Array> | null, attempt: Attempt, redact: Redactor, limited = false) {
  attempt.held = true;
  const reader = (body ?? new Blob([]).stream()).getReader();
  let size = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await until(reader.read(), attempt.signal);
          if (done) {
            attempt.stop();
            return controller.close();
          }
          size += value.byteLength;
          if (limited && size > attempt.limit) throw tooLarge(attempt);
          controller.enqueue(value);
        } catch (cause) {
          attempt.stop();
          reader.cancel().catch(noop);
          throw redact(failure(attempt, cause, "lost while reading the body"));
        }
      },
      cancel(reason) {
        attempt.stop();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** A Response with another body, keeping what the caller reads off it (`url` included). */
function rebuilt(response: Response, body: BodyInit | null): Response {
  const copy = new Response(body, response);
  return Object.defineProperty(copy, "url", { value: response.url });
}

/**
 * How a body leaves the one place every request passes (`exchange`): "read" by the client
 * afterwards (a generated call's 2xx, under the same attempt), "buffer" read here whole under
 * the limit (what openapi-fetch itself would read: raw calls), "stream" handed over as a timed
 * stream (raw `parseAs: "stream"`), "limited" a timed stream that also stops at the limit
 * (`.asResponse()` of a JSON or text operation).
 */
export type BodyMode = "read" | "buffer" | "stream" | "limited";

/**
 * The choke point: every request, generated or raw (`client.GET(...)`), is sent through here
 * with its attempt (the fetch openapi-fetch is given for the call). An error body
 * is always read here under the limit (openapi-fetch would read it whole); a 2xx body as `mode` says.
 */
export async function exchange(
  fetch: typeof globalThis.fetch,
  request: Request,
  attempt: Attempt,
  mode: BodyMode,
  redact: Redactor,
): Promise<Response> {
  // Its caller awaits the whole openapi-fetch call under the attempt's signal: this wait included.
  const response = await fetch(request);
  const { body } = response;
  // A HEAD, 204, 205 or 304 answer has a null body (the Fetch standard's null body statuses).
  if (!body || (response.ok && mode === "read")) return response;
  return rebuilt(
    response,
    response.ok && mode !== "buffer"
      ? timedStream(body, attempt, redact, mode === "limited")
      : await readAll(response, body, attempt, null).catch((error: unknown) => {
          // An error body over the limit leaves the APIError without a body; the status still tells.
          if (response.ok || !(error instanceof ResponseTooLargeError)) throw error;
          return null;
        }),
  );
}

/** Executes generated operations through openapi-fetch, adding retries, timeouts and validation. */
export function createTransport(raw: Client<Record<string, never>>, config: TransportConfig): Transport {
  const request = raw.request as unknown as RawRequest;
  const { logger, redact } = config;

  /**
   * One generated call: its attempts, each through `exchange`. `read` reads a 2xx body inside the
   * attempt; a BodyMode instead hands the Response over (`.asResponse()`) with its body a timed
   * stream, so the timeout still bounds it.
   */
  async function send<T>(operationId: string, params: RequestParams, options: RequestOptions, read: Read<T> | "limited" | "stream") {
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
    if (headers) checkHeaders(headers, "request headers");
    if (baseUrl !== undefined) checkUrl(baseUrl, config.allowInsecureHttp);
    const query = extraQuery ? { ...params.query, ...extraQuery } : params.query;
    const encoded = pathParams(operationId, path, params.path);
    const mode = typeof read === "string" ? read : "read";
    let attempt: Attempt;
    const init = {
      baseUrl,
      params: { path: encoded, query },
      body: extraBody ? { ...(params.body as object), ...extraBody } : params.body,
      headers,
      parseAs: "stream",
      querySerializer: (q: Record<string, unknown>) => serializeQuery(spec, q),
      pathSerializer: (url: string) => serializePath(url, encoded),
      fetch: (input: Request) => exchange(config.fetch, input, attempt, mode, redact),
      signal: undefined as AbortSignal | undefined,
    };
    const where = logger.debug ? createFinalURL(path, { ...init, baseUrl: baseUrl ?? config.baseUrl }) : "";
    // One signal per call following the caller's, so that attempts add no listener to theirs.
    const callSignal = signal && AbortSignal.any([signal]);
    for (let n = 0; ; n++) {
      signal?.throwIfAborted();
      attempt = startAttempt(method, path, limit, timeout, callSignal);
      init.signal = attempt.signal;
      const started = logger.debug ? performance.now() : 0;
      let response: Response | undefined;
      let error: GcoreBillingError;
      const trace = (what: unknown) =>
        logger.debug?.(`${method} ${where} -> ${what} (attempt ${n + 1}/${retries + 1}, ${Math.round(performance.now() - started)} ms)`);
      try {
        // One wait for the headers and the body: `timeout` bounds the whole attempt, and the body
        // is read before the timer stops. A connection lost meanwhile is retried like one lost
        // before the headers.
        const {
          response: answer,
          data,
          error: body,
        } = await until(
          request(method, path, init).then(async (r) => {
            trace(r.response.status);
            return r.response.ok && typeof read === "function" ? { ...r, data: await read(r.response, r.data as never, attempt) } : r;
          }),
          attempt.signal,
        );
        if (answer.ok) return { data: data as T, response: answer };
        response = answer;
        error = APIError.from(response.status, redact(response.headers), redact(body) as never, method, path);
      } catch (cause) {
        const final = failure(attempt, cause, `failed (${describe(cause as TypeError)})`);
        // The caller's own abort is rethrown as is, so it never looks like a timeout. Anything
        // but a timeout or a lost connection (a refused URL, a redirect loop, a body over the
        // limit, a bug) is final.
        if (!(final instanceof APIConnectionError) || signal?.aborted) throw final;
        error = redact(final);
        trace(error.name);
      } finally {
        if (!attempt.held) attempt.stop();
      }
      if (n >= retries || (response && !isRetryableStatus(response.status))) throw error;
      const delay = Math.round(retryDelay(n, response?.headers));
      logger.info?.(`${error.message}; retry ${n + 1}/${retries} in ${delay} ms`);
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

  const readJson: Read<string> = (response, body, attempt) => (body ? readText(response, body, attempt) : "");

  const json = async (operationId: string, params: RequestParams, options: RequestOptions | undefined, rawMode: boolean) => {
    if (rawMode) return { data: undefined, response: (await send(operationId, params, options ?? {}, "limited")).response };
    const { data, response } = await send(operationId, params, options ?? {}, readJson);
    const value = decode(operationId, data, response);
    config.check?.(operationId, response.status, value, logger);
    return { data: value, response };
  };

  /** A 2xx text answer decoded with its declared charset; another media type is an error, not a string. */
  const readAs =
    (operationId: string, asked: string): Read<string> =>
    async (response, body, attempt) => {
      const contentType = response.headers.get("content-type");
      const got = contentType?.split(";")[0]?.trim().toLowerCase();
      const fail = (message: string): never => {
        body?.cancel().catch(noop);
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
      return body ? readText(response, body, attempt, decoder) : "";
    };

  /** A binary body is handed over as a timed stream, never buffered (see `timedStream`). */
  const readStream: Read<ReadableStream<Uint8Array>> = (_response, body, attempt) => timedStream(body ?? null, attempt, redact);

  const promise = <T>(execute: (raw: boolean) => Promise<{ data: T; response: Response }>) => new APIPromise<T>(execute, false, redact);

  return {
    reject: (error) => promise(() => Promise.reject(error)),
    json: <T>(operationId: string, params: RequestParams, options?: RequestOptions) =>
      promise((rawMode) => json(operationId, params, options, rawMode) as Promise<{ data: T; response: Response }>),
    empty: (operationId, params, options) =>
      promise(async (rawMode) => ({
        data: undefined,
        // Nothing to read: the body, if any, is dropped so the connection is free again.
        response: (await send(operationId, params, options ?? {}, rawMode ? "limited" : (_r, body) => void body?.cancel().catch(noop)))
          .response,
      })),
    text: (operationId, params, asked, options) =>
      promise((rawMode) => send(operationId, params, options ?? {}, rawMode ? "limited" : readAs(operationId, asked))),
    binary: (operationId, params, options) =>
      promise(async (rawMode) => {
        const { data, response } = await send(operationId, params, options ?? {}, rawMode ? "stream" : readStream);
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
