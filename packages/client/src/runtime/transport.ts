import type { Client } from "openapi-fetch";
import { operations } from "../generated/operations.js";
import { APIConnectionError, APIError, APITimeoutError, type GcoreBillingError, ResponseValidationError } from "./errors.js";
import type { Logger } from "./logger.js";
import type { OperationSpec } from "./operation-spec.js";
import { paginate } from "./pagination.js";
import { serializeQuery } from "./query.js";
import { isIdempotent, isRetryableStatus, retryDelay, sleep } from "./retry.js";
import type { BinaryResponse, RequestOptions, RequestParams, Transport } from "./transport-types.js";
import type { ResponseCheck } from "./validation.js";

const table = operations as unknown as Record<string, OperationSpec | undefined>;

type RawRequest = (method: string, path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export interface TransportConfig {
  /** Milliseconds per attempt. */
  timeout: number;
  maxRetries: number;
  /** Validates success bodies; undefined when `validateResponses` is off. */
  check: ResponseCheck | undefined;
  logger: Logger;
  /** Scrubbed from anything the server echoes back into an error. */
  secret: string;
}

/** Executes generated operations through openapi-fetch, adding retries, timeouts and validation. */
export function createTransport(raw: Client<Record<string, never>>, config: TransportConfig): Transport {
  const request = raw.request as unknown as RawRequest;
  const { logger, secret } = config;
  const redact = (body: unknown): unknown => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    if (!text?.includes(secret)) return body;
    const clean = text.replaceAll(secret, "[redacted]");
    return typeof body === "string" ? clean : JSON.parse(clean);
  };

  async function send(operationId: string, params: RequestParams, options: RequestOptions = {}, stream = false) {
    // Only generated code calls this, always with an operationId from the same table.
    const spec = table[operationId] as OperationSpec;
    const { method, path } = spec;
    const { signal, retry } = options;
    const timeout = options.timeout ?? config.timeout;
    const retries = retry === false || (retry !== true && !isIdempotent(method)) ? 0 : (options.maxRetries ?? config.maxRetries);
    const init = {
      params: { path: params.path, query: params.query },
      body: params.body,
      headers: options.headers,
      parseAs: stream ? "stream" : "text",
      querySerializer: (query: Record<string, unknown>) => serializeQuery(spec, query),
    };
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      // One controller per attempt: the timeout aborts it, and so does the caller's signal,
      // whose own reason is rethrown so a caller's abort never looks like a timeout.
      const controller = new AbortController();
      const forward = () => controller.abort(signal?.reason);
      signal?.addEventListener("abort", forward);
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeout);
      let response: Response | undefined;
      let error: GcoreBillingError;
      try {
        const result = await request(method, path, { ...init, signal: controller.signal });
        response = result.response;
        if (response.ok) return { data: stream ? response.body : result.data, response };
        error = APIError.from(response.status, response.headers, redact(result.error) as never, method, path);
      } catch (cause) {
        if (signal?.aborted) throw signal.reason;
        // Network failures surface as TypeError (undici and browsers); anything else is a bug to show as is.
        if (!timedOut && !(cause instanceof TypeError)) throw cause;
        error = timedOut
          ? new APITimeoutError(`${method} ${path} timed out after ${timeout} ms`, { cause })
          : new APIConnectionError(`${method} ${path}: connection failed (${describe(cause as TypeError)})`, { cause });
      } finally {
        clearTimeout(timer);
        // Also for a returned stream: a listener left on a long-lived caller signal would pile up
        // with every download. Its body is cancelled with body.cancel() or saveToFile's signal.
        signal?.removeEventListener("abort", forward);
      }
      if (attempt >= retries || (response && !isRetryableStatus(response.status))) throw error;
      const delay = Math.round(retryDelay(attempt, response?.headers));
      logger.info?.(`${error.message}; retry ${attempt + 1}/${retries} in ${delay} ms`);
      await sleep(delay, signal);
    }
  }

  const transport: Transport = {
    async json<T>(operationId: string, params: RequestParams, options?: RequestOptions): Promise<T> {
      const { data, response } = await send(operationId, params, options);
      let value: unknown;
      try {
        value = data ? JSON.parse(data as string) : undefined;
      } catch (cause) {
        // A complete answer that is not JSON will not get better on retry.
        throw new ResponseValidationError(
          `${operationId} ${response.status} response is not JSON: ${(cause as Error).message}`,
          operationId,
          [{ pointer: "", keyword: "json", message: (cause as Error).message }],
        );
      }
      config.check?.(operationId, response.status, value, logger);
      return value as T;
    },
    async empty(operationId, params, options) {
      await send(operationId, params, options);
    },
    async binary(operationId, params, options): Promise<BinaryResponse> {
      const { data, response } = await send(operationId, params, options, true);
      return {
        status: response.status,
        contentType: response.headers.get("content-type"),
        headers: response.headers,
        body: data as ReadableStream,
      };
    },
    paginate: (operationId, params, options) => paginate(transport.json, operationId, params, options),
  };
  return transport;
}

/** undici hides the useful part (`ECONNRESET`, "other side closed") in `cause`. */
function describe(error: TypeError): string {
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ?? cause?.message ?? error.message;
}
