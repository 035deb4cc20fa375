// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------
export interface paths {
    "/billing/org/v1/addendums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Addendums
         * @description Retrieve a list of `Addendum` objects.
         *
         *     You can use query parameters to filter, sort, and paginate the results.
         */
        get: operations["v1_addendums_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/addendums/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Addendum
         * @description Retrieve a single `Addendum` by ID.
         */
        get: operations["v1_addendums_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/calc-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List CalcRules
         * @description Retrieve a list of `CalcRule` objects.
         *
         *     You can use query parameters to filter, sort, and paginate the results.
         */
        get: operations["v1_calc_rules_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/calc-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single CalcRule
         * @description Retrieve a single `CalcRule` by ID.
         */
        get: operations["v1_calc_rules_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Currencies
         * @description Retrieve a list of `Currency` objects.
         *
         *     You can use query parameters to filter, sort, and paginate the results.
         */
        get: operations["v1_currencies_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/currencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Currency
         * @description Retrieve a single `Currency` by ID.
         */
        get: operations["v1_currencies_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/erp-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Mixin for viewsets that provides a queryset based on a model class. */
        get: operations["v1_erp_invoices_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/erp-invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Mixin for viewsets that provides a queryset based on a model class. */
        get: operations["v1_erp_invoices_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/erp-invoices/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download ERP invoice PDF
         * @description Mixin for viewsets that provides a queryset based on a model class.
         */
        get: operations["v1_erp_invoices_download_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Expenses
         * @description Retrieve a list of `Expense` objects.
         *
         *     You can use query parameters to filter, sort, and paginate the results.
         *
         *
         *     You can set the `money_decimals` query parameter to specify the number of decimal places for money fields.
         *
         *     Examples:
         *
         *     - `?money_decimals=2` will return money values rounded to 2 decimal places.
         *     - `?money_decimals=max` will return money values with the maximum precision.
         */
        get: operations["v1_expenses_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/expenses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Expense
         * @description Retrieve a single `Expense` by ID.
         */
        get: operations["v1_expenses_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/plans/contents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List PlanItems
         * @description Retrieve a list of `PlanItem` objects.
         *
         *     You can use query parameters to filter, sort, and paginate the results.
         *
         *
         *     You can set the `money_decimals` query parameter to specify the number of decimal places for money fields.
         *
         *     Examples:
         *
         *     - `?money_decimals=2` will return money values rounded to 2 decimal places.
         *     - `?money_decimals=max` will return money values with the maximum precision.
         */
        get: operations["v1_plans_contents_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Products
         * @description Retrieve a list of `Product` objects.
         *
         *     You can use query parameters to filter, sort, and paginate the results.
         */
        get: operations["v1_products_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Product
         * @description Retrieve a single `Product` by ID.
         */
        get: operations["v1_products_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List generated reports
         * @description Retrieve a list of generated reports.
         *
         *     You can use query parameters to filter, sort, and paginate the results.
         */
        get: operations["v1_reports_list"];
        put?: never;
        /**
         * Create a new report generation task
         * @description To generate a report, pass a template code and parameters in the request body.
         *
         *     The list of available templates and parameters can be found in the [List report templates](/api-reference/billing/reports/list-report-templates) operation.
         *
         *     The template code should be a `code` field of the `template`.
         *
         *     The parameters should be a dictionary with keys and values related to the `template`.
         *
         *     To get a report file, check the status of the task using the [List generated reports](/api-reference/billing/reports/list-generated-reports) operation. The file will be available when the status is `Completed`.
         *
         *     To download the file, use the [Download a report](/api-reference/billing/reports/download-a-report-result-file) operation with the report `UUID`.
         */
        post: operations["v1_reports_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a specific report generation information
         * @description Retrieve detailed information about a specific report generation task by its ID.
         */
        get: operations["v1_reports_retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a report generation task
         * @description Remove a specific report generation task by its ID.
         */
        delete: operations["v1_reports_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/reports/{uuid}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a report result file
         * @description This method retrieves a generated report file in the specified format.
         *
         *     Use Accept header to specify the file format.
         *
         *     *Examples:*
         *
         *     - JSON: `Accept=application/json`
         *     - CSV: `Accept=text/csv`
         *     - Excel: `Accept=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`
         */
        get: operations["v1_reports_download_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/reports/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List report templates
         * @description Retrieve a list of available report templates.
         *
         *     Use `limit` and `offset` query parameters to paginate results.
         */
        get: operations["v1_reports_templates_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/trials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Trials
         * @description Retrieve a list of `Trial` objects.
         *
         *     You can use query parameters to filter, sort, and paginate the results.
         */
        get: operations["v1_trials_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/org/v1/trials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Trial
         * @description Retrieve a single `Trial` by ID.
         */
        get: operations["v1_trials_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an existing Trial
         * @description Update an existing `Trial`.
         */
        patch: operations["v1_trials_partial_update"];
        trace?: never;
    };
    "/billing/org/v1/trials/start-trial-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get trial data for a client and product
         * @description Retrieve trial data for a specific client and product. If the client does not have a trial, return the base trial data for the product.
         */
        get: operations["v1_trials_start_trial_data_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddendumCommonShort: {
            readonly id: number;
            readonly active_range: components["schemas"]["DateTimeTZRange"];
            /**
             * @description Addendum status
             *
             *     - `upcoming` - upcoming
             *     - `active` - active
             *     - `paused` - paused
             *     - `stopped` - stopped
             * @enum {string}
             */
            status?: "upcoming" | "active" | "paused" | "stopped";
        };
        AddendumForOrgSerializerV1: {
            readonly id: number;
            /** @description The ID of the client associated with the addendum. */
            readonly client_id: number;
            /** @description The client associated with the addendum. */
            readonly client: components["schemas"]["CustomerPayerCommonShort"];
            /**
             * @description Addendum status
             *
             *     - `upcoming` - upcoming
             *     - `active` - active
             *     - `paused` - paused
             *     - `stopped` - stopped
             * @enum {string}
             */
            readonly status: "upcoming" | "active" | "paused" | "stopped";
            /** @description The time range during which the addendum is active. */
            readonly active_range: components["schemas"]["DateTimeTZRange"];
            /**
             * Format: date-time
             * @description Date of current addendum creation
             */
            readonly created_at: string;
            /** @description The currency used in the addendum. */
            readonly currency: components["schemas"]["CurrencyCommonShort"];
            /** @description The plan associated with the addendum. */
            readonly plan: components["schemas"]["PlanCommonShort"];
            /** @description The product associated with the addendum. */
            readonly product: components["schemas"]["ProductCommonShort"];
            /**
             * @description Status of the addendum at the requested `active_at` time.
             *
             *     This field is not present by default, but it can be requested by passing the `active_at` query parameter.
             */
            readonly status_at_active_at: string | null;
        };
        AdminPlanItemCommonShort: {
            readonly id: number;
            readonly default: boolean;
            /** @description Public comment */
            comment?: string | null;
            /** @description Description for internal use */
            description?: string | null;
        };
        CalcRule: {
            readonly id: number;
            readonly name: string;
            /**
             * @description - `commit` - commit
             *     - `overcommit` - overcommit
             *     - `stepped` - stepped
             *     - `staged` - staged
             *     - `commit_hourly` - `commit_hourly`
             * @enum {string}
             */
            readonly rule_type: "commit" | "overcommit" | "stepped" | "staged" | "commit_hourly";
        };
        CurrencyCommonShort: {
            readonly id: number;
            /** @description Currency iso4217 char code */
            char_code: string;
            /** @description Currency symbol, for example '$' */
            symbol?: string | null;
        };
        CurrencyForOrg: {
            readonly id: number;
            /** @description Currency iso4217 char code */
            char_code: string;
            /** @description Currency iso4217 number code */
            number_code?: number | null;
            /** @description Currency name english */
            name_en: string;
            /** @description Currency symbol, for example '$' */
            symbol?: string | null;
        };
        CustomerCommonShort: {
            readonly id: number;
            /** @description Return the company name of the primary payer if available. */
            readonly company_name: string | null;
        };
        CustomerPayerCommonShort: {
            readonly id: number;
            readonly company_name: string;
        };
        /** @description Date-time range with start and end fields. */
        DateTimeTZRange: {
            /** Format: date-time */
            start?: string | null;
            /** Format: date-time */
            end?: string | null;
        };
        DiscountCommonShort: {
            readonly id: number;
            /** Format: decimal */
            relative_value: string;
            /** @description Public comment */
            comment?: string | null;
        };
        /** @description External-facing serializer that excludes internal ERP identifiers. */
        ErpInvoiceExternal: {
            readonly id: number;
            /** @description Invoice number, e.g. INV/2026/00001 */
            readonly name: string;
            /**
             * @description - `out_invoice` - `out_invoice`
             *     - `out_refund` - `out_refund`
             * @enum {string}
             */
            readonly move_type: "out_invoice" | "out_refund";
            /** @description Currency code: USD, EUR, etc. */
            readonly currency: string;
            /** Format: date */
            readonly invoice_date: string | null;
            /** Format: date */
            readonly invoice_date_due: string | null;
            /** Format: date */
            readonly billing_period_from: string | null;
            /** Format: date */
            readonly billing_period_to: string | null;
            /**
             * Format: decimal
             * @description Amount without tax
             */
            readonly amount_untaxed: string;
            /**
             * Format: decimal
             * @description Tax amount
             */
            readonly amount_tax: string;
            /**
             * Format: decimal
             * @description Total amount with tax
             */
            readonly amount_total: string;
            /**
             * @description - `not_paid` - `not_paid`
             *     - `paid` - paid
             *     - `partial` - partial
             *     - `reversed` - reversed
             *     - `in_payment` - `in_payment`
             * @enum {string}
             */
            readonly payment_state: "not_paid" | "paid" | "partial" | "reversed" | "in_payment";
            /** @description ID of client in API service */
            readonly client_id: number;
            readonly payer_id: number;
            /** @description Linked billing system invoice */
            readonly invoice_id: number | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /** @description Resolve client/payer for expenses that may be linked via addendum or directly via client. */
        ExpenseForOrgSerializerV1: {
            readonly id: number;
            /** @description The ID of the client associated with the expense. */
            readonly client_id: number;
            /** @description The ID of the payer associated with the expense. */
            readonly payer_id: number | null;
            /** @description The client associated with the expense. */
            readonly client: components["schemas"]["CustomerPayerCommonShort"];
            /** @description Public comment */
            readonly comment: string | null;
            /**
             * Format: date-time
             * @description Date of expense
             */
            readonly for_date: string;
            /** @description The time range for which the expense is calculated. */
            readonly period_range: components["schemas"]["DateTimeTZRange"];
            /**
             * @description Type of the calculation rule applied to the expense.
             *
             *     - `commit` - commit
             *     - `overcommit` - overcommit
             *     - `stepped` - stepped
             *     - `staged` - staged
             *     - `commit_hourly` - `commit_hourly`
             * @enum {string}
             */
            readonly calc_rule_type: "commit" | "overcommit" | "stepped" | "staged" | "commit_hourly";
            /** @description The currency used in the expense. */
            readonly currency: components["schemas"]["CurrencyCommonShort"];
            /**
             * Format: decimal
             * @description The monetary value of the expense.
             */
            readonly money_value: string;
            /**
             * Format: decimal
             * @description The monetary value of the tax applied to the expense.
             */
            readonly tax_value: string;
            /**
             * Format: decimal
             * @description The tax rate applied to the expense.
             */
            readonly tax_rate: string;
            /** @description Usage details associated with the expense. */
            readonly usage: components["schemas"]["Usage"];
            /** @description Metric code of the feature associated with the expense. */
            readonly metric_ext_name: string;
            /** @description The region associated with the expense. */
            readonly region: components["schemas"]["StatisticRegionCommonShort"];
            /**
             * Format: decimal
             * @description The monetary value of the discount applied to the expense.
             */
            readonly discount_value: string;
            /** @description The discount applied to the expense, if any. */
            readonly discount: components["schemas"]["DiscountCommonShort"];
            /** @description Indicates whether the expense has been deleted. */
            readonly deleted: boolean;
            /** @description Description of the expense. */
            readonly description: string;
            /** @description The product category associated with the feature of the expense. */
            readonly product_category: components["schemas"]["ProductCategoryCommonShort"];
            /** @description The product associated with the expense. */
            readonly product: components["schemas"]["ProductCommonShort"];
            /** @description The addendum associated with the expense. */
            readonly addendum: components["schemas"]["AddendumCommonShort"];
            /** @description The plan associated with the expense. */
            readonly plan: components["schemas"]["PlanCommonShort"];
            /** @description The feature associated with the expense. */
            readonly feature: components["schemas"]["FeatureCommonShort"];
            /** @description The subscription associated with the expense. */
            readonly subscription: string | null;
            /** @description The plan item associated with the expense. */
            readonly plan_item: components["schemas"]["AdminPlanItemCommonShort"];
            /** @description List of invoice item IDs associated with the expense. */
            readonly invoices: components["schemas"]["InvoiceItemIDsShort"][];
        };
        FeatureCommonExternal: {
            readonly id: number;
            readonly name: string;
        };
        FeatureCommonShort: {
            readonly id: number;
            readonly name: string;
            readonly erp_sku_id: string | null;
        };
        FileTask: {
            /** Format: uuid */
            readonly uuid: string;
            /**
             * Format: date-time
             * @description Task creation time
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description Task update time
             */
            readonly updated_at: string;
            readonly user_id: number;
            readonly client_id: number;
            /**
             * @description - `ClosingPeriod` - `closing_period`
             *     - `ImportData` - `import_data`
             *     - `Report` - report
             *     - `StopSubscriptions` - `stop_subscriptions`
             * @enum {string}
             */
            readonly task_type: "ClosingPeriod" | "ImportData" | "Report" | "StopSubscriptions";
            /**
             * @description - `Pending` - pending
             *     - `InProgress` - `in_progress`
             *     - `Completed` - completed
             *     - `Failed` - failed
             *     - `Cancelled` - cancelled
             * @default Pending
             * @enum {string}
             */
            readonly status: "Pending" | "InProgress" | "Completed" | "Failed" | "Cancelled";
            /**
             * Task parameters
             * @description Parameters for the task. The structure depends on the task type. For report tasks, see available templates and their parameters at the [reports templates](/api-reference/billing/reports/list-report-templates) operation.
             */
            parameters?: {
                /** @description Report type code (e.g., 'ResellerExpenses', 'ResellerPlans', 'ResellerCredits', 'ResellerStatistics'). */
                type?: string;
                /**
                 * Format: date
                 * @description Start date for the report period (YYYY-MM-DD).
                 */
                date_from?: string | null;
                /**
                 * Format: date
                 * @description End date for the report period (YYYY-MM-DD).
                 */
                date_to?: string | null;
                /** @description Client ID to filter the report by. */
                client_id?: number | null;
            } & {
                [key: string]: unknown;
            };
            /**
             * Processing notes
             * @description Processing notes. Contains additional information about the task processing.
             */
            readonly processing_notes: {
                /** @description Celery task group ID for tracking async processing. */
                celery_group_id?: string | null;
                /** @description Period information for the task. */
                period?: string | null;
                /** @description Number of records to process. */
                records_to_process?: number | null;
                /** @description List of errors encountered during processing. */
                errors?: Record<string, never>[] | null;
                /** @description List of warnings encountered during processing. */
                warnings?: Record<string, never>[] | null;
            } & {
                [key: string]: unknown;
            };
        };
        InvoiceItemIDsShort: {
            readonly invoice_id: number;
            /** Format: date */
            readonly invoice_date: string;
            readonly invoice_item_id: number;
        };
        OrgReportTaskRequest: {
            /**
             * Report parameters
             * @description Parameters for the report. The keys and values should match the template's parameter definitions. See the [reports templates](/api-reference/billing/reports/list-report-templates) operation for available templates.
             * @example {
             *       "date_from": "2025-01-01",
             *       "date_to": "2025-02-01"
             *     }
             */
            parameters?: {
                /**
                 * Format: date
                 * @description (Example) Start date for the report period (YYYY-MM-DD).
                 */
                date_from?: string;
                /**
                 * Format: date
                 * @description (Example) End date for the report period (YYYY-MM-DD).
                 */
                date_to?: string;
                /** @description (Example) Client ID to filter the report by. */
                client_id?: number;
            } & {
                [key: string]: unknown;
            };
            /** @description Code of the report template to use for generating the report. */
            template_code: string;
        };
        PaginatedAddendumForOrgSerializerV1List: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=400&limit=100
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=200&limit=100
             */
            previous?: string | null;
            results: components["schemas"]["AddendumForOrgSerializerV1"][];
        };
        PaginatedCalcRuleList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=400&limit=100
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=200&limit=100
             */
            previous?: string | null;
            results: components["schemas"]["CalcRule"][];
        };
        PaginatedCurrencyForOrgList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=400&limit=100
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=200&limit=100
             */
            previous?: string | null;
            results: components["schemas"]["CurrencyForOrg"][];
        };
        PaginatedErpInvoiceExternalList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=400&limit=100
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=200&limit=100
             */
            previous?: string | null;
            results: components["schemas"]["ErpInvoiceExternal"][];
        };
        PaginatedExpenseForOrgSerializerV1List: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=400&limit=100
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=200&limit=100
             */
            previous?: string | null;
            results: components["schemas"]["ExpenseForOrgSerializerV1"][];
        };
        PaginatedFileTaskList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=400&limit=100
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=200&limit=100
             */
            previous?: string | null;
            results: components["schemas"]["FileTask"][];
        };
        PaginatedPlanContentForOrgSerializerV1List: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=400&limit=100
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=200&limit=100
             */
            previous?: string | null;
            results: components["schemas"]["PlanContentForOrgSerializerV1"][];
        };
        PaginatedProductForOrgList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=400&limit=100
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=200&limit=100
             */
            previous?: string | null;
            results: components["schemas"]["ProductForOrg"][];
        };
        PaginatedTemplateList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=400&limit=100
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=200&limit=100
             */
            previous?: string | null;
            results: components["schemas"]["Template"][];
        };
        PaginatedTrialForOrgSerializerV1List: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=400&limit=100
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?offset=200&limit=100
             */
            previous?: string | null;
            results: components["schemas"]["TrialForOrgSerializerV1"][];
        };
        PatchedTrialUpdateForOrgSerializerV1Request: {
            /** @description The number of days for which the trial is valid. If not provided, the trial will not be updated. */
            days_limit?: number;
            /** @description Value for the trial option `CDN_TRIAL_TRAFFIC_LIMIT`. If not provided, the trial option will not be updated. */
            CDN_TRIAL_TRAFFIC_LIMIT?: number;
            /** @description Value for the trial option `DDOS_TRIAL_RESOURCE_LIMIT`. If not provided, the trial option will not be updated. */
            DDOS_TRIAL_RESOURCE_LIMIT?: number;
            /** @description Value for the trial option `DNS_REQUEST_COUNT_COMMIT`. If not provided, the trial option will not be updated. */
            DNS_REQUEST_COUNT_COMMIT?: number;
            /** @description Value for the trial option `GCLAW_INPUT_TOKENS`. If not provided, the trial option will not be updated. */
            GCLAW_INPUT_TOKENS?: number;
            /** @description Value for the trial option `GCLAW_OUTPUT_TOKENS`. If not provided, the trial option will not be updated. */
            GCLAW_OUTPUT_TOKENS?: number;
            /** @description Value for the trial option `STORAGE_TRIAL_CAPACITY_LIMIT`. If not provided, the trial option will not be updated. */
            STORAGE_TRIAL_CAPACITY_LIMIT?: number;
            /** @description Value for the trial option `STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN`. If not provided, the trial option will not be updated. */
            STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN?: number;
            /** @description Value for the trial option `STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN`. If not provided, the trial option will not be updated. */
            STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN?: number;
            /** @description Value for the trial option `STREAMING_TRIAL_STREAMS_LIMIT`. If not provided, the trial option will not be updated. */
            STREAMING_TRIAL_STREAMS_LIMIT?: number;
            /** @description Value for the trial option `TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT`. If not provided, the trial option will not be updated. */
            TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT?: number;
            /** @description Value for the trial option `TRIAL_STREAMING_VOD`. If not provided, the trial option will not be updated. */
            TRIAL_STREAMING_VOD?: number;
            /** @description Value for the trial option `WAAP_TRIAL_DOMAINS_LIMIT`. If not provided, the trial option will not be updated. */
            WAAP_TRIAL_DOMAINS_LIMIT?: number;
            /** @description Value for the trial option `WAAP_TRIAL_REQUESTS_LIMIT`. If not provided, the trial option will not be updated. */
            WAAP_TRIAL_REQUESTS_LIMIT?: number;
            /** @description Value for the trial option `WAAP_TRIAL_VOLUME_LIMIT`. If not provided, the trial option will not be updated. */
            WAAP_TRIAL_VOLUME_LIMIT?: number;
        };
        PlanCommonShort: {
            readonly id: number;
            readonly name: string;
        };
        PlanContentForOrgSerializerV1: {
            readonly id: number;
            /** @description Tariff plan (migrated from PlanContent) */
            readonly plan_id: number;
            /** @description Indicates whether the plan item is activated by default when the tariff is purchased. */
            readonly default: boolean;
            /** @description Feature associated with the plan item. */
            readonly feature: components["schemas"]["FeatureCommonShort"];
            /** @description Metric code of the feature associated with the expense. */
            readonly metric_ext_name: string;
            readonly regions: components["schemas"]["StatisticRegionCommonShort"][];
            /** @description Product category of the feature associated with the plan item. */
            readonly product_category: components["schemas"]["ProductCategoryCommonShort"];
            /** @description Product associated with the plan. */
            readonly product: components["schemas"]["ProductCommonShort"];
            /**
             * @description Type of calculation rule for the plan item.
             *
             *     - `commit` - commit
             *     - `overcommit` - overcommit
             *     - `stepped` - stepped
             *     - `staged` - staged
             *     - `commit_hourly` - `commit_hourly`
             * @enum {string}
             */
            readonly calc_rule_type: "commit" | "overcommit" | "stepped" | "staged" | "commit_hourly";
            /** @description Unit of measurement for the plan item. It is used for rounding and pricing calculations. */
            readonly unit: components["schemas"]["UnitCommon"];
            /**
             * Format: decimal
             * @description Deprecated. Always returns 1.
             */
            readonly unit_size: string;
            /** @description Price associated with the plan item for the specified `unit` of measurement. */
            readonly price: components["schemas"]["PriceCommonShort"];
            /**
             * Format: decimal
             * @description Default value for the plan item in the specified unit. This value is used when the plan item is activated by default.
             */
            readonly default_value: string;
            /** @description Rounding rule for the plan item. */
            readonly rounding_rule: components["schemas"]["RoundingRuleCommon"];
            /** @description Comment for the plan item. */
            readonly comment: string;
        };
        /**
         * @description Read-only serializer for price data in common API responses.
         *
         *     This serializer reads from `price_json` instead of the legacy Price model
         *     while maintaining the same API response structure.
         */
        PriceCommonShort: {
            /** @description Currency of the price, used for monetary calculations. */
            readonly currency: components["schemas"]["CurrencyCommonShort"];
            /**
             * Format: decimal
             * @description The monetary value of the price in the specified currency.
             */
            readonly money_value: string;
            /** @description Stages of the price, if applicable. */
            readonly price_stages: components["schemas"]["PriceStageCommon"][];
        };
        /** @description Read-only serializer for price stage data in common API responses. */
        PriceStageCommon: {
            /**
             * Format: decimal
             * @description The monetary value of the price stage in the specified currency.
             */
            readonly money_value: string;
            /**
             * Format: decimal
             * @description Threshold for the price in the specified `unit`.
             */
            readonly threshold: string;
        };
        ProductCategoryCommonShort: {
            readonly id: number;
            name: string;
        };
        ProductCommonShort: {
            readonly id: number;
            readonly name: string;
            internal_name: string;
        };
        ProductForOrg: {
            readonly id: number;
            name_en: string;
            internal_name: string;
            /** @description Mark object as archieved. */
            archive?: boolean;
        };
        RoundingRuleCommon: {
            /** @description Unit of measurement for the rounding rule. */
            readonly unit: components["schemas"]["UnitCommon"];
            /**
             * Format: decimal
             * @description Value for the rounding rule in the specified `unit`.
             */
            value: string;
            /**
             * @description - `ceil` - ceil
             *     - `floor` - floor
             * @enum {string}
             */
            round_operation?: "ceil" | "floor";
        };
        StatisticRegionCommonShort: {
            readonly id: number;
            readonly name: string;
            readonly external_name: string;
        };
        /** @description Serializer for report template model. */
        Template: {
            readonly id: number;
            code: string;
            name_en: string;
            /** @description Description of the report */
            readonly description: string | null;
            /** @description Definition of the report parametersin the [OpenAPI v2](https://swagger.io/specification/v2/#parameter-object) format */
            readonly parameters: {
                /** @description List of parameter definitions for the report template. */
                parameters?: {
                    /** @description The name of the parameter. */
                    name: string;
                    /** @description Whether the parameter is required. */
                    required?: boolean;
                    /** @description The type of the parameter (e.g., 'string', 'integer', 'boolean'). */
                    type?: string;
                    /** @description The format of the parameter (e.g., 'date', 'date-time', 'email'). */
                    format?: string | null;
                    /** @description Description of the parameter. */
                    description?: string | null;
                    /** @description List of allowed values for the parameter. */
                    enum?: string[] | null;
                }[];
            };
        };
        TrialForOrgSerializerV1: {
            readonly id: number;
            /** @description ID of the client associated with the trial. */
            readonly client_id: number;
            /** @description Client associated with the trial. */
            readonly client: components["schemas"]["CustomerCommonShort"];
            /** @description Product associated with the trial. */
            readonly product: components["schemas"]["ProductCommonShort"];
            /** @description Plan associated with the trial. */
            readonly plan: components["schemas"]["PlanCommonShort"];
            /** @description The number of days for which the trial is valid. */
            readonly days_limit: number;
            /** @description List of active ranges for the trial. */
            readonly active_ranges: components["schemas"]["DateTimeTZRange"][];
            /**
             * Format: date-time
             * @description The date and time when the trial was created.
             */
            readonly created_at: string;
            /** @description List of trial options associated with the trial. */
            readonly options: components["schemas"]["TrialOptionForOrgSerializerV1"][];
            /** @description Remaining duration of the trial period in seconds. This is calculated as the difference between the end date of the trial and the current time. If the trial has not started or has ended, this field will be `null`. */
            readonly remaining_duration: number;
            /** @description Indicates if the trial is skipped. */
            readonly is_trial_skipped: boolean;
        };
        TrialOptionForOrgSerializerV1: {
            /**
             * Trial option internal name
             * @description Internal name of the trial option.
             */
            readonly internal_name: string;
            /** @description Name of the trial option. */
            readonly name: string;
            /** @description Description of the trial option. */
            readonly description: string;
            /** @description Unit of measurement for the `value`, `used_value`, and `remainder` fields. */
            readonly unit: components["schemas"]["UnitCommon"];
            /** @description Value of the trial option in `unit`. */
            readonly value: number;
            /** @description Used value of the trial option in `unit`. This is the value that has been consumed or utilized during the trial period. */
            readonly used_value: number;
            /** @description Remaining value of the trial option in `unit`. This is calculated as the difference between `value` and `used_value` if the trial option is a limit. If it is not a limit, this field will be `null`. */
            readonly remaining_value: number;
            /** @description Indicates if the trial option is a limit. */
            readonly is_limit: boolean;
            /** @description Feature associated with the trial option. */
            readonly feature: components["schemas"]["FeatureCommonExternal"];
        };
        UnitCommon: {
            /** @description Unique internal identifier of the unit. */
            readonly id: number;
            /** @description Name of the unit. */
            readonly name: string;
            /** @description Internal name of the unit. */
            readonly internal_name: string;
        };
        /** @description Resolve a Unit from an Expense via `plan_item` or subscription.`price_json`. */
        Usage: {
            /**
             * Format: decimal
             * @description The amount of usage
             */
            readonly amount: string;
            /** @description The name of the unit of measurement for the usage */
            readonly unit_name: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    v1_addendums_list: {
        parameters: {
            query?: {
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items active after the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&active_after=2025-05-15 12:00:00`
                 *     - `&active_after=2025-05-15T12:00:00Z`
                 */
                active_after?: string;
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items active at the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *
                 *     **Examples:**
                 *
                 *
                 *     - `&active_at=2025-05-15 12:00:00`
                 *     - `&active_at=2025-05-15T12:00:00Z`
                 */
                active_at?: string;
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items active before the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&active_before=2025-05-15 12:00:00`
                 *     - `&active_before=2025-05-15T12:00:00Z`
                 */
                active_before?: string;
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items with the end of the active period on or after the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *     **Examples:**
                 *
                 *     - `&active_end_from=2025-05-15 12:00:00`
                 *     - `&active_end_from=2025-05-15T12:00:00Z`
                 */
                active_end_from?: string;
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items with the end of the active period on or before the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *     **Examples:**
                 *
                 *     - `&active_end_to=2025-05-15 12:00:00`
                 *     - `&active_end_to=2025-05-15T12:00:00Z`
                 */
                active_end_to?: string;
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items with the start of the active period on or after the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&active_start_from=2025-05-15 12:00:00`
                 *     - `&active_start_from=2025-05-15T12:00:00Z`
                 */
                active_start_from?: string;
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items with the start of the active period on or before the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&active_start_to=2025-05-15 12:00:00`
                 *     - `&active_start_to=2025-05-15T12:00:00Z`
                 */
                active_start_to?: string;
                /** @description Filter by Addendum ID. Can be multiple. */
                addendum_id?: number[];
                /** @description Filter by client ID. Can be multiple. */
                client_id?: number[];
                /**
                 * @description Filter by client's company name (client's name).
                 *     Case insensitive. Supports partial matches.
                 */
                company_name?: string;
                /**
                 * @description Filter by creation date-time.
                 *
                 *     Returns items created after the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&created_after=2025-05-15`
                 *     - `&created_after=2025-05-15 12:00:00`
                 *     - `&created_after=2025-05-15T12:00:00Z`
                 */
                created_after?: string;
                /**
                 * @description Filter by creation date-time.
                 *
                 *     Returns items created before the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&created_before=2025-05-15`
                 *     - `&created_before=2025-05-15 12:00:00`
                 *     - `&created_before=2025-05-15T12:00:00Z`
                 */
                created_before?: string;
                created_on?: string;
                /**
                 * @description Filter by currency char code (e.g. USD, EUR). Can be multiple.
                 *
                 *
                 *     Returns currencies with the specified char code.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&currency_char_code=USD`
                 *     - `&currency_char_codeEUR&currency_char_codeUSD`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `EUR` - Euro
                 *     - `USD` - US Dollar
                 */
                currency_char_code?: string[];
                /**
                 * @description Filter by currency ID. Can be multiple.
                 *
                 *
                 *     Returns currencies with the specified ID.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&currency_id=1`
                 *     - `&currency_id=1&currency_id=2`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `1` - US Dollar
                 *     - `2` - Euro
                 */
                currency_id?: number[];
                id?: number;
                /** @description Number of results to return per page. Maximum is `100`. */
                limit?: number;
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items not active at the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&not_active_at=2025-05-15 12:00:00`
                 *     - `&not_active_at=2025-05-15T12:00:00Z`
                 */
                not_active_at?: string;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /**
                 * @description Ordering of the results.
                 *
                 *     For ascending sort order use `field.asc`, for descending sort order use `field.desc`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `client_id.asc,id.desc`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `created_at.asc` - Created at
                 *     - `created_at.desc` - Created at (descending)
                 *     - `active_range_start.asc` - Active range start
                 *     - `active_range_start.desc` - Active range start (descending)
                 *     - `active_range_end.asc` - Active range end
                 *     - `active_range_end.desc` - Active range end (descending)
                 *     - `id.asc` - Id
                 *     - `id.desc` - Id (descending)
                 *     - `client_id.asc` - Client id
                 *     - `client_id.desc` - Client id (descending)
                 *     - `plan_name.asc` - Plan name
                 *     - `plan_name.desc` - Plan name (descending)
                 *     - `plan_id.asc` - Plan id
                 *     - `plan_id.desc` - Plan id (descending)
                 *     - `product_name.asc` - Product name
                 *     - `product_name.desc` - Product name (descending)
                 *     - `product_id.asc` - Product id
                 *     - `product_id.desc` - Product id (descending)
                 */
                order_by?: ("active_range_end.asc" | "active_range_end.desc" | "active_range_start.asc" | "active_range_start.desc" | "client_id.asc" | "client_id.desc" | "created_at.asc" | "created_at.desc" | "id.asc" | "id.desc" | "plan_id.asc" | "plan_id.desc" | "plan_name.asc" | "plan_name.desc" | "product_id.asc" | "product_id.desc" | "product_name.asc" | "product_name.desc")[];
                /**
                 * @description Ordering of the results.
                 *
                 *     This field is left for compatibility and can be deprecated in future versions. Use `order_by` instead.
                 *
                 *     Default sort order is ascending. Put `-` before value for descending sort order: `-id`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `-client_id,id`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `created_at` - Created at
                 *     - `-created_at` - Created at (descending)
                 *     - `active_range_start` - Active range start
                 *     - `-active_range_start` - Active range start (descending)
                 *     - `active_range_end` - Active range end
                 *     - `-active_range_end` - Active range end (descending)
                 *     - `id` - Id
                 *     - `-id` - Id (descending)
                 *     - `client_id` - Client id
                 *     - `-client_id` - Client id (descending)
                 *     - `plan_name` - Plan name
                 *     - `-plan_name` - Plan name (descending)
                 *     - `plan_id` - Plan id
                 *     - `-plan_id` - Plan id (descending)
                 *     - `product_name` - Product name
                 *     - `-product_name` - Product name (descending)
                 *     - `product_id` - Product id
                 *     - `-product_id` - Product id (descending)
                 */
                ordering?: ("-active_range_end" | "-active_range_start" | "-client_id" | "-created_at" | "-id" | "-plan_id" | "-plan_name" | "-product_id" | "-product_name" | "active_range_end" | "active_range_start" | "client_id" | "created_at" | "id" | "plan_id" | "plan_name" | "product_id" | "product_name")[];
                /** @description Filter by payer ID. Can be multiple. */
                payer_id?: (number | null)[];
                /** @description Filter by plan ID. Can be multiple. */
                plan_id?: number[];
                /** @description Filter by plan name. Case insensitive. Supports partial matches. */
                plan_name?: string;
                /**
                 * @description Filter by product ID. Can be multiple.
                 *
                 *     Returns products with the specified ID.
                 *
                 *     **Examples:**
                 *
                 *     - `&product_id=1`
                 *     - `&product_id=1&product_id=2`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `1` - CDN
                 *     - `2` - Object Storage
                 *     - `3` - Web Security
                 *     - `4` - Streaming
                 *     - `5` - Cloud
                 *     - `6` - Colocation Services
                 *     - `7` - WG Private Cloud
                 *     - `8` - p2p
                 *     - `9` - DDoS Protection
                 *     - `10` - Managed DNS
                 *     - `11` - Other Services
                 *     - `12` - Premium Support
                 *     - `13` - Connectivity
                 *     - `14` - Hosting (G-Hosting)
                 *     - `15` - Managed Services
                 *     - `16` - Rent
                 *     - `17` - Software development
                 *     - `18` - VM Ware
                 *     - `19` - LaaS
                 *     - `20` - AWS Cloud
                 *     - `21` - FastEdge
                 *     - `22` - Technical Support
                 *     - `23` - WAAP
                 *     - `25` - Edge Proxy
                 *     - `32` - AI Managed Dedicated Compute
                 *     - `65` - Gclaw
                 */
                product_id?: number[];
                /**
                 * @description Filter by product internal name. Can be multiple.
                 *
                 *     Returns products with the specified internal name.
                 *
                 *     **Examples:**
                 *
                 *     - `&product_internal_name=CDN`
                 *     - `&product_internal_name=CDN&product_internal_name=DNS`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `AI_DEDCOMP` - AI Managed Dedicated Compute
                 *     - `AWS_CLOUD` - AWS Cloud
                 *     - `CDN` - CDN
                 *     - `CLOUD` - Cloud
                 *     - `CONNECT` - Colocation Services
                 *     - `CONNECTIVITY` - Connectivity
                 *     - `DDOS` - Web Security
                 *     - `DNS` - Managed DNS
                 *     - `FAST_EDGE` - FastEdge
                 *     - `GCLAW` - Gclaw
                 *     - `GHOST` - Hosting (G-Hosting)
                 *     - `INFRASTRUCTURE_PROTECTION` - DDoS Protection
                 *     - `LAAS` - LaaS
                 *     - `MANAGED_SERVICES` - Managed Services
                 *     - `OTHER_SERVICES` - Other Services
                 *     - `P2P` - p2p
                 *     - `PREMIUM_SUPPORT` - Premium Support
                 *     - `RENT` - Rent
                 *     - `SHIELD_PROXY` - Edge Proxy
                 *     - `SOFTWARE_DEVELOPMENT` - Software development
                 *     - `STORAGE` - Object Storage
                 *     - `STREAMING` - Streaming
                 *     - `TECHNICAL_SUPPORT` - Technical Support
                 *     - `VMWARE` - VM Ware
                 *     - `WAAP` - WAAP
                 *     - `WG_PRIVATE_CLOUD` - WG Private Cloud
                 */
                product_internal_name?: string[];
                /** @description Filter by product name. Case insensitive. Supports partial matches. */
                product_name?: string;
                /** @description Filter by provider ID. Can be multiple. */
                provider_id?: number[];
                /** @description Filter by reseller ID. Can be multiple. */
                reseller_id?: number;
                /**
                 * @description Filter by addendum statuses. Can be multiple.
                 *
                 *     - `upcoming` - upcoming
                 *     - `active` - active
                 *     - `paused` - paused
                 *     - `stopped` - stopped
                 */
                status?: ("active" | "paused" | "stopped" | "upcoming")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAddendumForOrgSerializerV1List"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_addendums_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddendumForOrgSerializerV1"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_calc_rules_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. Maximum is `100`. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCalcRuleList"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_calc_rules_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalcRule"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_currencies_list: {
        parameters: {
            query?: {
                /**
                 * @description Filter by currency char code (e.g. USD, EUR). Can be multiple.
                 *
                 *
                 *     Returns currencies with the specified char code.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&currency_char_code=USD`
                 *     - `&currency_char_codeEUR&currency_char_codeUSD`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `EUR` - Euro
                 *     - `USD` - US Dollar
                 */
                currency_char_code?: string[];
                /**
                 * @description Filter by currency ID. Can be multiple.
                 *
                 *
                 *     Returns currencies with the specified ID.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&currency_id=1`
                 *     - `&currency_id=1&currency_id=2`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `1` - US Dollar
                 *     - `2` - Euro
                 */
                currency_id?: number[];
                /** @description Number of results to return per page. Maximum is `100`. */
                limit?: number;
                name_en?: string;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /**
                 * @description Ordering of the results.
                 *
                 *     For ascending sort order use `field.asc`, for descending sort order use `field.desc`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `client_id.asc,id.desc`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `char_code.asc` - Char code
                 *     - `char_code.desc` - Char code (descending)
                 *     - `number_code.asc` - Number code
                 *     - `number_code.desc` - Number code (descending)
                 *     - `name_en.asc` - Name en
                 *     - `name_en.desc` - Name en (descending)
                 */
                order_by?: ("char_code.asc" | "char_code.desc" | "name_en.asc" | "name_en.desc" | "number_code.asc" | "number_code.desc")[];
                /**
                 * @description Ordering of the results.
                 *
                 *     This field is left for compatibility and can be deprecated in future versions. Use `order_by` instead.
                 *
                 *     Default sort order is ascending. Put `-` before value for descending sort order: `-id`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `-client_id,id`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `char_code` - Char code
                 *     - `-char_code` - Char code (descending)
                 *     - `number_code` - Number code
                 *     - `-number_code` - Number code (descending)
                 *     - `name_en` - Name en
                 *     - `-name_en` - Name en (descending)
                 */
                ordering?: ("-char_code" | "-name_en" | "-number_code" | "char_code" | "name_en" | "number_code")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCurrencyForOrgList"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_currencies_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrencyForOrg"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_erp_invoices_list: {
        parameters: {
            query?: {
                /** @description Billing period from (inclusive) */
                billing_period_from__from?: string;
                /** @description Billing period to (inclusive) */
                billing_period_to__to?: string;
                /** @description Filter by client ID */
                client_id?: number;
                /** @description Filter by currency code */
                currency?: string;
                /** @description Invoice date from (inclusive) */
                invoice_date__from?: string;
                /** @description Invoice date to (inclusive) */
                invoice_date__to?: string;
                /** @description Number of results to return per page. Maximum is `100`. */
                limit?: number;
                /**
                 * @description Filter by move type: `out_invoice` or `out_refund`
                 *
                 *     - `out_invoice` - `out_invoice`
                 *     - `out_refund` - `out_refund`
                 */
                move_type?: "out_invoice" | "out_refund";
                /** @description The initial index from which to return the results. */
                offset?: number;
                /**
                 * @description Ordering of the results.
                 *
                 *     For ascending sort order use `field.asc`, for descending sort order use `field.desc`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `client_id.asc,id.desc`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `id.asc` - Id
                 *     - `id.desc` - Id (descending)
                 *     - `invoice_date.asc` - Invoice date
                 *     - `invoice_date.desc` - Invoice date (descending)
                 *     - `amount_total.asc` - Amount total
                 *     - `amount_total.desc` - Amount total (descending)
                 *     - `created_at.asc` - Created at
                 *     - `created_at.desc` - Created at (descending)
                 *     - `name.asc` - Name
                 *     - `name.desc` - Name (descending)
                 */
                order_by?: ("amount_total.asc" | "amount_total.desc" | "created_at.asc" | "created_at.desc" | "id.asc" | "id.desc" | "invoice_date.asc" | "invoice_date.desc" | "name.asc" | "name.desc")[];
                /**
                 * @description Ordering of the results.
                 *
                 *     This field is left for compatibility and can be deprecated in future versions. Use `order_by` instead.
                 *
                 *     Default sort order is ascending. Put `-` before value for descending sort order: `-id`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `-client_id,id`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `id` - Id
                 *     - `-id` - Id (descending)
                 *     - `invoice_date` - Invoice date
                 *     - `-invoice_date` - Invoice date (descending)
                 *     - `amount_total` - Amount total
                 *     - `-amount_total` - Amount total (descending)
                 *     - `created_at` - Created at
                 *     - `-created_at` - Created at (descending)
                 *     - `name` - Name
                 *     - `-name` - Name (descending)
                 */
                ordering?: ("-amount_total" | "-created_at" | "-id" | "-invoice_date" | "-name" | "amount_total" | "created_at" | "id" | "invoice_date" | "name")[];
                /** @description Filter by payer ID */
                payer_id?: number;
                /**
                 * @description Filter by payment state
                 *
                 *     - `not_paid` - `not_paid`
                 *     - `paid` - paid
                 *     - `partial` - partial
                 *     - `reversed` - reversed
                 *     - `in_payment` - `in_payment`
                 */
                payment_state?: "in_payment" | "not_paid" | "paid" | "partial" | "reversed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedErpInvoiceExternalList"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_erp_invoices_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErpInvoiceExternal"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_erp_invoices_download_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invoice PDF is temporarily unavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_expenses_list: {
        parameters: {
            query?: {
                /** @description Filter by Addendum ID. Can be multiple. */
                addendum_id?: (number | null)[];
                /**
                 * @description Filter by calculation rule type. Can be multiple.
                 *
                 *     - `commit` - commit
                 *     - `overcommit` - overcommit
                 *     - `stepped` - stepped
                 *     - `staged` - staged
                 *     - `commit_hourly` - `commit_hourly`
                 */
                calc_rule_type?: ("commit" | "commit_hourly" | "overcommit" | "staged" | "stepped")[];
                /** @description Filter by client ID. Can be multiple. */
                client_id?: number[];
                comment?: string;
                /**
                 * @description Filter by client's company name (client's name).
                 *     Case insensitive. Supports partial matches.
                 */
                company_name?: string;
                /**
                 * @description Filter by creation date-time.
                 *
                 *     Returns items created after the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&created_after=2025-05-15`
                 *     - `&created_after=2025-05-15 12:00:00`
                 *     - `&created_after=2025-05-15T12:00:00Z`
                 */
                created_after?: string;
                /**
                 * @description Filter by creation date-time.
                 *
                 *     Returns items created before the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&created_before=2025-05-15`
                 *     - `&created_before=2025-05-15 12:00:00`
                 *     - `&created_before=2025-05-15T12:00:00Z`
                 */
                created_before?: string;
                created_on?: string;
                /**
                 * @description Filter by currency char code (e.g. USD, EUR). Can be multiple.
                 *
                 *
                 *     Returns currencies with the specified char code.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&currency_char_code=USD`
                 *     - `&currency_char_codeEUR&currency_char_codeUSD`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `EUR` - Euro
                 *     - `USD` - US Dollar
                 */
                currency_char_code?: string[];
                /**
                 * @description Filter by currency ID. Can be multiple.
                 *
                 *
                 *     Returns currencies with the specified ID.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&currency_id=1`
                 *     - `&currency_id=1&currency_id=2`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `1` - US Dollar
                 *     - `2` - Euro
                 */
                currency_id?: number[];
                /**
                 * @description Filter by deleted status.
                 *
                 *
                 *     Returns items based on their deletion status.
                 *
                 *      - `true` - only deleted items
                 *     - `false` - only non-deleted items
                 *     - `none` - all items (default)
                 */
                deleted?: boolean;
                description?: string;
                /** @description Filter by Discount ID. Can be multiple. */
                discount_id?: (number | null)[];
                /** @description Filter by feature ID. Can be multiple. */
                feature_id?: (number | null)[];
                /** @description Filter by feature name. Case insensitive. Supports partial matches. */
                feature_name?: string;
                /**
                 * @description Filter by date.
                 *
                 *     Returns items for the specified date (ISO 8601 format, UTC.)
                 *
                 *
                 *     **Examples:**
                 *
                 *
                 *     - `&for_date=2025-05-15`
                 */
                for_date?: string;
                /**
                 * @description Filter by date.
                 *
                 *     Returns items after and including the specified date (ISO 8601 format, UTC.)
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&for_date_after=2025-05-15`
                 */
                for_date_after?: string;
                /**
                 * @description Filter by date.
                 *
                 *     Returns items on or before the specified date (ISO 8601 format, UTC.)
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&for_date_before=2025-05-15`
                 */
                for_date_before?: string;
                id?: number;
                invoice_id?: number[];
                invoice_item_id?: number[];
                /** @description Number of results to return per page. Maximum is `100`. */
                limit?: number;
                /** @description Filter by metric code. Case-insensitive. Supports partial matches. */
                metric_ext_name?: string;
                /** @description Filter by metric ID. Can be multiple. */
                metric_id?: number[];
                money_value?: number;
                money_value__from?: number;
                money_value__to?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /**
                 * @description Ordering of the results.
                 *
                 *     For ascending sort order use `field.asc`, for descending sort order use `field.desc`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `client_id.asc,id.desc`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `addendum_id.asc` - Addendum id
                 *     - `addendum_id.desc` - Addendum id (descending)
                 *     - `period_range_start.asc` - Period range start
                 *     - `period_range_start.desc` - Period range start (descending)
                 *     - `period_range_end.asc` - Period range end
                 *     - `period_range_end.desc` - Period range end (descending)
                 *     - `calc_rule_type.asc` - Calc rule type
                 *     - `calc_rule_type.desc` - Calc rule type (descending)
                 *     - `created_at.asc` - Created at
                 *     - `created_at.desc` - Created at (descending)
                 *     - `currency_id.asc` - Currency id
                 *     - `currency_id.desc` - Currency id (descending)
                 *     - `feature_name.asc` - Feature name
                 *     - `feature_name.desc` - Feature name (descending)
                 *     - `for_date.asc` - For date
                 *     - `for_date.desc` - For date (descending)
                 *     - `id.asc` - Id
                 *     - `id.desc` - Id (descending)
                 *     - `money_value.asc` - Money value
                 *     - `money_value.desc` - Money value (descending)
                 *     - `plan_item_id.asc` - Plan item id
                 *     - `plan_item_id.desc` - Plan item id (descending)
                 *     - `product_name.asc` - Product name
                 *     - `product_name.desc` - Product name (descending)
                 *     - `product_id.asc` - Product id
                 *     - `product_id.desc` - Product id (descending)
                 *     - `tax_rate.asc` - Tax rate
                 *     - `tax_rate.desc` - Tax rate (descending)
                 *     - `region_id.asc` - Region id
                 *     - `region_id.desc` - Region id (descending)
                 *     - `region_name.asc` - Region name
                 *     - `region_name.desc` - Region name (descending)
                 */
                order_by?: ("addendum_id.asc" | "addendum_id.desc" | "calc_rule_type.asc" | "calc_rule_type.desc" | "created_at.asc" | "created_at.desc" | "currency_id.asc" | "currency_id.desc" | "feature_name.asc" | "feature_name.desc" | "for_date.asc" | "for_date.desc" | "id.asc" | "id.desc" | "money_value.asc" | "money_value.desc" | "period_range_end.asc" | "period_range_end.desc" | "period_range_start.asc" | "period_range_start.desc" | "plan_item_id.asc" | "plan_item_id.desc" | "product_id.asc" | "product_id.desc" | "product_name.asc" | "product_name.desc" | "region_id.asc" | "region_id.desc" | "region_name.asc" | "region_name.desc" | "tax_rate.asc" | "tax_rate.desc")[];
                /**
                 * @description Ordering of the results.
                 *
                 *     This field is left for compatibility and can be deprecated in future versions. Use `order_by` instead.
                 *
                 *     Default sort order is ascending. Put `-` before value for descending sort order: `-id`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `-client_id,id`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `addendum_id` - Addendum id
                 *     - `-addendum_id` - Addendum id (descending)
                 *     - `period_range_start` - Period range start
                 *     - `-period_range_start` - Period range start (descending)
                 *     - `period_range_end` - Period range end
                 *     - `-period_range_end` - Period range end (descending)
                 *     - `calc_rule_type` - Calc rule type
                 *     - `-calc_rule_type` - Calc rule type (descending)
                 *     - `created_at` - Created at
                 *     - `-created_at` - Created at (descending)
                 *     - `currency_id` - Currency id
                 *     - `-currency_id` - Currency id (descending)
                 *     - `feature_name` - Feature name
                 *     - `-feature_name` - Feature name (descending)
                 *     - `for_date` - For date
                 *     - `-for_date` - For date (descending)
                 *     - `id` - Id
                 *     - `-id` - Id (descending)
                 *     - `money_value` - Money value
                 *     - `-money_value` - Money value (descending)
                 *     - `plan_item_id` - Plan item id
                 *     - `-plan_item_id` - Plan item id (descending)
                 *     - `product_name` - Product name
                 *     - `-product_name` - Product name (descending)
                 *     - `product_id` - Product id
                 *     - `-product_id` - Product id (descending)
                 *     - `tax_rate` - Tax rate
                 *     - `-tax_rate` - Tax rate (descending)
                 *     - `region_id` - Region id
                 *     - `-region_id` - Region id (descending)
                 *     - `region_name` - Region name
                 *     - `-region_name` - Region name (descending)
                 */
                ordering?: ("-addendum_id" | "-calc_rule_type" | "-created_at" | "-currency_id" | "-feature_name" | "-for_date" | "-id" | "-money_value" | "-period_range_end" | "-period_range_start" | "-plan_item_id" | "-product_id" | "-product_name" | "-region_id" | "-region_name" | "-tax_rate" | "addendum_id" | "calc_rule_type" | "created_at" | "currency_id" | "feature_name" | "for_date" | "id" | "money_value" | "period_range_end" | "period_range_start" | "plan_item_id" | "product_id" | "product_name" | "region_id" | "region_name" | "tax_rate")[];
                /** @description Filter by payer ID. Can be multiple. */
                payer_id?: number[];
                /**
                 * @description Filter by period range.
                 *
                 *     Returns items with a period containing the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *
                 *     **Examples:**
                 *
                 *
                 *     - `&period_contains=2025-05-15 12:00:00`
                 *     - `&period_contains=2025-05-15T12:00:00Z`
                 */
                period_contains?: string;
                /**
                 * @description Filter by period range.
                 *
                 *     Returns items with a period ending before the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&period_ends_before=2025-05-15 12:00:00`
                 *     - `&period_ends_before=2025-05-15T12:00:00Z`
                 */
                period_ends_before?: string;
                /**
                 * @description Filter by period range.
                 *
                 *     Returns items excluding those with a period containing the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&period_outside=2025-05-15 12:00:00`
                 *     - `&period_outside=2025-05-15T12:00:00Z`
                 */
                period_outside?: string;
                /**
                 * @description Filter by period range.
                 *
                 *     Returns items with a period beginning after the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&period_starts_after=2025-05-15 12:00:00`
                 *     - `&period_starts_after=2025-05-15T12:00:00Z`
                 */
                period_starts_after?: string;
                /** @description Filter by plan ID. Can be multiple. */
                plan_id?: number[];
                /** @description Filter by plan name. Case insensitive. Supports partial matches. */
                plan_name?: string;
                /** @description Filter by Product Category ID. Can be multiple. */
                product_category_id?: number[];
                /** @description Filter by product category name. Case insensitive. Supports partial matches. */
                product_category_name?: string;
                /**
                 * @description Filter by product ID. Can be multiple.
                 *
                 *     Returns products with the specified ID.
                 *
                 *     **Examples:**
                 *
                 *     - `&product_id=1`
                 *     - `&product_id=1&product_id=2`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `1` - CDN
                 *     - `2` - Object Storage
                 *     - `3` - Web Security
                 *     - `4` - Streaming
                 *     - `5` - Cloud
                 *     - `6` - Colocation Services
                 *     - `7` - WG Private Cloud
                 *     - `8` - p2p
                 *     - `9` - DDoS Protection
                 *     - `10` - Managed DNS
                 *     - `11` - Other Services
                 *     - `12` - Premium Support
                 *     - `13` - Connectivity
                 *     - `14` - Hosting (G-Hosting)
                 *     - `15` - Managed Services
                 *     - `16` - Rent
                 *     - `17` - Software development
                 *     - `18` - VM Ware
                 *     - `19` - LaaS
                 *     - `20` - AWS Cloud
                 *     - `21` - FastEdge
                 *     - `22` - Technical Support
                 *     - `23` - WAAP
                 *     - `25` - Edge Proxy
                 *     - `32` - AI Managed Dedicated Compute
                 *     - `65` - Gclaw
                 */
                product_id?: number[];
                /**
                 * @description Filter by product internal name. Can be multiple.
                 *
                 *     Returns products with the specified internal name.
                 *
                 *     **Examples:**
                 *
                 *     - `&product_internal_name=CDN`
                 *     - `&product_internal_name=CDN&product_internal_name=DNS`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `AI_DEDCOMP` - AI Managed Dedicated Compute
                 *     - `AWS_CLOUD` - AWS Cloud
                 *     - `CDN` - CDN
                 *     - `CLOUD` - Cloud
                 *     - `CONNECT` - Colocation Services
                 *     - `CONNECTIVITY` - Connectivity
                 *     - `DDOS` - Web Security
                 *     - `DNS` - Managed DNS
                 *     - `FAST_EDGE` - FastEdge
                 *     - `GCLAW` - Gclaw
                 *     - `GHOST` - Hosting (G-Hosting)
                 *     - `INFRASTRUCTURE_PROTECTION` - DDoS Protection
                 *     - `LAAS` - LaaS
                 *     - `MANAGED_SERVICES` - Managed Services
                 *     - `OTHER_SERVICES` - Other Services
                 *     - `P2P` - p2p
                 *     - `PREMIUM_SUPPORT` - Premium Support
                 *     - `RENT` - Rent
                 *     - `SHIELD_PROXY` - Edge Proxy
                 *     - `SOFTWARE_DEVELOPMENT` - Software development
                 *     - `STORAGE` - Object Storage
                 *     - `STREAMING` - Streaming
                 *     - `TECHNICAL_SUPPORT` - Technical Support
                 *     - `VMWARE` - VM Ware
                 *     - `WAAP` - WAAP
                 *     - `WG_PRIVATE_CLOUD` - WG Private Cloud
                 */
                product_internal_name?: string[];
                /** @description Filter by product name. Case insensitive. Supports partial matches. */
                product_name?: string;
                /** @description Filter by region ID. Can be multiple. */
                region_id?: number[];
                /** @description Filter by region internal name. Can be multiple. */
                region_int_name?: string[];
                /** @description Filter by region name. Case insensitive. Supports partial matches. */
                region_name?: string;
                /** @description Filter expenses by associated subscription IDs. */
                subscription_id?: (number | null)[];
                tax_rate?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedExpenseForOrgSerializerV1List"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_expenses_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenseForOrgSerializerV1"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_plans_contents_list: {
        parameters: {
            query?: {
                /** @description Filter by Addendum ID. Can be multiple. */
                addendum_id?: number[];
                /**
                 * @description Filter by calculation rule type. Can be multiple.
                 *
                 *     - `commit` - commit
                 *     - `overcommit` - overcommit
                 *     - `stepped` - stepped
                 *     - `staged` - staged
                 *     - `commit_hourly` - `commit_hourly`
                 */
                calc_rule_type?: ("commit" | "commit_hourly" | "overcommit" | "staged" | "stepped")[];
                comment?: string;
                /**
                 * @description Filter by currency char code (e.g. USD, EUR). Can be multiple.
                 *
                 *
                 *     Returns currencies with the specified char code.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&currency_char_code=USD`
                 *     - `&currency_char_codeEUR&currency_char_codeUSD`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `EUR` - Euro
                 *     - `USD` - US Dollar
                 */
                currency_char_code?: string[];
                /**
                 * @description Filter by currency ID. Can be multiple.
                 *
                 *
                 *     Returns currencies with the specified ID.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&currency_id=1`
                 *     - `&currency_id=1&currency_id=2`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `1` - US Dollar
                 *     - `2` - Euro
                 */
                currency_id?: (number | null)[];
                default?: boolean;
                /** @description Filter by feature ID. Can be multiple. */
                feature_id?: number[];
                /** @description Filter by feature name. Case insensitive. Supports partial matches. */
                feature_name?: string;
                id?: number;
                /** @description Number of results to return per page. Maximum is `100`. */
                limit?: number;
                /** @description Filter by metric code. Case-insensitive. Supports partial matches. */
                metric_ext_name?: string;
                /** @description Filter by metric ID. Can be multiple. */
                metric_id?: (number | null)[];
                /** @description The initial index from which to return the results. */
                offset?: number;
                /**
                 * @description Ordering of the results.
                 *
                 *     For ascending sort order use `field.asc`, for descending sort order use `field.desc`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `client_id.asc,id.desc`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `id.asc` - Id
                 *     - `id.desc` - Id (descending)
                 *     - `currency_id.asc` - Currency id
                 *     - `currency_id.desc` - Currency id (descending)
                 *     - `calc_rule_type.asc` - Calc rule type
                 *     - `calc_rule_type.desc` - Calc rule type (descending)
                 *     - `feature_name.asc` - Feature name
                 *     - `feature_name.desc` - Feature name (descending)
                 *     - `product_name.asc` - Product name
                 *     - `product_name.desc` - Product name (descending)
                 *     - `product_id.asc` - Product id
                 *     - `product_id.desc` - Product id (descending)
                 *     - `plan_id.asc` - Plan id
                 *     - `plan_id.desc` - Plan id (descending)
                 *     - `default.asc` - Default
                 *     - `default.desc` - Default (descending)
                 */
                order_by?: ("calc_rule_type.asc" | "calc_rule_type.desc" | "currency_id.asc" | "currency_id.desc" | "default.asc" | "default.desc" | "feature_name.asc" | "feature_name.desc" | "id.asc" | "id.desc" | "plan_id.asc" | "plan_id.desc" | "product_id.asc" | "product_id.desc" | "product_name.asc" | "product_name.desc")[];
                /**
                 * @description Ordering of the results.
                 *
                 *     This field is left for compatibility and can be deprecated in future versions. Use `order_by` instead.
                 *
                 *     Default sort order is ascending. Put `-` before value for descending sort order: `-id`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `-client_id,id`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `id` - Id
                 *     - `-id` - Id (descending)
                 *     - `currency_id` - Currency id
                 *     - `-currency_id` - Currency id (descending)
                 *     - `calc_rule_type` - Calc rule type
                 *     - `-calc_rule_type` - Calc rule type (descending)
                 *     - `feature_name` - Feature name
                 *     - `-feature_name` - Feature name (descending)
                 *     - `product_name` - Product name
                 *     - `-product_name` - Product name (descending)
                 *     - `product_id` - Product id
                 *     - `-product_id` - Product id (descending)
                 *     - `plan_id` - Plan id
                 *     - `-plan_id` - Plan id (descending)
                 *     - `default` - Default
                 *     - `-default` - Default (descending)
                 */
                ordering?: ("-calc_rule_type" | "-currency_id" | "-default" | "-feature_name" | "-id" | "-plan_id" | "-product_id" | "-product_name" | "calc_rule_type" | "currency_id" | "default" | "feature_name" | "id" | "plan_id" | "product_id" | "product_name")[];
                /** @description Filter by plan ID. Can be multiple. */
                plan_id?: number[];
                /** @description Filter by plan name. Case insensitive. Supports partial matches. */
                plan_name?: string;
                /** @description Filter by Product Category ID. Can be multiple. */
                product_category_id?: number[];
                /** @description Filter by product category name. Case insensitive. Supports partial matches. */
                product_category_name?: string;
                /**
                 * @description Filter by product ID. Can be multiple.
                 *
                 *     Returns products with the specified ID.
                 *
                 *     **Examples:**
                 *
                 *     - `&product_id=1`
                 *     - `&product_id=1&product_id=2`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `1` - CDN
                 *     - `2` - Object Storage
                 *     - `3` - Web Security
                 *     - `4` - Streaming
                 *     - `5` - Cloud
                 *     - `6` - Colocation Services
                 *     - `7` - WG Private Cloud
                 *     - `8` - p2p
                 *     - `9` - DDoS Protection
                 *     - `10` - Managed DNS
                 *     - `11` - Other Services
                 *     - `12` - Premium Support
                 *     - `13` - Connectivity
                 *     - `14` - Hosting (G-Hosting)
                 *     - `15` - Managed Services
                 *     - `16` - Rent
                 *     - `17` - Software development
                 *     - `18` - VM Ware
                 *     - `19` - LaaS
                 *     - `20` - AWS Cloud
                 *     - `21` - FastEdge
                 *     - `22` - Technical Support
                 *     - `23` - WAAP
                 *     - `25` - Edge Proxy
                 *     - `32` - AI Managed Dedicated Compute
                 *     - `65` - Gclaw
                 */
                product_id?: number[];
                /**
                 * @description Filter by product internal name. Can be multiple.
                 *
                 *     Returns products with the specified internal name.
                 *
                 *     **Examples:**
                 *
                 *     - `&product_internal_name=CDN`
                 *     - `&product_internal_name=CDN&product_internal_name=DNS`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `AI_DEDCOMP` - AI Managed Dedicated Compute
                 *     - `AWS_CLOUD` - AWS Cloud
                 *     - `CDN` - CDN
                 *     - `CLOUD` - Cloud
                 *     - `CONNECT` - Colocation Services
                 *     - `CONNECTIVITY` - Connectivity
                 *     - `DDOS` - Web Security
                 *     - `DNS` - Managed DNS
                 *     - `FAST_EDGE` - FastEdge
                 *     - `GCLAW` - Gclaw
                 *     - `GHOST` - Hosting (G-Hosting)
                 *     - `INFRASTRUCTURE_PROTECTION` - DDoS Protection
                 *     - `LAAS` - LaaS
                 *     - `MANAGED_SERVICES` - Managed Services
                 *     - `OTHER_SERVICES` - Other Services
                 *     - `P2P` - p2p
                 *     - `PREMIUM_SUPPORT` - Premium Support
                 *     - `RENT` - Rent
                 *     - `SHIELD_PROXY` - Edge Proxy
                 *     - `SOFTWARE_DEVELOPMENT` - Software development
                 *     - `STORAGE` - Object Storage
                 *     - `STREAMING` - Streaming
                 *     - `TECHNICAL_SUPPORT` - Technical Support
                 *     - `VMWARE` - VM Ware
                 *     - `WAAP` - WAAP
                 *     - `WG_PRIVATE_CLOUD` - WG Private Cloud
                 */
                product_internal_name?: string[];
                /** @description Filter by product name. Case insensitive. Supports partial matches. */
                product_name?: string;
                /** @description Filter by region ID. Can be multiple. */
                region_id?: number[];
                /** @description Filter by region internal name. Can be multiple. */
                region_int_name?: string[];
                /** @description Filter by region name. Case insensitive. Supports partial matches. */
                region_name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedPlanContentForOrgSerializerV1List"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_products_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. Maximum is `100`. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedProductForOrgList"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_products_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductForOrg"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_reports_list: {
        parameters: {
            query?: {
                client_id?: number;
                /**
                 * @description Filter by creation date-time.
                 *
                 *     Returns items created after the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&created_after=2025-05-15`
                 *     - `&created_after=2025-05-15 12:00:00`
                 *     - `&created_after=2025-05-15T12:00:00Z`
                 */
                created_after?: string;
                /**
                 * @description Filter by creation date-time.
                 *
                 *     Returns items created before the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&created_before=2025-05-15`
                 *     - `&created_before=2025-05-15 12:00:00`
                 *     - `&created_before=2025-05-15T12:00:00Z`
                 */
                created_before?: string;
                created_on?: string;
                /** @description Number of results to return per page. Maximum is `100`. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /**
                 * @description Ordering of the results.
                 *
                 *     For ascending sort order use `field.asc`, for descending sort order use `field.desc`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `client_id.asc,id.desc`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `uuid.asc` - Uuid
                 *     - `uuid.desc` - Uuid (descending)
                 *     - `created_at.asc` - Created at
                 *     - `created_at.desc` - Created at (descending)
                 *     - `client_id.asc` - Client id
                 *     - `client_id.desc` - Client id (descending)
                 *     - `task_type.asc` - Task type
                 *     - `task_type.desc` - Task type (descending)
                 *     - `status.asc` - Status
                 *     - `status.desc` - Status (descending)
                 *     - `template.asc` - Template
                 *     - `template.desc` - Template (descending)
                 */
                order_by?: ("client_id.asc" | "client_id.desc" | "created_at.asc" | "created_at.desc" | "status.asc" | "status.desc" | "task_type.asc" | "task_type.desc" | "template.asc" | "template.desc" | "uuid.asc" | "uuid.desc")[];
                /**
                 * @description Ordering of the results.
                 *
                 *     This field is left for compatibility and can be deprecated in future versions. Use `order_by` instead.
                 *
                 *     Default sort order is ascending. Put `-` before value for descending sort order: `-id`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `-client_id,id`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `uuid` - Uuid
                 *     - `-uuid` - Uuid (descending)
                 *     - `created_at` - Created at
                 *     - `-created_at` - Created at (descending)
                 *     - `client_id` - Client id
                 *     - `-client_id` - Client id (descending)
                 *     - `task_type` - Task type
                 *     - `-task_type` - Task type (descending)
                 *     - `status` - Status
                 *     - `-status` - Status (descending)
                 *     - `template` - Template
                 *     - `-template` - Template (descending)
                 */
                ordering?: ("-client_id" | "-created_at" | "-status" | "-task_type" | "-template" | "-uuid" | "client_id" | "created_at" | "status" | "task_type" | "template" | "uuid")[];
                /**
                 * @description Filter by file task statuses. Can be multiple.
                 *
                 *     - `Pending` - pending
                 *     - `InProgress` - `in_progress`
                 *     - `Completed` - completed
                 *     - `Failed` - failed
                 *     - `Cancelled` - cancelled
                 */
                status?: ("Cancelled" | "Completed" | "Failed" | "InProgress" | "Pending")[];
                /** @description Filter by the type of the report template. Allows partial matches. */
                template?: string;
                /** @description Filter by task UUID. Supports partial matches starting from the beginning. */
                uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedFileTaskList"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_reports_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgReportTaskRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["OrgReportTaskRequest"];
                "multipart/form-data": components["schemas"]["OrgReportTaskRequest"];
            };
        };
        responses: {
            /** @description Resource created successfully. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileTask"];
                };
            };
            /** @description Validation error. The response body contains field-specific error messages or single semantic/business-logic detail error message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_reports_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileTask"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_reports_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_reports_download_retrieve: {
        parameters: {
            query?: {
                format?: "csv" | "json" | "xlsx";
            };
            header?: never;
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Report data in JSON format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Column headers for the report data. */
                        headers?: string[];
                        /** @description Report data rows. */
                        rows?: unknown[][];
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Error response when report generation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "text/csv": {
                        [key: string]: unknown;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_reports_templates_list: {
        parameters: {
            query?: {
                code?: string;
                code__icontains?: string;
                /** @description Multiple values may be separated by commas. */
                code__in?: string[];
                comment__icontains?: string;
                description__icontains?: string;
                id?: number;
                id__gt?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__lt?: number;
                /** @description Number of results to return per page. Maximum is `100`. */
                limit?: number;
                name_en__icontains?: string;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /**
                 * @description Ordering of the results.
                 *
                 *     For ascending sort order use `field.asc`, for descending sort order use `field.desc`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `client_id.asc,id.desc`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `id.asc` - Id
                 *     - `id.desc` - Id (descending)
                 *     - `code.asc` - Code
                 *     - `code.desc` - Code (descending)
                 *     - `name_en.asc` - Name en
                 *     - `name_en.desc` - Name en (descending)
                 *     - `description.asc` - Description
                 *     - `description.desc` - Description (descending)
                 *     - `parameters.asc` - Parameters
                 *     - `parameters.desc` - Parameters (descending)
                 */
                order_by?: ("code.asc" | "code.desc" | "description.asc" | "description.desc" | "id.asc" | "id.desc" | "name_en.asc" | "name_en.desc" | "parameters.asc" | "parameters.desc")[];
                /**
                 * @description Ordering of the results.
                 *
                 *     This field is left for compatibility and can be deprecated in future versions. Use `order_by` instead.
                 *
                 *     Default sort order is ascending. Put `-` before value for descending sort order: `-id`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `-client_id,id`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `id` - Id
                 *     - `-id` - Id (descending)
                 *     - `code` - Code
                 *     - `-code` - Code (descending)
                 *     - `name_en` - Name en
                 *     - `-name_en` - Name en (descending)
                 *     - `description` - Description
                 *     - `-description` - Description (descending)
                 *     - `parameters` - Parameters
                 *     - `-parameters` - Parameters (descending)
                 */
                ordering?: ("-code" | "-description" | "-id" | "-name_en" | "-parameters" | "code" | "description" | "id" | "name_en" | "parameters")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTemplateList"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_trials_list: {
        parameters: {
            query?: {
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items active after the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&active_after=2025-05-15 12:00:00`
                 *     - `&active_after=2025-05-15T12:00:00Z`
                 */
                active_after?: string;
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items active at the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *
                 *     **Examples:**
                 *
                 *
                 *     - `&active_at=2025-05-15 12:00:00`
                 *     - `&active_at=2025-05-15T12:00:00Z`
                 */
                active_at?: string;
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items active before the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&active_before=2025-05-15 12:00:00`
                 *     - `&active_before=2025-05-15T12:00:00Z`
                 */
                active_before?: string;
                /** @description Filter by client ID. Can be multiple. */
                client_id?: (number | null)[];
                /**
                 * @description Filter by client's company name (client's name).
                 *     Case insensitive. Supports partial matches.
                 */
                company_name?: string;
                /**
                 * @description Filter by creation date-time.
                 *
                 *     Returns items created after the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&created_after=2025-05-15`
                 *     - `&created_after=2025-05-15 12:00:00`
                 *     - `&created_after=2025-05-15T12:00:00Z`
                 */
                created_after?: string;
                /**
                 * @description Filter by creation date-time.
                 *
                 *     Returns items created before the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space, or just a date.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&created_before=2025-05-15`
                 *     - `&created_before=2025-05-15 12:00:00`
                 *     - `&created_before=2025-05-15T12:00:00Z`
                 */
                created_before?: string;
                created_on?: string;
                id?: number;
                /** @description Number of results to return per page. Maximum is `100`. */
                limit?: number;
                /**
                 * @description Filter by active period.
                 *
                 *     Returns items not active at the specified date-time (ISO 8601/RFC 3339 format, UTC.)
                 *
                 *
                 *     You can specify a date with a time separated by a space.
                 *
                 *
                 *     **Examples:**
                 *
                 *     - `&not_active_at=2025-05-15 12:00:00`
                 *     - `&not_active_at=2025-05-15T12:00:00Z`
                 */
                not_active_at?: string;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /**
                 * @description Ordering of the results.
                 *
                 *     For ascending sort order use `field.asc`, for descending sort order use `field.desc`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `client_id.asc,id.desc`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `id.asc` - Id
                 *     - `id.desc` - Id (descending)
                 *     - `created_at.asc` - Created at
                 *     - `created_at.desc` - Created at (descending)
                 *     - `client_id.asc` - Client id
                 *     - `client_id.desc` - Client id (descending)
                 *     - `started_at.asc` - Started at
                 *     - `started_at.desc` - Started at (descending)
                 *     - `ended_at.asc` - Ended at
                 *     - `ended_at.desc` - Ended at (descending)
                 *     - `plan_name.asc` - Plan name
                 *     - `plan_name.desc` - Plan name (descending)
                 *     - `plan_id.asc` - Plan id
                 *     - `plan_id.desc` - Plan id (descending)
                 *     - `product_name.asc` - Product name
                 *     - `product_name.desc` - Product name (descending)
                 *     - `product_id.asc` - Product id
                 *     - `product_id.desc` - Product id (descending)
                 */
                order_by?: ("client_id.asc" | "client_id.desc" | "created_at.asc" | "created_at.desc" | "ended_at.asc" | "ended_at.desc" | "id.asc" | "id.desc" | "plan_id.asc" | "plan_id.desc" | "plan_name.asc" | "plan_name.desc" | "product_id.asc" | "product_id.desc" | "product_name.asc" | "product_name.desc" | "started_at.asc" | "started_at.desc")[];
                /**
                 * @description Ordering of the results.
                 *
                 *     This field is left for compatibility and can be deprecated in future versions. Use `order_by` instead.
                 *
                 *     Default sort order is ascending. Put `-` before value for descending sort order: `-id`.
                 *
                 *     For sorting by multiple parameters write them as comma separated string: `-client_id,id`.
                 *
                 *     Final stable tiebreak ordering by primary key is added except when queryset DISTINCT ON is used or pk sorting used.
                 *
                 *
                 *     - `id` - Id
                 *     - `-id` - Id (descending)
                 *     - `created_at` - Created at
                 *     - `-created_at` - Created at (descending)
                 *     - `client_id` - Client id
                 *     - `-client_id` - Client id (descending)
                 *     - `started_at` - Started at
                 *     - `-started_at` - Started at (descending)
                 *     - `ended_at` - Ended at
                 *     - `-ended_at` - Ended at (descending)
                 *     - `plan_name` - Plan name
                 *     - `-plan_name` - Plan name (descending)
                 *     - `plan_id` - Plan id
                 *     - `-plan_id` - Plan id (descending)
                 *     - `product_name` - Product name
                 *     - `-product_name` - Product name (descending)
                 *     - `product_id` - Product id
                 *     - `-product_id` - Product id (descending)
                 */
                ordering?: ("-client_id" | "-created_at" | "-ended_at" | "-id" | "-plan_id" | "-plan_name" | "-product_id" | "-product_name" | "-started_at" | "client_id" | "created_at" | "ended_at" | "id" | "plan_id" | "plan_name" | "product_id" | "product_name" | "started_at")[];
                /** @description Filter by plan ID. Can be multiple. */
                plan_id?: (number | null)[];
                /** @description Filter by plan name. Case insensitive. Supports partial matches. */
                plan_name?: string;
                /**
                 * @description Filter by product ID. Can be multiple.
                 *
                 *     Returns products with the specified ID.
                 *
                 *     **Examples:**
                 *
                 *     - `&product_id=1`
                 *     - `&product_id=1&product_id=2`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `1` - CDN
                 *     - `2` - Object Storage
                 *     - `3` - Web Security
                 *     - `4` - Streaming
                 *     - `5` - Cloud
                 *     - `6` - Colocation Services
                 *     - `7` - WG Private Cloud
                 *     - `8` - p2p
                 *     - `9` - DDoS Protection
                 *     - `10` - Managed DNS
                 *     - `11` - Other Services
                 *     - `12` - Premium Support
                 *     - `13` - Connectivity
                 *     - `14` - Hosting (G-Hosting)
                 *     - `15` - Managed Services
                 *     - `16` - Rent
                 *     - `17` - Software development
                 *     - `18` - VM Ware
                 *     - `19` - LaaS
                 *     - `20` - AWS Cloud
                 *     - `21` - FastEdge
                 *     - `22` - Technical Support
                 *     - `23` - WAAP
                 *     - `25` - Edge Proxy
                 *     - `32` - AI Managed Dedicated Compute
                 *     - `65` - Gclaw
                 */
                product_id?: number[];
                /**
                 * @description Filter by product internal name. Can be multiple.
                 *
                 *     Returns products with the specified internal name.
                 *
                 *     **Examples:**
                 *
                 *     - `&product_internal_name=CDN`
                 *     - `&product_internal_name=CDN&product_internal_name=DNS`
                 *
                 *
                 *
                 *     **Available values:**
                 *
                 *     - `AI_DEDCOMP` - AI Managed Dedicated Compute
                 *     - `AWS_CLOUD` - AWS Cloud
                 *     - `CDN` - CDN
                 *     - `CLOUD` - Cloud
                 *     - `CONNECT` - Colocation Services
                 *     - `CONNECTIVITY` - Connectivity
                 *     - `DDOS` - Web Security
                 *     - `DNS` - Managed DNS
                 *     - `FAST_EDGE` - FastEdge
                 *     - `GCLAW` - Gclaw
                 *     - `GHOST` - Hosting (G-Hosting)
                 *     - `INFRASTRUCTURE_PROTECTION` - DDoS Protection
                 *     - `LAAS` - LaaS
                 *     - `MANAGED_SERVICES` - Managed Services
                 *     - `OTHER_SERVICES` - Other Services
                 *     - `P2P` - p2p
                 *     - `PREMIUM_SUPPORT` - Premium Support
                 *     - `RENT` - Rent
                 *     - `SHIELD_PROXY` - Edge Proxy
                 *     - `SOFTWARE_DEVELOPMENT` - Software development
                 *     - `STORAGE` - Object Storage
                 *     - `STREAMING` - Streaming
                 *     - `TECHNICAL_SUPPORT` - Technical Support
                 *     - `VMWARE` - VM Ware
                 *     - `WAAP` - WAAP
                 *     - `WG_PRIVATE_CLOUD` - WG Private Cloud
                 */
                product_internal_name?: string[];
                /** @description Filter by product name. Case insensitive. Supports partial matches. */
                product_name?: string;
                /** @description Filter trials where `started_at` is null. */
                started_at__isnull?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTrialForOrgSerializerV1List"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_trials_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialForOrgSerializerV1"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_trials_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedTrialUpdateForOrgSerializerV1Request"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedTrialUpdateForOrgSerializerV1Request"];
                "multipart/form-data": components["schemas"]["PatchedTrialUpdateForOrgSerializerV1Request"];
            };
        };
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialForOrgSerializerV1"];
                };
            };
            /** @description Validation error. The response body contains field-specific error messages or single semantic/business-logic detail error message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    v1_trials_start_trial_data_retrieve: {
        parameters: {
            query: {
                /** @description ID of the client for whom to retrieve trial data. */
                client_id: number;
                /** @description ID of the product for which to retrieve trial data. */
                product_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialForOrgSerializerV1"];
                };
            };
            /** @description Authentication credentials were not provided or are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description You do not have permission to perform this action. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
