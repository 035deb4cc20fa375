import { type HttpHandler, HttpResponse, http, type JsonBodyType, delay as wait } from "msw";
import { operations as generatedOperations } from "../generated/operations.js";
import { MockContext, type Seed, seedKey } from "./context.js";
import { csvDocument, pdfDocument, xlsxDocument } from "./files.js";
import type { MockOperation, MockResponse } from "./operation.js";

/** A failure to inject, for testing retries and error handling. */
export interface Fault {
  /** Only this operation (`v1_erp_invoices_retrieve`); default: every operation. */
  operationId?: string;
  /** Answer with this status and Gcore's error body; omit for a delay-only fault. */
  status?: number;
  /** How many requests this fault answers (default: all of them). */
  times?: number;
  /** `Retry-After` header: seconds, or an HTTP date. */
  retryAfter?: number | string;
  /** Milliseconds to wait before answering. */
  delay?: number;
  /** Replace the error body. */
  body?: unknown;
  /** Drop the connection instead of answering (`fetch` rejects with a TypeError). */
  networkError?: boolean;
}

export interface HandlerOptions {
  /** Same seed, same data; each record is a function of (seed, schema, id). A finite number or a string; default 1. */
  seed?: Seed;
  /** Page size when a request sends no `limit` (default 20). */
  pageSize?: number;
  /** Records each list holds; ids run 1..total, and retrieving another id is a 404 (default 42). */
  total?: number;
  faults?: readonly Fault[];
  /** Milliseconds before every answer (default 0). */
  delay?: number;
  /** Origin to answer for (default: any, so a client's `baseUrl` does not matter). */
  baseUrl?: string;
}

/** Gcore's error body: what the API and `@gcore-billing/client`'s APIError expect. */
export interface GcoreErrorBody {
  exception_class: string;
  message: string;
  request_id: string;
}

const EXCEPTION_CLASSES: Record<number, [string, string]> = {
  400: ["ValidationError", "Invalid input."],
  401: ["NotAuthenticated", "Authentication credentials were not provided."],
  403: ["PermissionDenied", "You do not have permission to perform this action."],
  404: ["NotFound", "Not found."],
  408: ["RequestTimeout", "Request timeout."],
  409: ["Conflict", "Conflict."],
  422: ["UnprocessableEntity", "Unprocessable entity."],
  429: ["Throttled", "Request was throttled."],
  500: ["InternalServerError", "A server error occurred."],
  502: ["BadGateway", "Bad gateway."],
  503: ["ServiceUnavailable", "Service temporarily unavailable, try again later."],
  504: ["GatewayTimeout", "Gateway timeout."],
};

/** FNV-1a over the parts: a stable 32-bit seed per record. */
export function seedFor(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const c of parts.join("\u0000")) {
    h ^= c.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function requestId(seed: Seed, n: number): string {
  const hex = (seedFor(seed, "request", n).toString(16) + seedFor(n, "request", seed).toString(16)).padEnd(16, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8000-${String(n).padStart(12, "0")}`;
}

export function errorBody(status: number, id: string, message?: string): GcoreErrorBody {
  const [exceptionClass, text] = EXCEPTION_CLASSES[status] ?? [status >= 500 ? "APIException" : "ClientError", `HTTP ${status}`];
  return { exception_class: exceptionClass, message: message ?? text, request_id: id };
}

const intParam = (value: string | null, fallback: number, min: number, max: number) => {
  const n = value === null ? Number.NaN : Number(value);
  return Number.isInteger(n) && n >= min ? Math.min(n, max) : fallback;
};

/** The subtype a request asks for: `?format=csv`, else its Accept header, else the first the spec lists. */
function chooseResponse(responses: readonly MockResponse[], url: URL, accept: string | null): MockResponse | undefined {
  const format = url.searchParams.get("format");
  const bySubtype = (want: string) =>
    responses.find(
      (r) =>
        r.contentType !== null &&
        (r.contentType === want || r.contentType.endsWith(`/${want}`) || (want === "xlsx" && r.contentType.includes("spreadsheetml"))),
    );
  if (format) {
    const match = bySubtype(format);
    if (match) return match;
  }
  if (accept) {
    for (const type of accept.split(",").map((t) => (t.split(";")[0] as string).trim())) {
      const match = responses.find((r) => r.contentType === type);
      if (match) return match;
    }
  }
  return responses[0];
}

function withId(value: unknown, id: number | string): unknown {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (typeof record.id === typeof id) return { ...record, id };
    if (typeof id === "string" && typeof record.uuid === "string") return { ...record, uuid: id };
  }
  return value;
}

/**
 * MSW request handlers for every operation in the spec. Data is generated from the seed, so a
 * list page and a retrieve of the same id agree, and two runs with one seed see the same data.
 */
export function createHandlers(options: HandlerOptions = {}): HttpHandler[] {
  const { seed = 1, pageSize = 20, total = 42, faults = [], delay = 0, baseUrl = "*" } = options;
  // Refused here, not at the first request: a NaN seed would otherwise become the text "NaN".
  seedKey(seed);
  const used = faults.map(() => 0);
  let requests = 0;
  const listed = new Set(generatedOperations.flatMap((op) => (op.page ? [op.page.schema] : [])));
  const origin = baseUrl === "*" ? "*" : baseUrl.replace(/\/+$/, "");
  /** The record `id` of `schema`: the same for a list item and a retrieve; `patch` sets its id field to `id`. */
  const build = (schema: string, id: number | string, make: (f: MockContext) => unknown, patch = true) => {
    const value = make(new MockContext({ seed: seedFor(seed, schema, id) }));
    return patch ? withId(value, id) : value;
  };

  const handler = (op: MockOperation) =>
    // msw has no `trace`; `all` still serves it.
    http[op.method === "trace" ? "all" : op.method](`${origin}${op.path}`, async ({ request, params }) => {
      const n = ++requests;
      const id = requestId(seed, n);
      const headers = { "x-request-id": id };
      const index = faults.findIndex(
        (fault, k) =>
          (fault.operationId === undefined || fault.operationId === op.operationId) && used[k]! < (fault.times ?? Number.POSITIVE_INFINITY),
      );
      const fault = index >= 0 ? faults[index] : undefined;
      if (fault) used[index]! += 1;
      const pause = (fault?.delay ?? 0) + delay;
      if (pause > 0) await wait(pause);
      if (fault?.networkError) return HttpResponse.error();
      if (fault?.status !== undefined) {
        return HttpResponse.json(fault.body ?? errorBody(fault.status, id), {
          status: fault.status,
          headers: { ...headers, ...(fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {}) },
        });
      }
      const notFound = () => HttpResponse.json(errorBody(404, id), { status: 404, headers });
      const url = new URL(request.url);
      const pathValues = Object.fromEntries(
        Object.entries(op.pathParams ?? {}).map(([name, kind]) => [name, kind === "number" ? Number(params[name]) : String(params[name])]),
      );

      if (op.page) {
        const limit = intParam(url.searchParams.get("limit"), pageSize, 1, 1000);
        const offset = intParam(url.searchParams.get("offset"), 0, 0, Number.MAX_SAFE_INTEGER);
        const page = op.page;
        const results = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, k) =>
          build(page.schema, offset + k + 1, (f) => page.build(f)),
        );
        const link = (at: number) => {
          const next = new URL(url);
          next.searchParams.set("limit", String(limit));
          if (at > 0) next.searchParams.set("offset", String(at));
          else next.searchParams.delete("offset");
          return next.href;
        };
        return HttpResponse.json(
          {
            count: total,
            next: offset + limit < total ? link(offset + limit) : null,
            previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
            results,
          },
          { headers },
        );
      }

      const response = chooseResponse(op.responses, url, request.headers.get("accept"));
      if (!response || response.contentType === null) return new HttpResponse(null, { status: response?.status ?? 204, headers });
      const key = Object.values(pathValues)[0];
      const recordId = typeof key === "number" ? key : typeof key === "string" ? key : `${op.operationId}:${n}`;
      if (typeof key === "number" && op.schema && listed.has(op.schema) && (!Number.isInteger(key) || key < 1 || key > total))
        return notFound();
      const title = `${op.operationId} ${recordId}`;
      const body = { status: response.status, headers: { ...headers, "content-type": response.contentType } };
      if (response.build) {
        const make = response.build.bind(response);
        return HttpResponse.json(build(op.schema ?? op.operationId, recordId, make, key !== undefined) as JsonBodyType, body);
      }
      const rows = reportRows(seedFor(seed, op.operationId, recordId));
      if (response.contentType === "application/pdf") return new HttpResponse(pdfDocument([title, ...rows.map((r) => r.join("  "))]), body);
      if (response.contentType === "text/csv") return new HttpResponse(csvDocument(rows), body);
      if (response.contentType.includes("spreadsheetml")) return new HttpResponse(xlsxDocument(rows), body);
      return new HttpResponse(new TextEncoder().encode(title), body);
    });

  return generatedOperations.map(handler);
}

/** The rows of a mock report or invoice document: a header and a few priced lines. */
function reportRows(seed: number): (string | number)[][] {
  const f = new MockContext({ seed });
  const rows: (string | number)[][] = [["date", "product", "quantity", "amount"]];
  const length = f.int(2, 6);
  for (let k = 0; k < length; k++) {
    rows.push([f.date(), f.faker.commerce.productName(), f.int(1, 500), f.string({ pattern: "^\\d{1,3}\\.\\d{2}$" })]);
  }
  return rows;
}

/** Handlers with the default options: seed 1, 42 records per list, pages of 20, no faults. */
export const handlers: HttpHandler[] = createHandlers();
