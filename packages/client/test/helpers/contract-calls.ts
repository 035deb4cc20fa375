import type { GcoreBillingClient, WithResponse } from "../../src/index.js";
import { everyInvoiceFilter } from "./fixtures.js";

/** What identifies a record of this operation's answer. */
type Shape = "id" | "uuid" | "page:id" | "page:uuid" | "pdf" | "object" | "empty";

export interface ContractCall {
  operationId: string;
  shape: Shape;
  /** Every call with the parameters a careful caller would send, filters and orderings included. */
  call: (client: GcoreBillingClient) => Promise<WithResponse<unknown>>;
}

const REPORT = "5b7f3f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

/** One call per operation in the spec: the contract tests run all of them against each mock. */
export const contractCalls: ContractCall[] = [
  {
    operationId: "v1_addendums_list",
    shape: "page:id",
    call: (c) => c.addendums.list({ limit: 3, offset: 0, client_id: 7, order_by: ["id.desc"] } as never).withResponse(),
  },
  { operationId: "v1_addendums_retrieve", shape: "id", call: (c) => c.addendums.retrieve(11).withResponse() },
  { operationId: "v1_calc_rules_list", shape: "page:id", call: (c) => c.calcRules.list({ limit: 3, offset: 3 }).withResponse() },
  { operationId: "v1_calc_rules_retrieve", shape: "id", call: (c) => c.calcRules.retrieve(12).withResponse() },
  {
    operationId: "v1_currencies_list",
    shape: "page:id",
    call: (c) => c.currencies.list({ limit: 3, currency_char_code: "EUR" } as never).withResponse(),
  },
  { operationId: "v1_currencies_retrieve", shape: "id", call: (c) => c.currencies.retrieve(13).withResponse() },
  {
    operationId: "v1_erp_invoices_list",
    shape: "page:id",
    call: (c) =>
      c.erpInvoices
        .list({ ...everyInvoiceFilter, order_by: ["invoice_date.desc", "amount_total.asc", "id.asc"], ordering: ["-invoice_date", "name"] })
        .withResponse(),
  },
  { operationId: "v1_erp_invoices_retrieve", shape: "id", call: (c) => c.erpInvoices.retrieve(101).withResponse() },
  { operationId: "v1_erp_invoices_download_retrieve", shape: "pdf", call: (c) => c.erpInvoices.download(101).withResponse() },
  { operationId: "v1_expenses_list", shape: "page:id", call: (c) => c.expenses.list({ limit: 2, client_id: 7 } as never).withResponse() },
  { operationId: "v1_expenses_retrieve", shape: "id", call: (c) => c.expenses.retrieve(14).withResponse() },
  {
    operationId: "v1_plans_contents_list",
    shape: "page:id",
    call: (c) => c.plans.contentsList({ limit: 2, plan_id: 3 } as never).withResponse(),
  },
  { operationId: "v1_products_list", shape: "page:id", call: (c) => c.products.list({ limit: 2 }).withResponse() },
  { operationId: "v1_products_retrieve", shape: "id", call: (c) => c.products.retrieve(15).withResponse() },
  { operationId: "v1_reports_list", shape: "page:uuid", call: (c) => c.reports.list({ limit: 2, client_id: 7 } as never).withResponse() },
  {
    operationId: "v1_reports_create",
    shape: "uuid",
    call: (c) =>
      c.reports
        .create({ template_code: "ResellerExpenses", parameters: { date_from: "2025-01-01", date_to: "2025-02-01" } } as never)
        .withResponse(),
  },
  { operationId: "v1_reports_retrieve", shape: "uuid", call: (c) => c.reports.retrieve(REPORT as never).withResponse() },
  { operationId: "v1_reports_destroy", shape: "empty", call: (c) => c.reports.delete(REPORT as never).withResponse() },
  {
    operationId: "v1_reports_download_retrieve",
    shape: "object",
    call: (c) => c.reports.download(REPORT, { format: "json" } as never).withResponse(),
  },
  { operationId: "v1_reports_templates_list", shape: "page:id", call: (c) => c.reports.templatesList({ limit: 2 }).withResponse() },
  { operationId: "v1_trials_list", shape: "page:id", call: (c) => c.trials.list({ limit: 2, client_id: 7 } as never).withResponse() },
  { operationId: "v1_trials_retrieve", shape: "id", call: (c) => c.trials.retrieve(16).withResponse() },
  { operationId: "v1_trials_partial_update", shape: "id", call: (c) => c.trials.update(16, { days_limit: 30 } as never).withResponse() },
  {
    operationId: "v1_trials_start_trial_data_retrieve",
    shape: "id",
    call: (c) => c.trials.startTrialData({ client_id: 7, product_id: 3 } as never).withResponse(),
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the data itself (keys, types, bytes), returning what is wrong; [] when all is right. */
export async function problems(shape: Shape, result: WithResponse<unknown>): Promise<string[]> {
  const { data, status, headers } = result;
  const out: string[] = [];
  const record = (value: unknown, key: "id" | "uuid", where: string) => {
    const v = (value as Record<string, unknown> | null)?.[key];
    if (key === "id" ? !Number.isInteger(v) : !(typeof v === "string" && UUID.test(v))) out.push(`${where}.${key} is ${JSON.stringify(v)}`);
  };
  if (shape === "id" || shape === "uuid") record(data, shape, "body");
  if (shape.startsWith("page:")) {
    const page = data as { data: { count?: unknown }; items: unknown[] };
    if (!Number.isInteger(page.data.count)) out.push(`count is ${JSON.stringify(page.data.count)}`);
    for (const [i, item] of page.items.entries()) record(item, shape.slice(5) as "id" | "uuid", `results[${i}]`);
  }
  if (shape === "pdf") {
    const { body, contentType } = data as { body: ReadableStream; contentType: string | null };
    const bytes = new Uint8Array(await new Response(body).arrayBuffer());
    if (contentType !== "application/pdf") out.push(`content-type ${contentType}`);
    if (bytes.length === 0) out.push("empty download");
    if (Number(headers.get("content-length") ?? bytes.length) !== bytes.length) out.push("download shorter than its content-length");
  }
  if (shape === "object" && (typeof data !== "object" || data === null || Array.isArray(data))) out.push(`body is ${typeof data}`);
  if (shape === "empty" && (status !== 204 || data !== undefined)) out.push(`status ${status}, data ${JSON.stringify(data)}`);
  return out;
}
