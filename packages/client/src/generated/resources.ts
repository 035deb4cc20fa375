// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

import { chooseMedia, type Media, requestAs } from "../runtime/content.js";
import type { APIPromise, PagePromise, RequestOptions, Transport } from "../runtime/transport-types.js";
import type {
  AddendumsListItem,
  AddendumsListParams,
  AddendumsListResponse,
  AddendumsRetrievePathParams,
  AddendumsRetrieveResponse,
  CalcRulesListItem,
  CalcRulesListParams,
  CalcRulesListResponse,
  CalcRulesRetrievePathParams,
  CalcRulesRetrieveResponse,
  CurrenciesListItem,
  CurrenciesListParams,
  CurrenciesListResponse,
  CurrenciesRetrievePathParams,
  CurrenciesRetrieveResponse,
  ErpInvoicesDownloadPathParams,
  ErpInvoicesDownloadResponse,
  ErpInvoicesListItem,
  ErpInvoicesListParams,
  ErpInvoicesListResponse,
  ErpInvoicesRetrievePathParams,
  ErpInvoicesRetrieveResponse,
  ExpensesListItem,
  ExpensesListParams,
  ExpensesListResponse,
  ExpensesRetrievePathParams,
  ExpensesRetrieveResponse,
  PlansContentsListItem,
  PlansContentsListParams,
  PlansContentsListResponse,
  ProductsListItem,
  ProductsListParams,
  ProductsListResponse,
  ProductsRetrievePathParams,
  ProductsRetrieveResponse,
  ReportsCreateBody,
  ReportsCreateResponse,
  ReportsDeletePathParams,
  ReportsDeleteResponse,
  ReportsDownloadCsvResponse,
  ReportsDownloadParams,
  ReportsDownloadPathParams,
  ReportsDownloadResponse,
  ReportsDownloadXlsxResponse,
  ReportsListItem,
  ReportsListParams,
  ReportsListResponse,
  ReportsRetrievePathParams,
  ReportsRetrieveResponse,
  ReportsTemplatesListItem,
  ReportsTemplatesListParams,
  ReportsTemplatesListResponse,
  TrialsListItem,
  TrialsListParams,
  TrialsListResponse,
  TrialsRetrievePathParams,
  TrialsRetrieveResponse,
  TrialsStartTrialDataParams,
  TrialsStartTrialDataResponse,
  TrialsUpdateBody,
  TrialsUpdatePathParams,
  TrialsUpdateResponse,
} from "./types.js";

/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */
export function createResources(t: Transport) {
  const plansContents = {
    /**
     * List PlanItems
     *
     * Retrieve a list of `PlanItem` objects.
     *
     * You can use query parameters to filter, sort, and paginate the results.
     *
     * You can set the `money_decimals` query parameter to specify the number of decimal places for money fields.
     *
     * Examples:
     *
     * - `?money_decimals=2` will return money values rounded to 2 decimal places.
     * - `?money_decimals=max` will return money values with the maximum precision.
     *
     * `GET /billing/org/v1/plans/contents` (`v1_plans_contents_list`)
     */
    list: (query?: PlansContentsListParams, options?: RequestOptions): PagePromise<PlansContentsListResponse, PlansContentsListItem> =>
      t.paginate<PlansContentsListResponse, PlansContentsListItem>("v1_plans_contents_list", { query }, options),
  };
  /** Media type asked for (`Accept`) per `format` of `client.reports.download()`. */
  const reportsDownloadMedia = {
    csv: { type: "text/csv", kind: "text" },
    json: { type: "application/json", kind: "json" },
    xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind: "binary" },
  } as const satisfies Record<string, Media>;
  function reportsDownload(uuid: ReportsDownloadPathParams["uuid"], query: ReportsDownloadParams & { format: "csv" }, options?: RequestOptions): APIPromise<ReportsDownloadCsvResponse>;
  function reportsDownload(uuid: ReportsDownloadPathParams["uuid"], query: ReportsDownloadParams & { format: "xlsx" }, options?: RequestOptions): APIPromise<ReportsDownloadXlsxResponse>;
  function reportsDownload(uuid: ReportsDownloadPathParams["uuid"], query?: ReportsDownloadParams & { format?: "json" }, options?: RequestOptions): APIPromise<ReportsDownloadResponse>;
  function reportsDownload(uuid: ReportsDownloadPathParams["uuid"], query?: ReportsDownloadParams, options?: RequestOptions): APIPromise<ReportsDownloadResponse | ReportsDownloadCsvResponse | ReportsDownloadXlsxResponse>;
  function reportsDownload(uuid: ReportsDownloadPathParams["uuid"], query?: ReportsDownloadParams, options?: RequestOptions): APIPromise<unknown> {
    const media = () => chooseMedia("v1_reports_download_retrieve", reportsDownloadMedia, "format", query?.format ?? "json");
    return requestAs(t, "v1_reports_download_retrieve", { path: { uuid }, query }, media, options);
  }
  const reportsTemplates = {
    /**
     * List report templates
     *
     * Retrieve a list of available report templates.
     *
     * Use `limit` and `offset` query parameters to paginate results.
     *
     * `GET /billing/org/v1/reports/templates` (`v1_reports_templates_list`)
     */
    list: (query?: ReportsTemplatesListParams, options?: RequestOptions): PagePromise<ReportsTemplatesListResponse, ReportsTemplatesListItem> =>
      t.paginate<ReportsTemplatesListResponse, ReportsTemplatesListItem>("v1_reports_templates_list", { query }, options),
  };
  return {
    addendums: {
      /**
       * List Addendums
       *
       * Retrieve a list of `Addendum` objects.
       *
       * You can use query parameters to filter, sort, and paginate the results.
       *
       * `GET /billing/org/v1/addendums` (`v1_addendums_list`)
       */
      list: (query?: AddendumsListParams, options?: RequestOptions): PagePromise<AddendumsListResponse, AddendumsListItem> =>
        t.paginate<AddendumsListResponse, AddendumsListItem>("v1_addendums_list", { query }, options),
      /**
       * Get a single Addendum
       *
       * Retrieve a single `Addendum` by ID.
       *
       * `GET /billing/org/v1/addendums/{id}` (`v1_addendums_retrieve`)
       */
      retrieve: (id: AddendumsRetrievePathParams["id"], options?: RequestOptions): APIPromise<AddendumsRetrieveResponse> =>
        t.json<AddendumsRetrieveResponse>("v1_addendums_retrieve", { path: { id } }, options),
    },
    calcRules: {
      /**
       * List CalcRules
       *
       * Retrieve a list of `CalcRule` objects.
       *
       * You can use query parameters to filter, sort, and paginate the results.
       *
       * `GET /billing/org/v1/calc-rules` (`v1_calc_rules_list`)
       */
      list: (query?: CalcRulesListParams, options?: RequestOptions): PagePromise<CalcRulesListResponse, CalcRulesListItem> =>
        t.paginate<CalcRulesListResponse, CalcRulesListItem>("v1_calc_rules_list", { query }, options),
      /**
       * Get a single CalcRule
       *
       * Retrieve a single `CalcRule` by ID.
       *
       * `GET /billing/org/v1/calc-rules/{id}` (`v1_calc_rules_retrieve`)
       */
      retrieve: (id: CalcRulesRetrievePathParams["id"], options?: RequestOptions): APIPromise<CalcRulesRetrieveResponse> =>
        t.json<CalcRulesRetrieveResponse>("v1_calc_rules_retrieve", { path: { id } }, options),
    },
    currencies: {
      /**
       * List Currencies
       *
       * Retrieve a list of `Currency` objects.
       *
       * You can use query parameters to filter, sort, and paginate the results.
       *
       * `GET /billing/org/v1/currencies` (`v1_currencies_list`)
       */
      list: (query?: CurrenciesListParams, options?: RequestOptions): PagePromise<CurrenciesListResponse, CurrenciesListItem> =>
        t.paginate<CurrenciesListResponse, CurrenciesListItem>("v1_currencies_list", { query }, options),
      /**
       * Get a single Currency
       *
       * Retrieve a single `Currency` by ID.
       *
       * `GET /billing/org/v1/currencies/{id}` (`v1_currencies_retrieve`)
       */
      retrieve: (id: CurrenciesRetrievePathParams["id"], options?: RequestOptions): APIPromise<CurrenciesRetrieveResponse> =>
        t.json<CurrenciesRetrieveResponse>("v1_currencies_retrieve", { path: { id } }, options),
    },
    erpInvoices: {
      /**
       * Download ERP invoice PDF
       *
       * Mixin for viewsets that provides a queryset based on a model class.
       *
       * `GET /billing/org/v1/erp-invoices/{id}/download` (`v1_erp_invoices_download_retrieve`)
       */
      download: (id: ErpInvoicesDownloadPathParams["id"], options?: RequestOptions): APIPromise<ErpInvoicesDownloadResponse> =>
        t.binary("v1_erp_invoices_download_retrieve", { path: { id } }, options),
      /**
       * Mixin for viewsets that provides a queryset based on a model class.
       *
       * `GET /billing/org/v1/erp-invoices` (`v1_erp_invoices_list`)
       */
      list: (query?: ErpInvoicesListParams, options?: RequestOptions): PagePromise<ErpInvoicesListResponse, ErpInvoicesListItem> =>
        t.paginate<ErpInvoicesListResponse, ErpInvoicesListItem>("v1_erp_invoices_list", { query }, options),
      /**
       * Mixin for viewsets that provides a queryset based on a model class.
       *
       * `GET /billing/org/v1/erp-invoices/{id}` (`v1_erp_invoices_retrieve`)
       */
      retrieve: (id: ErpInvoicesRetrievePathParams["id"], options?: RequestOptions): APIPromise<ErpInvoicesRetrieveResponse> =>
        t.json<ErpInvoicesRetrieveResponse>("v1_erp_invoices_retrieve", { path: { id } }, options),
    },
    expenses: {
      /**
       * List Expenses
       *
       * Retrieve a list of `Expense` objects.
       *
       * You can use query parameters to filter, sort, and paginate the results.
       *
       * You can set the `money_decimals` query parameter to specify the number of decimal places for money fields.
       *
       * Examples:
       *
       * - `?money_decimals=2` will return money values rounded to 2 decimal places.
       * - `?money_decimals=max` will return money values with the maximum precision.
       *
       * `GET /billing/org/v1/expenses` (`v1_expenses_list`)
       */
      list: (query?: ExpensesListParams, options?: RequestOptions): PagePromise<ExpensesListResponse, ExpensesListItem> =>
        t.paginate<ExpensesListResponse, ExpensesListItem>("v1_expenses_list", { query }, options),
      /**
       * Get a single Expense
       *
       * Retrieve a single `Expense` by ID.
       *
       * `GET /billing/org/v1/expenses/{id}` (`v1_expenses_retrieve`)
       */
      retrieve: (id: ExpensesRetrievePathParams["id"], options?: RequestOptions): APIPromise<ExpensesRetrieveResponse> =>
        t.json<ExpensesRetrieveResponse>("v1_expenses_retrieve", { path: { id } }, options),
    },
    plans: {
      contents: plansContents,
      /**
       * @deprecated Use `client.plans.contents.list()`. This flat name is kept for one major version.
       */
      contentsList: plansContents.list,
    },
    products: {
      /**
       * List Products
       *
       * Retrieve a list of `Product` objects.
       *
       * You can use query parameters to filter, sort, and paginate the results.
       *
       * `GET /billing/org/v1/products` (`v1_products_list`)
       */
      list: (query?: ProductsListParams, options?: RequestOptions): PagePromise<ProductsListResponse, ProductsListItem> =>
        t.paginate<ProductsListResponse, ProductsListItem>("v1_products_list", { query }, options),
      /**
       * Get a single Product
       *
       * Retrieve a single `Product` by ID.
       *
       * `GET /billing/org/v1/products/{id}` (`v1_products_retrieve`)
       */
      retrieve: (id: ProductsRetrievePathParams["id"], options?: RequestOptions): APIPromise<ProductsRetrieveResponse> =>
        t.json<ProductsRetrieveResponse>("v1_products_retrieve", { path: { id } }, options),
    },
    reports: {
      /**
       * Create a new report generation task
       *
       * To generate a report, pass a template code and parameters in the request body.
       *
       * The list of available templates and parameters can be found in the [List report templates](/api-reference/billing/reports/list-report-templates) operation.
       *
       * The template code should be a `code` field of the `template`.
       *
       * The parameters should be a dictionary with keys and values related to the `template`.
       *
       * To get a report file, check the status of the task using the [List generated reports](/api-reference/billing/reports/list-generated-reports) operation. The file will be available when the status is `Completed`.
       *
       * To download the file, use the [Download a report](/api-reference/billing/reports/download-a-report-result-file) operation with the report `UUID`.
       *
       * `POST /billing/org/v1/reports` (`v1_reports_create`)
       */
      create: (body: ReportsCreateBody, options?: RequestOptions): APIPromise<ReportsCreateResponse> =>
        t.json<ReportsCreateResponse>("v1_reports_create", { body }, options),
      /**
       * Delete a report generation task
       *
       * Remove a specific report generation task by its ID.
       *
       * `DELETE /billing/org/v1/reports/{id}` (`v1_reports_destroy`)
       */
      delete: (id: ReportsDeletePathParams["id"], options?: RequestOptions): APIPromise<ReportsDeleteResponse> =>
        t.empty("v1_reports_destroy", { path: { id } }, options),
      /**
       * Download a report result file
       *
       * This method retrieves a generated report file in the specified format.
       *
       * Use Accept header to specify the file format.
       *
       * *Examples:*
       *
       * - JSON: `Accept=application/json`
       * - CSV: `Accept=text/csv`
       * - Excel: `Accept=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`
       *
       * Pick the answer with `format`: "csv" (`text/csv`, text), "json" (`application/json`, json), "xlsx" (`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, a byte stream); "json" when omitted.
       *
       * `GET /billing/org/v1/reports/{uuid}/download` (`v1_reports_download_retrieve`)
       */
      download: reportsDownload,
      /**
       * List generated reports
       *
       * Retrieve a list of generated reports.
       *
       * You can use query parameters to filter, sort, and paginate the results.
       *
       * `GET /billing/org/v1/reports` (`v1_reports_list`)
       */
      list: (query?: ReportsListParams, options?: RequestOptions): PagePromise<ReportsListResponse, ReportsListItem> =>
        t.paginate<ReportsListResponse, ReportsListItem>("v1_reports_list", { query }, options),
      /**
       * Retrieve a specific report generation information
       *
       * Retrieve detailed information about a specific report generation task by its ID.
       *
       * `GET /billing/org/v1/reports/{id}` (`v1_reports_retrieve`)
       */
      retrieve: (id: ReportsRetrievePathParams["id"], options?: RequestOptions): APIPromise<ReportsRetrieveResponse> =>
        t.json<ReportsRetrieveResponse>("v1_reports_retrieve", { path: { id } }, options),
      templates: reportsTemplates,
      /**
       * @deprecated Use `client.reports.templates.list()`. This flat name is kept for one major version.
       */
      templatesList: reportsTemplates.list,
    },
    trials: {
      /**
       * List Trials
       *
       * Retrieve a list of `Trial` objects.
       *
       * You can use query parameters to filter, sort, and paginate the results.
       *
       * `GET /billing/org/v1/trials` (`v1_trials_list`)
       */
      list: (query?: TrialsListParams, options?: RequestOptions): PagePromise<TrialsListResponse, TrialsListItem> =>
        t.paginate<TrialsListResponse, TrialsListItem>("v1_trials_list", { query }, options),
      /**
       * Get a single Trial
       *
       * Retrieve a single `Trial` by ID.
       *
       * `GET /billing/org/v1/trials/{id}` (`v1_trials_retrieve`)
       */
      retrieve: (id: TrialsRetrievePathParams["id"], options?: RequestOptions): APIPromise<TrialsRetrieveResponse> =>
        t.json<TrialsRetrieveResponse>("v1_trials_retrieve", { path: { id } }, options),
      /**
       * Get trial data for a client and product
       *
       * Retrieve trial data for a specific client and product. If the client does not have a trial, return the base trial data for the product.
       *
       * `GET /billing/org/v1/trials/start-trial-data` (`v1_trials_start_trial_data_retrieve`)
       */
      startTrialData: (query: TrialsStartTrialDataParams, options?: RequestOptions): APIPromise<TrialsStartTrialDataResponse> =>
        t.json<TrialsStartTrialDataResponse>("v1_trials_start_trial_data_retrieve", { query }, options),
      /**
       * Update an existing Trial
       *
       * Update an existing `Trial`.
       *
       * `PATCH /billing/org/v1/trials/{id}` (`v1_trials_partial_update`)
       */
      update: (id: TrialsUpdatePathParams["id"], body?: TrialsUpdateBody, options?: RequestOptions): APIPromise<TrialsUpdateResponse> =>
        t.json<TrialsUpdateResponse>("v1_trials_partial_update", { path: { id }, body }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
