import type { MockContext } from "./context.js";

export interface MockResponse {
  status: number;
  /** `null` for an empty body (204). */
  contentType: string | null;
  /** For JSON bodies. A method, so a builder of a narrower overrides type fits. */
  build?(f: MockContext, overrides?: Record<string, unknown>): unknown;
}

/** One operation as the MSW handlers serve it; the generated `operations` table lists them all. */
export interface MockOperation {
  operationId: string;
  method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
  /** MSW path syntax: `/billing/org/v1/erp-invoices/:id`. */
  path: string;
  pathParams?: Record<string, "number" | "string">;
  /** A list: `limit`/`offset` pages of `{ count, next, previous, results }` of this schema. */
  page?: { schema: string; build(f: MockContext, overrides?: Record<string, unknown>): unknown };
  /** The component a single-record answer is (`ErpInvoiceExternal` for a retrieve). */
  schema?: string;
  responses: MockResponse[];
}
