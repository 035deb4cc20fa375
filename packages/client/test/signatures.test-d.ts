/**
 * Type tests for every generated method of the billing client: which arguments are required,
 * which are optional, which values an enum takes and what each method resolves to. The
 * expected types are written from the spec by hand (and from @gcore-billing/types' schema
 * names), never derived from the client's own generated types, so a generator change that
 * loosens a signature breaks this file. Checked by `tsc` (the package's `typecheck` script)
 * and by `vitest --typecheck`; an `@ts-expect-error` line that no longer errors fails both.
 */
import type {
  AddendumForOrgSerializerV1,
  CalcRule,
  CurrencyForOrg,
  ErpInvoice,
  ExpenseForOrgSerializerV1,
  FileTask,
  PaginatedAddendumForOrgSerializerV1List,
  PaginatedCalcRuleList,
  PaginatedCurrencyForOrgList,
  PaginatedErpInvoiceExternalList,
  PaginatedExpenseForOrgSerializerV1List,
  PaginatedFileTaskList,
  PaginatedPlanContentForOrgSerializerV1List,
  PaginatedProductForOrgList,
  PaginatedTemplateList,
  PaginatedTrialForOrgSerializerV1List,
  PatchedTrialUpdateForOrgSerializerV1Request,
  PlanContentForOrgSerializerV1,
  ProductForOrg,
  Template,
  TrialForOrgSerializerV1,
} from "@gcore-billing/types";
import { describe, expectTypeOf, it } from "vitest";
import type {
  APIPromise,
  BinaryResponse,
  ErpInvoicesListParams,
  ErpInvoicesListResponse,
  GcoreBillingClient,
  OperationId,
  Page,
  PagePromise,
  ReportsDownloadCsvResponse,
  ReportsDownloadResponse,
  ReportsDownloadXlsxResponse,
  Resources,
  TrialsStartTrialDataParams,
  TrialsUpdateBody,
  WithResponse,
} from "../src/index.js";

declare const client: GcoreBillingClient;
declare const uuid: string;
type ItemOf<P> = P extends PagePromise<unknown, infer I> ? I : never;
type PageOf<P> = P extends PagePromise<infer D, unknown> ? D : never;

// Every operation of the spec has a case below; a new operation fails here until it gets one.
const covered = [
  "v1_addendums_list",
  "v1_addendums_retrieve",
  "v1_calc_rules_list",
  "v1_calc_rules_retrieve",
  "v1_currencies_list",
  "v1_currencies_retrieve",
  "v1_erp_invoices_list",
  "v1_erp_invoices_retrieve",
  "v1_erp_invoices_download_retrieve",
  "v1_expenses_list",
  "v1_expenses_retrieve",
  "v1_plans_contents_list",
  "v1_products_list",
  "v1_products_retrieve",
  "v1_reports_list",
  "v1_reports_create",
  "v1_reports_retrieve",
  "v1_reports_destroy",
  "v1_reports_download_retrieve",
  "v1_reports_templates_list",
  "v1_trials_list",
  "v1_trials_retrieve",
  "v1_trials_partial_update",
  "v1_trials_start_trial_data_retrieve",
] as const;

describe("the method inventory", () => {
  it("covers every operation", () => {
    expectTypeOf<(typeof covered)[number]>().toEqualTypeOf<OperationId>();
  });

  it("has exactly these resources and methods (flat names kept as aliases)", () => {
    expectTypeOf<keyof Resources>().toEqualTypeOf<
      "addendums" | "calcRules" | "currencies" | "erpInvoices" | "expenses" | "plans" | "products" | "reports" | "trials"
    >();
    expectTypeOf<keyof Resources["addendums"]>().toEqualTypeOf<"list" | "retrieve">();
    expectTypeOf<keyof Resources["calcRules"]>().toEqualTypeOf<"list" | "retrieve">();
    expectTypeOf<keyof Resources["currencies"]>().toEqualTypeOf<"list" | "retrieve">();
    expectTypeOf<keyof Resources["erpInvoices"]>().toEqualTypeOf<"list" | "retrieve" | "download">();
    expectTypeOf<keyof Resources["expenses"]>().toEqualTypeOf<"list" | "retrieve">();
    expectTypeOf<keyof Resources["plans"]>().toEqualTypeOf<"contents" | "contentsList">();
    expectTypeOf<keyof Resources["plans"]["contents"]>().toEqualTypeOf<"list">();
    expectTypeOf<keyof Resources["products"]>().toEqualTypeOf<"list" | "retrieve">();
    expectTypeOf<keyof Resources["reports"]>().toEqualTypeOf<
      "list" | "create" | "retrieve" | "delete" | "download" | "templates" | "templatesList"
    >();
    expectTypeOf<keyof Resources["reports"]["templates"]>().toEqualTypeOf<"list">();
    expectTypeOf<keyof Resources["trials"]>().toEqualTypeOf<"list" | "retrieve" | "update" | "startTrialData">();
  });
});

describe("addendums", () => {
  it("list: all query parameters optional, enums typed, pages of AddendumForOrgSerializerV1", () => {
    client.addendums.list();
    client.addendums.list({ status: ["active", "paused"], limit: 10 });
    // @ts-expect-error not an addendum status
    client.addendums.list({ status: ["archived"] });
    // @ts-expect-error limit is an integer, not a string
    client.addendums.list({ limit: "10" });
    expectTypeOf<ItemOf<ReturnType<typeof client.addendums.list>>>().toEqualTypeOf<AddendumForOrgSerializerV1>();
    expectTypeOf<PageOf<ReturnType<typeof client.addendums.list>>>().toEqualTypeOf<PaginatedAddendumForOrgSerializerV1List>();
  });
  it("retrieve: a required integer id, resolves to AddendumForOrgSerializerV1", () => {
    expectTypeOf(client.addendums.retrieve(1)).resolves.toEqualTypeOf<AddendumForOrgSerializerV1>();
    // @ts-expect-error the id is required
    client.addendums.retrieve();
    // @ts-expect-error the id is an integer
    client.addendums.retrieve("1");
  });
});

describe("calcRules", () => {
  it("list: optional limit/offset only, pages of CalcRule", () => {
    client.calcRules.list();
    client.calcRules.list({ limit: 5, offset: 5 });
    // @ts-expect-error calc-rules take no filters
    client.calcRules.list({ status: ["active"] });
    expectTypeOf<ItemOf<ReturnType<typeof client.calcRules.list>>>().toEqualTypeOf<CalcRule>();
    expectTypeOf<PageOf<ReturnType<typeof client.calcRules.list>>>().toEqualTypeOf<PaginatedCalcRuleList>();
  });
  it("retrieve resolves to CalcRule", () => {
    expectTypeOf(client.calcRules.retrieve(1)).resolves.toEqualTypeOf<CalcRule>();
    // @ts-expect-error the id is required
    client.calcRules.retrieve();
  });
});

describe("currencies", () => {
  it("list: order_by enum, pages of CurrencyForOrg", () => {
    client.currencies.list();
    client.currencies.list({ order_by: ["char_code.asc"], currency_char_code: ["EUR"] });
    // @ts-expect-error not an order_by value
    client.currencies.list({ order_by: ["rate.asc"] });
    expectTypeOf<ItemOf<ReturnType<typeof client.currencies.list>>>().toEqualTypeOf<CurrencyForOrg>();
    expectTypeOf<PageOf<ReturnType<typeof client.currencies.list>>>().toEqualTypeOf<PaginatedCurrencyForOrgList>();
  });
  it("retrieve resolves to CurrencyForOrg", () => {
    expectTypeOf(client.currencies.retrieve(1)).resolves.toEqualTypeOf<CurrencyForOrg>();
    // @ts-expect-error the id is required
    client.currencies.retrieve();
  });
});

describe("erpInvoices", () => {
  it("list: named Params/Response types, move_type and payment_state enums", () => {
    client.erpInvoices.list();
    client.erpInvoices.list({ move_type: "out_refund", payment_state: "paid", invoice_date__from: "2025-01-01" });
    // @ts-expect-error not a move_type
    client.erpInvoices.list({ move_type: "in_invoice" });
    // @ts-expect-error payment_state is one value here, not a list
    client.erpInvoices.list({ payment_state: ["paid"] });
    expectTypeOf<ErpInvoicesListParams["move_type"]>().toEqualTypeOf<"out_invoice" | "out_refund" | undefined>();
    expectTypeOf<ErpInvoicesListResponse>().toEqualTypeOf<PaginatedErpInvoiceExternalList>();
    expectTypeOf<ItemOf<ReturnType<typeof client.erpInvoices.list>>>().toEqualTypeOf<ErpInvoice>();
  });
  it("retrieve resolves to ErpInvoice", () => {
    expectTypeOf(client.erpInvoices.retrieve(1)).resolves.toEqualTypeOf<ErpInvoice>();
    // @ts-expect-error the id is required
    client.erpInvoices.retrieve();
  });
  it("download: a PDF, binary, resolves to a BinaryResponse stream", () => {
    expectTypeOf(client.erpInvoices.download(1)).resolves.toEqualTypeOf<BinaryResponse>();
    expectTypeOf<BinaryResponse["body"]>().toEqualTypeOf<ReadableStream<Uint8Array>>();
    // @ts-expect-error the id is required
    client.erpInvoices.download();
  });
});

describe("expenses", () => {
  it("list: calc_rule_type enum list, pages of ExpenseForOrgSerializerV1", () => {
    client.expenses.list({ calc_rule_type: ["commit", "stepped"], deleted: false });
    // @ts-expect-error not a calc rule type
    client.expenses.list({ calc_rule_type: ["flat"] });
    // @ts-expect-error deleted is a boolean
    client.expenses.list({ deleted: "no" });
    expectTypeOf<ItemOf<ReturnType<typeof client.expenses.list>>>().toEqualTypeOf<ExpenseForOrgSerializerV1>();
    expectTypeOf<PageOf<ReturnType<typeof client.expenses.list>>>().toEqualTypeOf<PaginatedExpenseForOrgSerializerV1List>();
  });
  it("retrieve resolves to ExpenseForOrgSerializerV1", () => {
    expectTypeOf(client.expenses.retrieve(1)).resolves.toEqualTypeOf<ExpenseForOrgSerializerV1>();
  });
});

describe("plans", () => {
  it("contents.list nests where the path nests; contentsList is the same method", () => {
    client.plans.contents.list({ calc_rule_type: ["commit"], default: true });
    // @ts-expect-error not a calc rule type
    client.plans.contents.list({ calc_rule_type: ["flat"] });
    expectTypeOf<ItemOf<ReturnType<typeof client.plans.contents.list>>>().toEqualTypeOf<PlanContentForOrgSerializerV1>();
    expectTypeOf<PageOf<ReturnType<typeof client.plans.contents.list>>>().toEqualTypeOf<PaginatedPlanContentForOrgSerializerV1List>();
    expectTypeOf(client.plans.contentsList).toEqualTypeOf(client.plans.contents.list);
    expectTypeOf(client.plans.contents.list().withResponse()).resolves.toEqualTypeOf<
      WithResponse<Page<PaginatedPlanContentForOrgSerializerV1List, PlanContentForOrgSerializerV1>>
    >();
    expectTypeOf(client.plans.contents.list().asResponse()).resolves.toEqualTypeOf<Response>();
  });
});

describe("products", () => {
  it("list and retrieve", () => {
    expectTypeOf<ItemOf<ReturnType<typeof client.products.list>>>().toEqualTypeOf<ProductForOrg>();
    expectTypeOf<PageOf<ReturnType<typeof client.products.list>>>().toEqualTypeOf<PaginatedProductForOrgList>();
    expectTypeOf(client.products.retrieve(1)).resolves.toEqualTypeOf<ProductForOrg>();
    // @ts-expect-error the id is required
    client.products.retrieve();
  });
});

describe("reports", () => {
  it("list: status enum, pages of FileTask", () => {
    client.reports.list({ status: ["Completed", "Failed"] });
    // @ts-expect-error statuses are PascalCase
    client.reports.list({ status: ["completed"] });
    expectTypeOf<ItemOf<ReturnType<typeof client.reports.list>>>().toEqualTypeOf<FileTask>();
    expectTypeOf<PageOf<ReturnType<typeof client.reports.list>>>().toEqualTypeOf<PaginatedFileTaskList>();
  });
  it("create: the body is required (the spec says so), resolves to the FileTask (201)", () => {
    expectTypeOf(client.reports.create({ template_code: "usage" })).resolves.toEqualTypeOf<FileTask>();
    // @ts-expect-error the body is required
    client.reports.create();
  });
  it("retrieve takes a uuid string; delete resolves to nothing", () => {
    expectTypeOf(client.reports.retrieve(uuid)).resolves.toEqualTypeOf<FileTask>();
    // @ts-expect-error the id is a uuid string, not a number
    client.reports.retrieve(1);
    expectTypeOf(client.reports.delete(uuid)).resolves.toEqualTypeOf<void>();
    // @ts-expect-error the id is required
    client.reports.delete();
  });
  it("download: JSON by default, text for csv, bytes for xlsx", () => {
    type Json = { headers?: string[]; rows?: unknown[][] };
    expectTypeOf(client.reports.download(uuid)).resolves.toEqualTypeOf<Json>();
    expectTypeOf(client.reports.download(uuid, { format: "json" })).resolves.toEqualTypeOf<Json>();
    expectTypeOf(client.reports.download(uuid, { format: "csv" })).resolves.toEqualTypeOf<string>();
    expectTypeOf(client.reports.download(uuid, { format: "xlsx" })).resolves.toEqualTypeOf<BinaryResponse>();
    expectTypeOf<ReportsDownloadResponse>().toEqualTypeOf<Json>();
    expectTypeOf<ReportsDownloadCsvResponse>().toEqualTypeOf<string>();
    expectTypeOf<ReportsDownloadXlsxResponse>().toEqualTypeOf<BinaryResponse>();
    // A format only known at run time gets the union of the three.
    const format = "csv" as "csv" | "json" | "xlsx";
    expectTypeOf(client.reports.download(uuid, { format })).resolves.toEqualTypeOf<Json | string | BinaryResponse>();
    // Each overload returns an APIPromise of its own body, so .withResponse() keeps the format's type.
    expectTypeOf(client.reports.download(uuid, { format: "csv" })).toEqualTypeOf<APIPromise<string>>();
    expectTypeOf(client.reports.download(uuid, { format: "csv" }).withResponse()).resolves.toEqualTypeOf<WithResponse<string>>();
    expectTypeOf(client.reports.download(uuid, { format: "xlsx" }).withResponse()).resolves.toEqualTypeOf<WithResponse<BinaryResponse>>();
    expectTypeOf(client.reports.download(uuid).withResponse()).resolves.toEqualTypeOf<WithResponse<Json>>();
    expectTypeOf(client.reports.download(uuid, { format }).withResponse()).resolves.toEqualTypeOf<
      WithResponse<Json | string | BinaryResponse>
    >();
    expectTypeOf(client.reports.download(uuid, { format: "csv" }).asResponse()).resolves.toEqualTypeOf<Response>();
    // @ts-expect-error not a format the spec offers
    client.reports.download(uuid, { format: "pdf" });
    // @ts-expect-error the uuid is required
    client.reports.download();
  });
  it("templates.list nests; templatesList is the same method", () => {
    client.reports.templates.list({ code__in: ["a"], order_by: ["code.asc"] });
    // @ts-expect-error not an order_by value
    client.reports.templates.list({ order_by: ["name.asc"] });
    expectTypeOf<ItemOf<ReturnType<typeof client.reports.templates.list>>>().toEqualTypeOf<Template>();
    expectTypeOf<PageOf<ReturnType<typeof client.reports.templates.list>>>().toEqualTypeOf<PaginatedTemplateList>();
    expectTypeOf(client.reports.templatesList).toEqualTypeOf(client.reports.templates.list);
  });
});

describe("trials", () => {
  it("list: pages of TrialForOrgSerializerV1", () => {
    client.trials.list({ started_at__isnull: true });
    expectTypeOf<ItemOf<ReturnType<typeof client.trials.list>>>().toEqualTypeOf<TrialForOrgSerializerV1>();
    expectTypeOf<PageOf<ReturnType<typeof client.trials.list>>>().toEqualTypeOf<PaginatedTrialForOrgSerializerV1List>();
  });
  it("retrieve resolves to TrialForOrgSerializerV1", () => {
    expectTypeOf(client.trials.retrieve(1)).resolves.toEqualTypeOf<TrialForOrgSerializerV1>();
  });
  it("update: the body is optional (the spec does not require it)", () => {
    expectTypeOf(client.trials.update(1)).resolves.toEqualTypeOf<TrialForOrgSerializerV1>();
    client.trials.update(1, { days_limit: 30 });
    expectTypeOf<TrialsUpdateBody>().toEqualTypeOf<PatchedTrialUpdateForOrgSerializerV1Request>();
    // @ts-expect-error days_limit is a number
    client.trials.update(1, { days_limit: "30" });
    // @ts-expect-error the id is required
    client.trials.update();
  });
  it("startTrialData: client_id and product_id are required query parameters", () => {
    expectTypeOf(client.trials.startTrialData({ client_id: 1, product_id: 2 })).resolves.toEqualTypeOf<TrialForOrgSerializerV1>();
    expectTypeOf<TrialsStartTrialDataParams>().toEqualTypeOf<{ client_id: number; product_id: number }>();
    // @ts-expect-error the query is required
    client.trials.startTrialData();
    // @ts-expect-error an empty query lacks both
    client.trials.startTrialData({});
    // @ts-expect-error product_id is required too
    client.trials.startTrialData({ client_id: 1 });
    // @ts-expect-error client_id is required too
    client.trials.startTrialData({ product_id: 2 });
  });
});
