import { APIPromise } from "./api-promise.js";
import { PaginationError, ResponseValidationError } from "./errors.js";
import { fail } from "./options.js";
import type { Page, PagePromise, RequestOptions, RequestParams } from "./transport-types.js";

/** Sends one page request; `raw` leaves the body unread (for `.asResponse()`). */
export type FetchPage = (params: RequestParams, raw: boolean) => Promise<{ data: unknown; response: Response }>;

const invalid = (operationId: string, status: number, pointer: string, keyword: string, message: string) =>
  new ResponseValidationError(`${operationId} ${status} response: ${pointer || "body"} ${message}`, operationId, [
    { pointer, keyword, message },
  ]);

/**
 * Offset pagination as the API does it: `limit`/`offset` in, `{ count, results }` out.
 * `count` decides whether more pages exist; `next` is only a fallback because mocks and
 * proxies get it wrong more often than the count. The walk cannot run away: an empty page
 * ends it, a page equal to the one before (a server ignoring `offset`) is a PaginationError,
 * and `maxPages` caps it.
 */
export function paginate<TPage, TItem>(
  fetchPage: FetchPage,
  operationId: string,
  params: RequestParams,
  options?: RequestOptions,
): PagePromise<TPage, TItem> {
  const { maxPages } = options ?? {};
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages >= 1)) {
    fail(`Invalid maxPages ${String(maxPages)}: expected a positive integer.`);
  }
  const load = async (offset: unknown, previous?: string): Promise<{ data: Page<TPage, TItem>; response: Response }> => {
    const { data, response } = await fetchPage({ ...params, query: { ...params.query, offset } }, false);
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      throw invalid(operationId, response.status, "", "type", "must be an object with results");
    }
    const { count, results, next } = data as { count?: unknown; results?: unknown; next?: unknown };
    if (results != null && !Array.isArray(results)) throw invalid(operationId, response.status, "/results", "type", "must be array");
    const items = (results ?? []) as TItem[];
    // Compared only when walking on, and only with the page before: cheap, and a page that merely
    // overlaps the last one (records inserted meanwhile) is normal for offset pagination.
    if (previous !== undefined && items.length && JSON.stringify(items) === previous) {
      throw new PaginationError(
        `${operationId}: the page at offset ${String(offset)} repeats the previous page (the server ignores offset?); stopped.`,
        operationId,
        Number(offset),
      );
    }
    const nextOffset = (Number(offset) || 0) + items.length;
    const more = items.length > 0 && (typeof count === "number" ? nextOffset < count : !!next);
    const page: Page<TPage, TItem> = {
      data: data as TPage,
      items,
      hasNextPage: () => more,
      nextPage: () =>
        more
          ? load(nextOffset, JSON.stringify(items)).then((r) => r.data)
          : Promise.reject(new RangeError("no next page (see hasNextPage())")),
    };
    return { data: page, response };
  };
  const first = params.query?.offset;
  const promise = new APIPromise<Page<TPage, TItem>>(
    (raw) => (raw ? fetchPage({ ...params }, true).then(({ response }) => ({ data: undefined as never, response })) : load(first)),
    true,
  ) as PagePromise<TPage, TItem>;
  async function* pages(): AsyncGenerator<Page<TPage, TItem>> {
    let page = await promise;
    yield page;
    for (let n = 1; page.hasNextPage() && n !== maxPages; n++) {
      page = await page.nextPage();
      yield page;
    }
  }
  return Object.assign(promise, {
    pages,
    firstPage: () => load(first).then((r) => r.data),
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  });
}
