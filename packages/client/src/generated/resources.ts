// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

import type { paths } from "@gcore-billing/types";
import type { BinaryResponse, Page, PagePromise, RequestOptions, Transport } from "../runtime/transport-types.js";

type Op<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
type Params<O> = O extends { parameters: infer X } ? X : never;
type Json<R> = R extends { content: { "application/json": infer B } } ? B : R extends { content: Record<string, infer B> } ? B : unknown;
type Item<B> = B extends { results?: (infer I)[] } ? I : unknown;

/** One method per operation in the spec, grouped by resource: `client.erpInvoices.retrieve(id)`. */
export function createResources(t: Transport) {
  return {
    addendums: {
      /** `GET /billing/org/v1/addendums` (v1_addendums_list) */
      list: (query?: Params<Op<"/billing/org/v1/addendums", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/addendums", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/addendums", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/addendums", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/addendums", "get">["responses"][200]>>>("v1_addendums_list", { query }, options),
      /** `GET /billing/org/v1/addendums/{id}` (v1_addendums_retrieve) */
      retrieve: (id: Params<Op<"/billing/org/v1/addendums/{id}", "get">>["path"]["id"], options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/addendums/{id}", "get">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/addendums/{id}", "get">["responses"][200]>>("v1_addendums_retrieve", { path: { "id": id } }, options),
    },
    calcRules: {
      /** `GET /billing/org/v1/calc-rules` (v1_calc_rules_list) */
      list: (query?: Params<Op<"/billing/org/v1/calc-rules", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/calc-rules", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/calc-rules", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/calc-rules", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/calc-rules", "get">["responses"][200]>>>("v1_calc_rules_list", { query }, options),
      /** `GET /billing/org/v1/calc-rules/{id}` (v1_calc_rules_retrieve) */
      retrieve: (id: Params<Op<"/billing/org/v1/calc-rules/{id}", "get">>["path"]["id"], options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/calc-rules/{id}", "get">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/calc-rules/{id}", "get">["responses"][200]>>("v1_calc_rules_retrieve", { path: { "id": id } }, options),
    },
    currencies: {
      /** `GET /billing/org/v1/currencies` (v1_currencies_list) */
      list: (query?: Params<Op<"/billing/org/v1/currencies", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/currencies", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/currencies", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/currencies", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/currencies", "get">["responses"][200]>>>("v1_currencies_list", { query }, options),
      /** `GET /billing/org/v1/currencies/{id}` (v1_currencies_retrieve) */
      retrieve: (id: Params<Op<"/billing/org/v1/currencies/{id}", "get">>["path"]["id"], options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/currencies/{id}", "get">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/currencies/{id}", "get">["responses"][200]>>("v1_currencies_retrieve", { path: { "id": id } }, options),
    },
    erpInvoices: {
      /** `GET /billing/org/v1/erp-invoices` (v1_erp_invoices_list) */
      list: (query?: Params<Op<"/billing/org/v1/erp-invoices", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/erp-invoices", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/erp-invoices", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/erp-invoices", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/erp-invoices", "get">["responses"][200]>>>("v1_erp_invoices_list", { query }, options),
      /** `GET /billing/org/v1/erp-invoices/{id}` (v1_erp_invoices_retrieve) */
      retrieve: (id: Params<Op<"/billing/org/v1/erp-invoices/{id}", "get">>["path"]["id"], options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/erp-invoices/{id}", "get">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/erp-invoices/{id}", "get">["responses"][200]>>("v1_erp_invoices_retrieve", { path: { "id": id } }, options),
      /** `GET /billing/org/v1/erp-invoices/{id}/download` (v1_erp_invoices_download_retrieve) */
      download: (id: Params<Op<"/billing/org/v1/erp-invoices/{id}/download", "get">>["path"]["id"], options?: RequestOptions): Promise<BinaryResponse> => t.binary("v1_erp_invoices_download_retrieve", { path: { "id": id } }, options),
    },
    expenses: {
      /** `GET /billing/org/v1/expenses` (v1_expenses_list) */
      list: (query?: Params<Op<"/billing/org/v1/expenses", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/expenses", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/expenses", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/expenses", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/expenses", "get">["responses"][200]>>>("v1_expenses_list", { query }, options),
      /** `GET /billing/org/v1/expenses/{id}` (v1_expenses_retrieve) */
      retrieve: (id: Params<Op<"/billing/org/v1/expenses/{id}", "get">>["path"]["id"], options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/expenses/{id}", "get">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/expenses/{id}", "get">["responses"][200]>>("v1_expenses_retrieve", { path: { "id": id } }, options),
    },
    plans: {
      /** `GET /billing/org/v1/plans/contents` (v1_plans_contents_list) */
      contentsList: (query?: Params<Op<"/billing/org/v1/plans/contents", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/plans/contents", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/plans/contents", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/plans/contents", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/plans/contents", "get">["responses"][200]>>>("v1_plans_contents_list", { query }, options),
    },
    products: {
      /** `GET /billing/org/v1/products` (v1_products_list) */
      list: (query?: Params<Op<"/billing/org/v1/products", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/products", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/products", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/products", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/products", "get">["responses"][200]>>>("v1_products_list", { query }, options),
      /** `GET /billing/org/v1/products/{id}` (v1_products_retrieve) */
      retrieve: (id: Params<Op<"/billing/org/v1/products/{id}", "get">>["path"]["id"], options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/products/{id}", "get">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/products/{id}", "get">["responses"][200]>>("v1_products_retrieve", { path: { "id": id } }, options),
    },
    reports: {
      /** `GET /billing/org/v1/reports` (v1_reports_list) */
      list: (query?: Params<Op<"/billing/org/v1/reports", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/reports", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/reports", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/reports", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/reports", "get">["responses"][200]>>>("v1_reports_list", { query }, options),
      /** `POST /billing/org/v1/reports` (v1_reports_create) */
      create: (body: NonNullable<Op<"/billing/org/v1/reports", "post">["requestBody"]> extends { content: Record<string, infer B> } ? B : never, options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/reports", "post">["responses"][201]>> => t.json<Json<Op<"/billing/org/v1/reports", "post">["responses"][201]>>("v1_reports_create", { body }, options),
      /** `GET /billing/org/v1/reports/{id}` (v1_reports_retrieve) */
      retrieve: (id: Params<Op<"/billing/org/v1/reports/{id}", "get">>["path"]["id"], options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/reports/{id}", "get">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/reports/{id}", "get">["responses"][200]>>("v1_reports_retrieve", { path: { "id": id } }, options),
      /** `DELETE /billing/org/v1/reports/{id}` (v1_reports_destroy) */
      delete: (id: Params<Op<"/billing/org/v1/reports/{id}", "delete">>["path"]["id"], options?: RequestOptions): Promise<void> => t.empty("v1_reports_destroy", { path: { "id": id } }, options),
      /** `GET /billing/org/v1/reports/{uuid}/download` (v1_reports_download_retrieve) */
      download: (uuid: Params<Op<"/billing/org/v1/reports/{uuid}/download", "get">>["path"]["uuid"], query?: Params<Op<"/billing/org/v1/reports/{uuid}/download", "get">>["query"], options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/reports/{uuid}/download", "get">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/reports/{uuid}/download", "get">["responses"][200]>>("v1_reports_download_retrieve", { path: { "uuid": uuid }, query }, options),
      /** `GET /billing/org/v1/reports/templates` (v1_reports_templates_list) */
      templatesList: (query?: Params<Op<"/billing/org/v1/reports/templates", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/reports/templates", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/reports/templates", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/reports/templates", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/reports/templates", "get">["responses"][200]>>>("v1_reports_templates_list", { query }, options),
    },
    trials: {
      /** `GET /billing/org/v1/trials` (v1_trials_list) */
      list: (query?: Params<Op<"/billing/org/v1/trials", "get">>["query"], options?: RequestOptions): PagePromise<Json<Op<"/billing/org/v1/trials", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/trials", "get">["responses"][200]>>> => t.paginate<Json<Op<"/billing/org/v1/trials", "get">["responses"][200]>, Item<Json<Op<"/billing/org/v1/trials", "get">["responses"][200]>>>("v1_trials_list", { query }, options),
      /** `GET /billing/org/v1/trials/{id}` (v1_trials_retrieve) */
      retrieve: (id: Params<Op<"/billing/org/v1/trials/{id}", "get">>["path"]["id"], options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/trials/{id}", "get">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/trials/{id}", "get">["responses"][200]>>("v1_trials_retrieve", { path: { "id": id } }, options),
      /** `PATCH /billing/org/v1/trials/{id}` (v1_trials_partial_update) */
      update: (id: Params<Op<"/billing/org/v1/trials/{id}", "patch">>["path"]["id"], body: NonNullable<Op<"/billing/org/v1/trials/{id}", "patch">["requestBody"]> extends { content: Record<string, infer B> } ? B : never, options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/trials/{id}", "patch">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/trials/{id}", "patch">["responses"][200]>>("v1_trials_partial_update", { path: { "id": id }, body }, options),
      /** `GET /billing/org/v1/trials/start-trial-data` (v1_trials_start_trial_data_retrieve) */
      startTrialData: (query?: Params<Op<"/billing/org/v1/trials/start-trial-data", "get">>["query"], options?: RequestOptions): Promise<Json<Op<"/billing/org/v1/trials/start-trial-data", "get">["responses"][200]>> => t.json<Json<Op<"/billing/org/v1/trials/start-trial-data", "get">["responses"][200]>>("v1_trials_start_trial_data_retrieve", { query }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
export type { Page };
