// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

import type { paths } from "@gcore-billing/types";
import type { BinaryResponse } from "../runtime/transport-types.js";

// `client.addendums.list()`: GET /billing/org/v1/addendums (v1_addendums_list)
type AddendumsListOperation = paths["/billing/org/v1/addendums"]["get"];
/** Query parameters of `client.addendums.list()`. */
export type AddendumsListParams = NonNullable<AddendumsListOperation["parameters"]["query"]>;
/** One page answered by `client.addendums.list()`. */
export type AddendumsListResponse = AddendumsListOperation["responses"][200]["content"]["application/json"];
/** One record of `client.addendums.list()`. */
export type AddendumsListItem = NonNullable<AddendumsListResponse["results"]>[number];

// `client.addendums.retrieve()`: GET /billing/org/v1/addendums/{id} (v1_addendums_retrieve)
type AddendumsRetrieveOperation = paths["/billing/org/v1/addendums/{id}"]["get"];
/** Path parameters of `client.addendums.retrieve()`. */
export type AddendumsRetrievePathParams = AddendumsRetrieveOperation["parameters"]["path"];
/** Success body of `client.addendums.retrieve()`. */
export type AddendumsRetrieveResponse = AddendumsRetrieveOperation["responses"][200]["content"]["application/json"];

// `client.calcRules.list()`: GET /billing/org/v1/calc-rules (v1_calc_rules_list)
type CalcRulesListOperation = paths["/billing/org/v1/calc-rules"]["get"];
/** Query parameters of `client.calcRules.list()`. */
export type CalcRulesListParams = NonNullable<CalcRulesListOperation["parameters"]["query"]>;
/** One page answered by `client.calcRules.list()`. */
export type CalcRulesListResponse = CalcRulesListOperation["responses"][200]["content"]["application/json"];
/** One record of `client.calcRules.list()`. */
export type CalcRulesListItem = NonNullable<CalcRulesListResponse["results"]>[number];

// `client.calcRules.retrieve()`: GET /billing/org/v1/calc-rules/{id} (v1_calc_rules_retrieve)
type CalcRulesRetrieveOperation = paths["/billing/org/v1/calc-rules/{id}"]["get"];
/** Path parameters of `client.calcRules.retrieve()`. */
export type CalcRulesRetrievePathParams = CalcRulesRetrieveOperation["parameters"]["path"];
/** Success body of `client.calcRules.retrieve()`. */
export type CalcRulesRetrieveResponse = CalcRulesRetrieveOperation["responses"][200]["content"]["application/json"];

// `client.currencies.list()`: GET /billing/org/v1/currencies (v1_currencies_list)
type CurrenciesListOperation = paths["/billing/org/v1/currencies"]["get"];
/** Query parameters of `client.currencies.list()`. */
export type CurrenciesListParams = NonNullable<CurrenciesListOperation["parameters"]["query"]>;
/** One page answered by `client.currencies.list()`. */
export type CurrenciesListResponse = CurrenciesListOperation["responses"][200]["content"]["application/json"];
/** One record of `client.currencies.list()`. */
export type CurrenciesListItem = NonNullable<CurrenciesListResponse["results"]>[number];

// `client.currencies.retrieve()`: GET /billing/org/v1/currencies/{id} (v1_currencies_retrieve)
type CurrenciesRetrieveOperation = paths["/billing/org/v1/currencies/{id}"]["get"];
/** Path parameters of `client.currencies.retrieve()`. */
export type CurrenciesRetrievePathParams = CurrenciesRetrieveOperation["parameters"]["path"];
/** Success body of `client.currencies.retrieve()`. */
export type CurrenciesRetrieveResponse = CurrenciesRetrieveOperation["responses"][200]["content"]["application/json"];

// `client.erpInvoices.download()`: GET /billing/org/v1/erp-invoices/{id}/download (v1_erp_invoices_download_retrieve)
type ErpInvoicesDownloadOperation = paths["/billing/org/v1/erp-invoices/{id}/download"]["get"];
/** Path parameters of `client.erpInvoices.download()`. */
export type ErpInvoicesDownloadPathParams = ErpInvoicesDownloadOperation["parameters"]["path"];
/** Success body of `client.erpInvoices.download()`. */
export type ErpInvoicesDownloadResponse = BinaryResponse;

// `client.erpInvoices.list()`: GET /billing/org/v1/erp-invoices (v1_erp_invoices_list)
type ErpInvoicesListOperation = paths["/billing/org/v1/erp-invoices"]["get"];
/** Query parameters of `client.erpInvoices.list()`. */
export type ErpInvoicesListParams = NonNullable<ErpInvoicesListOperation["parameters"]["query"]>;
/** One page answered by `client.erpInvoices.list()`. */
export type ErpInvoicesListResponse = ErpInvoicesListOperation["responses"][200]["content"]["application/json"];
/** One record of `client.erpInvoices.list()`. */
export type ErpInvoicesListItem = NonNullable<ErpInvoicesListResponse["results"]>[number];

// `client.erpInvoices.retrieve()`: GET /billing/org/v1/erp-invoices/{id} (v1_erp_invoices_retrieve)
type ErpInvoicesRetrieveOperation = paths["/billing/org/v1/erp-invoices/{id}"]["get"];
/** Path parameters of `client.erpInvoices.retrieve()`. */
export type ErpInvoicesRetrievePathParams = ErpInvoicesRetrieveOperation["parameters"]["path"];
/** Success body of `client.erpInvoices.retrieve()`. */
export type ErpInvoicesRetrieveResponse = ErpInvoicesRetrieveOperation["responses"][200]["content"]["application/json"];

// `client.expenses.list()`: GET /billing/org/v1/expenses (v1_expenses_list)
type ExpensesListOperation = paths["/billing/org/v1/expenses"]["get"];
/** Query parameters of `client.expenses.list()`. */
export type ExpensesListParams = NonNullable<ExpensesListOperation["parameters"]["query"]>;
/** One page answered by `client.expenses.list()`. */
export type ExpensesListResponse = ExpensesListOperation["responses"][200]["content"]["application/json"];
/** One record of `client.expenses.list()`. */
export type ExpensesListItem = NonNullable<ExpensesListResponse["results"]>[number];

// `client.expenses.retrieve()`: GET /billing/org/v1/expenses/{id} (v1_expenses_retrieve)
type ExpensesRetrieveOperation = paths["/billing/org/v1/expenses/{id}"]["get"];
/** Path parameters of `client.expenses.retrieve()`. */
export type ExpensesRetrievePathParams = ExpensesRetrieveOperation["parameters"]["path"];
/** Success body of `client.expenses.retrieve()`. */
export type ExpensesRetrieveResponse = ExpensesRetrieveOperation["responses"][200]["content"]["application/json"];

// `client.plans.contents.list()`: GET /billing/org/v1/plans/contents (v1_plans_contents_list)
type PlansContentsListOperation = paths["/billing/org/v1/plans/contents"]["get"];
/** Query parameters of `client.plans.contents.list()`. */
export type PlansContentsListParams = NonNullable<PlansContentsListOperation["parameters"]["query"]>;
/** One page answered by `client.plans.contents.list()`. */
export type PlansContentsListResponse = PlansContentsListOperation["responses"][200]["content"]["application/json"];
/** One record of `client.plans.contents.list()`. */
export type PlansContentsListItem = NonNullable<PlansContentsListResponse["results"]>[number];

// `client.products.list()`: GET /billing/org/v1/products (v1_products_list)
type ProductsListOperation = paths["/billing/org/v1/products"]["get"];
/** Query parameters of `client.products.list()`. */
export type ProductsListParams = NonNullable<ProductsListOperation["parameters"]["query"]>;
/** One page answered by `client.products.list()`. */
export type ProductsListResponse = ProductsListOperation["responses"][200]["content"]["application/json"];
/** One record of `client.products.list()`. */
export type ProductsListItem = NonNullable<ProductsListResponse["results"]>[number];

// `client.products.retrieve()`: GET /billing/org/v1/products/{id} (v1_products_retrieve)
type ProductsRetrieveOperation = paths["/billing/org/v1/products/{id}"]["get"];
/** Path parameters of `client.products.retrieve()`. */
export type ProductsRetrievePathParams = ProductsRetrieveOperation["parameters"]["path"];
/** Success body of `client.products.retrieve()`. */
export type ProductsRetrieveResponse = ProductsRetrieveOperation["responses"][200]["content"]["application/json"];

// `client.reports.create()`: POST /billing/org/v1/reports (v1_reports_create)
type ReportsCreateOperation = paths["/billing/org/v1/reports"]["post"];
/** Request body of `client.reports.create()`. */
export type ReportsCreateBody = NonNullable<ReportsCreateOperation["requestBody"]>["content"]["application/json"];
/** Success body of `client.reports.create()`. */
export type ReportsCreateResponse = ReportsCreateOperation["responses"][201]["content"]["application/json"];

// `client.reports.delete()`: DELETE /billing/org/v1/reports/{id} (v1_reports_destroy)
type ReportsDeleteOperation = paths["/billing/org/v1/reports/{id}"]["delete"];
/** Path parameters of `client.reports.delete()`. */
export type ReportsDeletePathParams = ReportsDeleteOperation["parameters"]["path"];
/** Success body of `client.reports.delete()`. */
export type ReportsDeleteResponse = void;

// `client.reports.download()`: GET /billing/org/v1/reports/{uuid}/download (v1_reports_download_retrieve)
type ReportsDownloadOperation = paths["/billing/org/v1/reports/{uuid}/download"]["get"];
/** Path parameters of `client.reports.download()`. */
export type ReportsDownloadPathParams = ReportsDownloadOperation["parameters"]["path"];
/** Query parameters of `client.reports.download()`. */
export type ReportsDownloadParams = NonNullable<ReportsDownloadOperation["parameters"]["query"]>;
/** Success body of `client.reports.download()` in its default format. */
export type ReportsDownloadResponse = ReportsDownloadOperation["responses"][200]["content"]["application/json"];
/** Body of `client.reports.download()` with `format: "csv"` (`text/csv`). */
export type ReportsDownloadCsvResponse = string;
/** Body of `client.reports.download()` with `format: "xlsx"` (`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`). */
export type ReportsDownloadXlsxResponse = BinaryResponse;

// `client.reports.list()`: GET /billing/org/v1/reports (v1_reports_list)
type ReportsListOperation = paths["/billing/org/v1/reports"]["get"];
/** Query parameters of `client.reports.list()`. */
export type ReportsListParams = NonNullable<ReportsListOperation["parameters"]["query"]>;
/** One page answered by `client.reports.list()`. */
export type ReportsListResponse = ReportsListOperation["responses"][200]["content"]["application/json"];
/** One record of `client.reports.list()`. */
export type ReportsListItem = NonNullable<ReportsListResponse["results"]>[number];

// `client.reports.retrieve()`: GET /billing/org/v1/reports/{id} (v1_reports_retrieve)
type ReportsRetrieveOperation = paths["/billing/org/v1/reports/{id}"]["get"];
/** Path parameters of `client.reports.retrieve()`. */
export type ReportsRetrievePathParams = ReportsRetrieveOperation["parameters"]["path"];
/** Success body of `client.reports.retrieve()`. */
export type ReportsRetrieveResponse = ReportsRetrieveOperation["responses"][200]["content"]["application/json"];

// `client.reports.templates.list()`: GET /billing/org/v1/reports/templates (v1_reports_templates_list)
type ReportsTemplatesListOperation = paths["/billing/org/v1/reports/templates"]["get"];
/** Query parameters of `client.reports.templates.list()`. */
export type ReportsTemplatesListParams = NonNullable<ReportsTemplatesListOperation["parameters"]["query"]>;
/** One page answered by `client.reports.templates.list()`. */
export type ReportsTemplatesListResponse = ReportsTemplatesListOperation["responses"][200]["content"]["application/json"];
/** One record of `client.reports.templates.list()`. */
export type ReportsTemplatesListItem = NonNullable<ReportsTemplatesListResponse["results"]>[number];

// `client.trials.list()`: GET /billing/org/v1/trials (v1_trials_list)
type TrialsListOperation = paths["/billing/org/v1/trials"]["get"];
/** Query parameters of `client.trials.list()`. */
export type TrialsListParams = NonNullable<TrialsListOperation["parameters"]["query"]>;
/** One page answered by `client.trials.list()`. */
export type TrialsListResponse = TrialsListOperation["responses"][200]["content"]["application/json"];
/** One record of `client.trials.list()`. */
export type TrialsListItem = NonNullable<TrialsListResponse["results"]>[number];

// `client.trials.retrieve()`: GET /billing/org/v1/trials/{id} (v1_trials_retrieve)
type TrialsRetrieveOperation = paths["/billing/org/v1/trials/{id}"]["get"];
/** Path parameters of `client.trials.retrieve()`. */
export type TrialsRetrievePathParams = TrialsRetrieveOperation["parameters"]["path"];
/** Success body of `client.trials.retrieve()`. */
export type TrialsRetrieveResponse = TrialsRetrieveOperation["responses"][200]["content"]["application/json"];

// `client.trials.startTrialData()`: GET /billing/org/v1/trials/start-trial-data (v1_trials_start_trial_data_retrieve)
type TrialsStartTrialDataOperation = paths["/billing/org/v1/trials/start-trial-data"]["get"];
/** Query parameters of `client.trials.startTrialData()`. `client_id`, `product_id` required. */
export type TrialsStartTrialDataParams = NonNullable<TrialsStartTrialDataOperation["parameters"]["query"]>;
/** Success body of `client.trials.startTrialData()`. */
export type TrialsStartTrialDataResponse = TrialsStartTrialDataOperation["responses"][200]["content"]["application/json"];

// `client.trials.update()`: PATCH /billing/org/v1/trials/{id} (v1_trials_partial_update)
type TrialsUpdateOperation = paths["/billing/org/v1/trials/{id}"]["patch"];
/** Path parameters of `client.trials.update()`. */
export type TrialsUpdatePathParams = TrialsUpdateOperation["parameters"]["path"];
/** Request body of `client.trials.update()` (optional). */
export type TrialsUpdateBody = NonNullable<TrialsUpdateOperation["requestBody"]>["content"]["application/json"];
/** Success body of `client.trials.update()`. */
export type TrialsUpdateResponse = TrialsUpdateOperation["responses"][200]["content"]["application/json"];
