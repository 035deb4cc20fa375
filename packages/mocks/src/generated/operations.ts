// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

import type { MockOperation } from "../runtime/operation.js";
import type { MockContext } from "../runtime/context.js";
import {
  buildAddendumForOrgSerializerV1,
  buildCalcRule,
  buildCurrencyForOrg,
  buildErpInvoice,
  buildExpenseForOrgSerializerV1,
  buildFileTask,
  buildPaginatedAddendumForOrgSerializerV1List,
  buildPaginatedCalcRuleList,
  buildPaginatedCurrencyForOrgList,
  buildPaginatedErpInvoiceExternalList,
  buildPaginatedExpenseForOrgSerializerV1List,
  buildPaginatedFileTaskList,
  buildPaginatedPlanContentForOrgSerializerV1List,
  buildPaginatedProductForOrgList,
  buildPaginatedTemplateList,
  buildPaginatedTrialForOrgSerializerV1List,
  buildPlanContentForOrgSerializerV1,
  buildProductForOrg,
  buildTemplate,
  buildTrialForOrgSerializerV1,
} from "./factories.js";

/** Builds the 200 JSON body of `v1_reports_download_retrieve`. */
function buildV1ReportsDownloadRetrieve200(f: MockContext): unknown {
  return {
    ...f.optional("headers", () => f.array(() => f.string({ hint: "headers" }))),
    ...f.optional("rows", () => f.array(() => f.array(() => f.anything()))),
  };
}

/** Every operation of the spec, as the MSW handlers serve it. */
export const operations: readonly MockOperation[] = [
  {
    operationId: "v1_addendums_list",
    method: "get",
    path: "/billing/org/v1/addendums",
    page: { schema: "AddendumForOrgSerializerV1", build: buildAddendumForOrgSerializerV1 },
    responses: [{ status: 200, contentType: "application/json", build: buildPaginatedAddendumForOrgSerializerV1List }],
  },
  {
    operationId: "v1_addendums_retrieve",
    method: "get",
    path: "/billing/org/v1/addendums/:id",
    pathParams: { "id": "number" },
    schema: "AddendumForOrgSerializerV1",
    responses: [{ status: 200, contentType: "application/json", build: buildAddendumForOrgSerializerV1 }],
  },
  {
    operationId: "v1_calc_rules_list",
    method: "get",
    path: "/billing/org/v1/calc-rules",
    page: { schema: "CalcRule", build: buildCalcRule },
    responses: [{ status: 200, contentType: "application/json", build: buildPaginatedCalcRuleList }],
  },
  {
    operationId: "v1_calc_rules_retrieve",
    method: "get",
    path: "/billing/org/v1/calc-rules/:id",
    pathParams: { "id": "number" },
    schema: "CalcRule",
    responses: [{ status: 200, contentType: "application/json", build: buildCalcRule }],
  },
  {
    operationId: "v1_currencies_list",
    method: "get",
    path: "/billing/org/v1/currencies",
    page: { schema: "CurrencyForOrg", build: buildCurrencyForOrg },
    responses: [{ status: 200, contentType: "application/json", build: buildPaginatedCurrencyForOrgList }],
  },
  {
    operationId: "v1_currencies_retrieve",
    method: "get",
    path: "/billing/org/v1/currencies/:id",
    pathParams: { "id": "number" },
    schema: "CurrencyForOrg",
    responses: [{ status: 200, contentType: "application/json", build: buildCurrencyForOrg }],
  },
  {
    operationId: "v1_erp_invoices_list",
    method: "get",
    path: "/billing/org/v1/erp-invoices",
    page: { schema: "ErpInvoiceExternal", build: buildErpInvoice },
    responses: [{ status: 200, contentType: "application/json", build: buildPaginatedErpInvoiceExternalList }],
  },
  {
    operationId: "v1_erp_invoices_retrieve",
    method: "get",
    path: "/billing/org/v1/erp-invoices/:id",
    pathParams: { "id": "number" },
    schema: "ErpInvoiceExternal",
    responses: [{ status: 200, contentType: "application/json", build: buildErpInvoice }],
  },
  {
    operationId: "v1_erp_invoices_download_retrieve",
    method: "get",
    path: "/billing/org/v1/erp-invoices/:id/download",
    pathParams: { "id": "number" },
    responses: [{ status: 200, contentType: "application/pdf" }],
  },
  {
    operationId: "v1_expenses_list",
    method: "get",
    path: "/billing/org/v1/expenses",
    page: { schema: "ExpenseForOrgSerializerV1", build: buildExpenseForOrgSerializerV1 },
    responses: [{ status: 200, contentType: "application/json", build: buildPaginatedExpenseForOrgSerializerV1List }],
  },
  {
    operationId: "v1_expenses_retrieve",
    method: "get",
    path: "/billing/org/v1/expenses/:id",
    pathParams: { "id": "number" },
    schema: "ExpenseForOrgSerializerV1",
    responses: [{ status: 200, contentType: "application/json", build: buildExpenseForOrgSerializerV1 }],
  },
  {
    operationId: "v1_plans_contents_list",
    method: "get",
    path: "/billing/org/v1/plans/contents",
    page: { schema: "PlanContentForOrgSerializerV1", build: buildPlanContentForOrgSerializerV1 },
    responses: [{ status: 200, contentType: "application/json", build: buildPaginatedPlanContentForOrgSerializerV1List }],
  },
  {
    operationId: "v1_products_list",
    method: "get",
    path: "/billing/org/v1/products",
    page: { schema: "ProductForOrg", build: buildProductForOrg },
    responses: [{ status: 200, contentType: "application/json", build: buildPaginatedProductForOrgList }],
  },
  {
    operationId: "v1_products_retrieve",
    method: "get",
    path: "/billing/org/v1/products/:id",
    pathParams: { "id": "number" },
    schema: "ProductForOrg",
    responses: [{ status: 200, contentType: "application/json", build: buildProductForOrg }],
  },
  {
    operationId: "v1_reports_list",
    method: "get",
    path: "/billing/org/v1/reports",
    page: { schema: "FileTask", build: buildFileTask },
    responses: [{ status: 200, contentType: "application/json", build: buildPaginatedFileTaskList }],
  },
  {
    operationId: "v1_reports_create",
    method: "post",
    path: "/billing/org/v1/reports",
    schema: "FileTask",
    responses: [{ status: 201, contentType: "application/json", build: buildFileTask }],
  },
  {
    operationId: "v1_reports_retrieve",
    method: "get",
    path: "/billing/org/v1/reports/:id",
    pathParams: { "id": "string" },
    schema: "FileTask",
    responses: [{ status: 200, contentType: "application/json", build: buildFileTask }],
  },
  {
    operationId: "v1_reports_destroy",
    method: "delete",
    path: "/billing/org/v1/reports/:id",
    pathParams: { "id": "string" },
    responses: [{ status: 204, contentType: null }],
  },
  {
    operationId: "v1_reports_download_retrieve",
    method: "get",
    path: "/billing/org/v1/reports/:uuid/download",
    pathParams: { "uuid": "string" },
    responses: [{ status: 200, contentType: "application/json", build: buildV1ReportsDownloadRetrieve200 }, { status: 200, contentType: "text/csv" }, { status: 200, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }],
  },
  {
    operationId: "v1_reports_templates_list",
    method: "get",
    path: "/billing/org/v1/reports/templates",
    page: { schema: "Template", build: buildTemplate },
    responses: [{ status: 200, contentType: "application/json", build: buildPaginatedTemplateList }],
  },
  {
    operationId: "v1_trials_list",
    method: "get",
    path: "/billing/org/v1/trials",
    page: { schema: "TrialForOrgSerializerV1", build: buildTrialForOrgSerializerV1 },
    responses: [{ status: 200, contentType: "application/json", build: buildPaginatedTrialForOrgSerializerV1List }],
  },
  {
    operationId: "v1_trials_retrieve",
    method: "get",
    path: "/billing/org/v1/trials/:id",
    pathParams: { "id": "number" },
    schema: "TrialForOrgSerializerV1",
    responses: [{ status: 200, contentType: "application/json", build: buildTrialForOrgSerializerV1 }],
  },
  {
    operationId: "v1_trials_partial_update",
    method: "patch",
    path: "/billing/org/v1/trials/:id",
    pathParams: { "id": "number" },
    schema: "TrialForOrgSerializerV1",
    responses: [{ status: 200, contentType: "application/json", build: buildTrialForOrgSerializerV1 }],
  },
  {
    operationId: "v1_trials_start_trial_data_retrieve",
    method: "get",
    path: "/billing/org/v1/trials/start-trial-data",
    schema: "TrialForOrgSerializerV1",
    responses: [{ status: 200, contentType: "application/json", build: buildTrialForOrgSerializerV1 }],
  },
];
