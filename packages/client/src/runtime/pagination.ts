import type { Page, PagePromise, RequestOptions, RequestParams } from "./transport-types.js";

type FetchJson = <T>(operationId: string, params: RequestParams, options?: RequestOptions) => Promise<T>;

/**
 * Offset pagination as the API does it: `limit`/`offset` in, `{ count, results }` out.
 * `count` decides whether more pages exist; `next` is only a fallback because mocks and
 * proxies get it wrong more often than the count.
 */
export function paginate<TPage, TItem>(
  json: FetchJson,
  operationId: string,
  params: RequestParams,
  options?: RequestOptions,
): PagePromise<TPage, TItem> {
  const fetchPage = async (offset: unknown): Promise<Page<TPage, TItem>> => {
    const query = { ...params.query, offset };
    const data = await json<TPage>(operationId, { ...params, query }, options);
    const { count, results, next } = data as { count?: unknown; results?: TItem[]; next?: unknown };
    const items = results ?? [];
    const nextOffset = (Number(offset) || 0) + items.length;
    // An empty page ends the walk even if `count` says otherwise: no infinite loops on a lying server.
    const more = items.length > 0 && (typeof count === "number" ? nextOffset < count : !!next);
    return {
      data,
      items,
      hasNextPage: () => more,
      nextPage: () => (more ? fetchPage(nextOffset) : Promise.reject(new RangeError("no next page (see hasNextPage())"))),
    };
  };
  async function* pages(): AsyncGenerator<Page<TPage, TItem>> {
    let page = await fetchPage(params.query?.offset);
    yield page;
    while (page.hasNextPage()) {
      page = await page.nextPage();
      yield page;
    }
  }
  return {
    pages,
    firstPage: () => fetchPage(params.query?.offset),
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  };
}
