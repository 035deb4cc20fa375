import { APIPromise, type Scrub } from "./api-promise.js";
import { GcoreBillingError, PaginationError, ResponseValidationError } from "./errors.js";
import type { Page, PagePromise, RequestOptions, RequestParams } from "./transport-types.js";

/** Sends one page request; `raw` leaves the body unread (for `.asResponse()`). */
export type FetchPage = (params: RequestParams, raw: boolean) => Promise<{ data: unknown; response: Response }>;

const invalid = (operationId: string, status: number, pointer: string, keyword: string, message: string) =>
  new ResponseValidationError(`${operationId} ${status} response: ${pointer || "body"} ${message}`, operationId, [
    { pointer, keyword, message },
  ]);

/** Identities a walk remembers at most (the oldest are forgotten first): about 5 MB. */
const REMEMBERED = 100_000;

/** A 53-bit hash (cyrb53): a fixed-size identity per record, whatever its size. */
function hash(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A record's identity: its `id` when it has one (every list of this API has), else the record itself. */
const identity = (item: unknown): number => {
  const id = (item as { id?: unknown } | null)?.id;
  // "#" keeps the two apart: JSON text never starts with it.
  return hash(typeof id === "number" || typeof id === "string" ? `#${JSON.stringify(id)}` : (JSON.stringify(item) ?? ""));
};

/** What one walk (a first page and the pages reached from it) has yielded. */
interface Walk {
  seen: Set<number>;
  yielded: number;
  /** The first page's `count`, when it had one. */
  count: number | undefined;
}

/**
 * Offset pagination as the API does it: `limit`/`offset` in, `{ count, results }` out.
 * `count` decides whether more pages exist; `next` is only a fallback because mocks and
 * proxies get it wrong more often than the count. The walk cannot run away: an empty page
 * ends it; it remembers the identity of every record it yielded (the `id`, else a hash of the
 * record's JSON, so byte-identical records without an id are one record; the last 100,000),
 * never yields one twice (a page's `items` hold only records new to the walk; `data` is the
 * page as sent), and a later page that brings no new record is a PaginationError
 * (a server that ignores `offset`, or returns the same rows in another order), as is a page that
 * would take the walk past the first page's `count` (a count that grows with every page);
 * `maxPages` caps it.
 */
export function paginate<TPage, TItem>(
  fetchPage: FetchPage,
  operationId: string,
  params: RequestParams,
  options?: RequestOptions,
  scrub: Scrub = (e) => e,
): PagePromise<TPage, TItem> {
  const rethrow = (error: unknown): never => {
    throw scrub(error);
  };
  const { maxPages } = options ?? {};
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages >= 1)) {
    rethrow(new GcoreBillingError(`Invalid maxPages ${String(maxPages)}: expected a positive integer.`));
  }
  const load = async (offset: unknown, walk?: Walk): Promise<{ data: Page<TPage, TItem>; response: Response }> => {
    const { data, response } = await fetchPage({ ...params, query: { ...params.query, offset } }, false);
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      throw invalid(operationId, response.status, "", "type", "must be an object with results");
    }
    const { count, results, next } = data as { count?: unknown; results?: unknown; next?: unknown };
    if (results != null && !Array.isArray(results)) throw invalid(operationId, response.status, "/results", "type", "must be array");
    const all = (results ?? []) as TItem[];
    // A record already yielded (on an earlier page, or earlier on this one) is skipped: a walk
    // yields each record once, whatever order or overlap the server's pages have.
    const fresh = new Set<number>();
    const items = all.filter((item) => {
      const id = identity(item);
      if (walk?.seen.has(id) || fresh.has(id)) return false;
      fresh.add(id);
      return true;
    });
    const stop = (why: string) =>
      new PaginationError(`${operationId}: the page at offset ${String(offset)} ${why}; stopped.`, operationId, Number(offset));
    if (walk) {
      // A page that only overlaps (records inserted meanwhile) is normal for offset pagination.
      if (all.length && !fresh.size) throw stop("brings no record the walk has not yielded already (the server ignores offset?)");
      if (walk.count !== undefined && walk.yielded + fresh.size > walk.count) {
        throw stop(`would take the walk past the ${walk.count} records the first page announced`);
      }
    }
    walk ??= { seen: new Set(), yielded: 0, count: typeof count === "number" ? count : undefined };
    for (const id of fresh) {
      walk.seen.add(id);
      if (walk.seen.size > REMEMBERED) walk.seen.delete(walk.seen.values().next().value as number);
    }
    walk.yielded += fresh.size;
    // The offset moves by what the server sent, skipped records included.
    const nextOffset = (Number(offset) || 0) + all.length;
    const more = all.length > 0 && (typeof count === "number" ? nextOffset < count : !!next);
    let following: Promise<Page<TPage, TItem>> | undefined;
    const page: Page<TPage, TItem> = {
      data: data as TPage,
      items,
      hasNextPage: () => more,
      // Asked twice, the same page: a second request would find only records already seen.
      nextPage: () => {
        if (!more) return Promise.reject(new RangeError("no next page (see hasNextPage())"));
        following ??= load(nextOffset, walk).then((r) => r.data, rethrow);
        return following;
      },
    };
    return { data: page, response };
  };
  const first = params.query?.offset;
  const promise = new APIPromise<Page<TPage, TItem>>(
    (raw) => (raw ? fetchPage({ ...params }, true).then(({ response }) => ({ data: undefined as never, response })) : load(first)),
    true,
    scrub,
  ) as PagePromise<TPage, TItem>;
  async function* pages(): AsyncGenerator<Page<TPage, TItem>> {
    try {
      let page = await promise;
      yield page;
      for (let n = 1; page.hasNextPage() && n !== maxPages; n++) {
        page = await page.nextPage();
        yield page;
      }
    } catch (error) {
      rethrow(error);
    }
  }
  return Object.assign(promise, {
    pages,
    firstPage: () => load(first).then((r) => r.data, rethrow),
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  });
}
