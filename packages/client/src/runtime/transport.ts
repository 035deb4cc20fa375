import type { Client } from "openapi-fetch";
import { operations } from "../generated/operations.js";
import { APIConnectionError, APIError, type GcoreErrorBody } from "./errors.js";
import type { OperationSpec } from "./operation-spec.js";
import { serializeQuery } from "./query.js";
import type { BinaryResponse, Page, PagePromise, RequestOptions, RequestParams, Transport } from "./transport-types.js";

const table = operations as unknown as Record<string, OperationSpec>;

function specOf(operationId: string): OperationSpec {
  const spec = table[operationId];
  if (!spec) throw new Error(`unknown operationId ${operationId}`);
  return spec;
}

type RawClient = Client<Record<string, never>>;

async function readErrorBody(response: Response): Promise<GcoreErrorBody | string | undefined> {
  const text = await response.text().catch(() => "");
  if (!text) return undefined;
  try {
    return JSON.parse(text) as GcoreErrorBody;
  } catch {
    return text;
  }
}

/** Executes generated operations through openapi-fetch. */
export function createTransport(raw: RawClient): Transport {
  async function send(operationId: string, params: RequestParams, options: RequestOptions | undefined, parseAs: "json" | "stream") {
    const spec = specOf(operationId);
    let result: { data?: unknown; error?: unknown; response: Response };
    try {
      result = await (raw.request as (m: string, p: string, i: unknown) => Promise<typeof result>)(spec.method.toLowerCase(), spec.path, {
        params: { path: params.path, query: params.query },
        body: params.body,
        parseAs,
        signal: options?.signal,
        headers: options?.headers,
        querySerializer: (query: Record<string, unknown>) => serializeQuery(spec, query),
      });
    } catch (error) {
      if ((error as Error)?.name === "AbortError") throw error;
      throw new APIConnectionError(`${spec.method} ${spec.path}: connection failed (${(error as Error).message})`, { cause: error });
    }
    const { response } = result;
    if (!response.ok) {
      throw APIError.from(
        response.status,
        response.headers,
        typeof result.error === "object" || typeof result.error === "string"
          ? (result.error as GcoreErrorBody)
          : await readErrorBody(response),
        spec.method,
        spec.path,
      );
    }
    return { data: result.data, response };
  }

  const transport: Transport = {
    async json<T>(operationId: string, params: RequestParams, options?: RequestOptions) {
      return (await send(operationId, params, options, "json")).data as T;
    },
    async empty(operationId, params, options) {
      await send(operationId, params, options, "json");
    },
    async binary(operationId, params, options): Promise<BinaryResponse> {
      const { data, response } = await send(operationId, params, options, "stream");
      return {
        status: response.status,
        contentType: response.headers.get("content-type"),
        headers: response.headers,
        body: data as ReadableStream<Uint8Array>,
      };
    },
    paginate<TPage, TItem>(operationId: string, params: RequestParams, options?: RequestOptions): PagePromise<TPage, TItem> {
      const fetchPage = async (offset: number | undefined): Promise<Page<TPage, TItem>> => {
        const query = { ...(params.query ?? {}) };
        if (offset !== undefined) query.offset = offset;
        const data = await transport.json<TPage>(operationId, { ...params, query }, options);
        const body = data as { count?: number; results?: TItem[]; next?: string | null };
        const items = body.results ?? [];
        const start = typeof query.offset === "number" ? query.offset : 0;
        const nextOffset = start + items.length;
        const hasNext = items.length > 0 && (body.next ? true : typeof body.count === "number" ? nextOffset < body.count : false);
        return {
          data,
          items,
          hasNextPage: () => hasNext,
          nextPage: () => {
            if (!hasNext) return Promise.reject(new Error("no next page: check hasNextPage() first"));
            return fetchPage(nextOffset);
          },
        };
      };
      async function* pages(): AsyncGenerator<Page<TPage, TItem>> {
        let page = await fetchPage(undefined);
        yield page;
        while (page.hasNextPage()) {
          page = await page.nextPage();
          yield page;
        }
      }
      return {
        pages,
        firstPage: () => fetchPage(undefined),
        async *[Symbol.asyncIterator]() {
          for await (const page of pages()) yield* page.items;
        },
      };
    },
  };
  return transport;
}
