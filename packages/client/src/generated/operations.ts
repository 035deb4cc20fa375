// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------
import type { OperationSpec } from "../runtime/operation-spec.js";

/** Everything the transport needs to know about each operation, keyed by operationId. */
export const operations = {
  "v1_addendums_list": {
    "operationId": "v1_addendums_list",
    "method": "GET",
    "path": "/billing/org/v1/addendums",
    "resource": "addendums",
    "action": "list",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [],
    "query": {
      "active_after": {
        "style": "form",
        "explode": true
      },
      "active_at": {
        "style": "form",
        "explode": true
      },
      "active_before": {
        "style": "form",
        "explode": true
      },
      "active_end_from": {
        "style": "form",
        "explode": true
      },
      "active_end_to": {
        "style": "form",
        "explode": true
      },
      "active_start_from": {
        "style": "form",
        "explode": true
      },
      "active_start_to": {
        "style": "form",
        "explode": true
      },
      "addendum_id": {
        "style": "form",
        "explode": true
      },
      "client_id": {
        "style": "form",
        "explode": true
      },
      "company_name": {
        "style": "form",
        "explode": true
      },
      "created_after": {
        "style": "form",
        "explode": true
      },
      "created_before": {
        "style": "form",
        "explode": true
      },
      "created_on": {
        "style": "form",
        "explode": true
      },
      "currency_char_code": {
        "style": "form",
        "explode": true
      },
      "currency_id": {
        "style": "form",
        "explode": true
      },
      "id": {
        "style": "form",
        "explode": true
      },
      "limit": {
        "style": "form",
        "explode": true
      },
      "not_active_at": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      },
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      },
      "payer_id": {
        "style": "form",
        "explode": true
      },
      "plan_id": {
        "style": "form",
        "explode": true
      },
      "plan_name": {
        "style": "form",
        "explode": true
      },
      "product_id": {
        "style": "form",
        "explode": true
      },
      "product_internal_name": {
        "style": "form",
        "explode": true
      },
      "product_name": {
        "style": "form",
        "explode": true
      },
      "provider_id": {
        "style": "form",
        "explode": true
      },
      "reseller_id": {
        "style": "form",
        "explode": true
      },
      "status": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  },
  "v1_addendums_retrieve": {
    "operationId": "v1_addendums_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/addendums/{id}",
    "resource": "addendums",
    "action": "retrieve",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": false
  },
  "v1_calc_rules_list": {
    "operationId": "v1_calc_rules_list",
    "method": "GET",
    "path": "/billing/org/v1/calc-rules",
    "resource": "calcRules",
    "action": "list",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [],
    "query": {
      "limit": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  },
  "v1_calc_rules_retrieve": {
    "operationId": "v1_calc_rules_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/calc-rules/{id}",
    "resource": "calcRules",
    "action": "retrieve",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": false
  },
  "v1_currencies_list": {
    "operationId": "v1_currencies_list",
    "method": "GET",
    "path": "/billing/org/v1/currencies",
    "resource": "currencies",
    "action": "list",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [],
    "query": {
      "currency_char_code": {
        "style": "form",
        "explode": true
      },
      "currency_id": {
        "style": "form",
        "explode": true
      },
      "limit": {
        "style": "form",
        "explode": true
      },
      "name_en": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      },
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      }
    },
    "hasBody": false
  },
  "v1_currencies_retrieve": {
    "operationId": "v1_currencies_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/currencies/{id}",
    "resource": "currencies",
    "action": "retrieve",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": false
  },
  "v1_erp_invoices_list": {
    "operationId": "v1_erp_invoices_list",
    "method": "GET",
    "path": "/billing/org/v1/erp-invoices",
    "resource": "erpInvoices",
    "action": "list",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [],
    "query": {
      "billing_period_from__from": {
        "style": "form",
        "explode": true
      },
      "billing_period_to__to": {
        "style": "form",
        "explode": true
      },
      "client_id": {
        "style": "form",
        "explode": true
      },
      "currency": {
        "style": "form",
        "explode": true
      },
      "invoice_date__from": {
        "style": "form",
        "explode": true
      },
      "invoice_date__to": {
        "style": "form",
        "explode": true
      },
      "limit": {
        "style": "form",
        "explode": true
      },
      "move_type": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      },
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      },
      "payer_id": {
        "style": "form",
        "explode": true
      },
      "payment_state": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  },
  "v1_erp_invoices_retrieve": {
    "operationId": "v1_erp_invoices_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/erp-invoices/{id}",
    "resource": "erpInvoices",
    "action": "retrieve",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": false
  },
  "v1_erp_invoices_download_retrieve": {
    "operationId": "v1_erp_invoices_download_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/erp-invoices/{id}/download",
    "resource": "erpInvoices",
    "action": "download",
    "kind": "binary",
    "successStatus": "200",
    "contentType": "application/pdf",
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": false
  },
  "v1_expenses_list": {
    "operationId": "v1_expenses_list",
    "method": "GET",
    "path": "/billing/org/v1/expenses",
    "resource": "expenses",
    "action": "list",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [],
    "query": {
      "addendum_id": {
        "style": "form",
        "explode": true
      },
      "calc_rule_type": {
        "style": "form",
        "explode": true
      },
      "client_id": {
        "style": "form",
        "explode": true
      },
      "comment": {
        "style": "form",
        "explode": true
      },
      "company_name": {
        "style": "form",
        "explode": true
      },
      "created_after": {
        "style": "form",
        "explode": true
      },
      "created_before": {
        "style": "form",
        "explode": true
      },
      "created_on": {
        "style": "form",
        "explode": true
      },
      "currency_char_code": {
        "style": "form",
        "explode": true
      },
      "currency_id": {
        "style": "form",
        "explode": true
      },
      "deleted": {
        "style": "form",
        "explode": true
      },
      "description": {
        "style": "form",
        "explode": true
      },
      "discount_id": {
        "style": "form",
        "explode": true
      },
      "feature_id": {
        "style": "form",
        "explode": true
      },
      "feature_name": {
        "style": "form",
        "explode": true
      },
      "for_date": {
        "style": "form",
        "explode": true
      },
      "for_date_after": {
        "style": "form",
        "explode": true
      },
      "for_date_before": {
        "style": "form",
        "explode": true
      },
      "id": {
        "style": "form",
        "explode": true
      },
      "invoice_id": {
        "style": "form",
        "explode": true
      },
      "invoice_item_id": {
        "style": "form",
        "explode": true
      },
      "limit": {
        "style": "form",
        "explode": true
      },
      "metric_ext_name": {
        "style": "form",
        "explode": true
      },
      "metric_id": {
        "style": "form",
        "explode": true
      },
      "money_value": {
        "style": "form",
        "explode": true
      },
      "money_value__from": {
        "style": "form",
        "explode": true
      },
      "money_value__to": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      },
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      },
      "payer_id": {
        "style": "form",
        "explode": true
      },
      "period_contains": {
        "style": "form",
        "explode": true
      },
      "period_ends_before": {
        "style": "form",
        "explode": true
      },
      "period_outside": {
        "style": "form",
        "explode": true
      },
      "period_starts_after": {
        "style": "form",
        "explode": true
      },
      "plan_id": {
        "style": "form",
        "explode": true
      },
      "plan_name": {
        "style": "form",
        "explode": true
      },
      "product_category_id": {
        "style": "form",
        "explode": true
      },
      "product_category_name": {
        "style": "form",
        "explode": true
      },
      "product_id": {
        "style": "form",
        "explode": true
      },
      "product_internal_name": {
        "style": "form",
        "explode": true
      },
      "product_name": {
        "style": "form",
        "explode": true
      },
      "region_id": {
        "style": "form",
        "explode": true
      },
      "region_int_name": {
        "style": "form",
        "explode": true
      },
      "region_name": {
        "style": "form",
        "explode": true
      },
      "subscription_id": {
        "style": "form",
        "explode": true
      },
      "tax_rate": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  },
  "v1_expenses_retrieve": {
    "operationId": "v1_expenses_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/expenses/{id}",
    "resource": "expenses",
    "action": "retrieve",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": false
  },
  "v1_plans_contents_list": {
    "operationId": "v1_plans_contents_list",
    "method": "GET",
    "path": "/billing/org/v1/plans/contents",
    "resource": "plans",
    "action": "contentsList",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [],
    "query": {
      "addendum_id": {
        "style": "form",
        "explode": true
      },
      "calc_rule_type": {
        "style": "form",
        "explode": true
      },
      "comment": {
        "style": "form",
        "explode": true
      },
      "currency_char_code": {
        "style": "form",
        "explode": true
      },
      "currency_id": {
        "style": "form",
        "explode": true
      },
      "default": {
        "style": "form",
        "explode": true
      },
      "feature_id": {
        "style": "form",
        "explode": true
      },
      "feature_name": {
        "style": "form",
        "explode": true
      },
      "id": {
        "style": "form",
        "explode": true
      },
      "limit": {
        "style": "form",
        "explode": true
      },
      "metric_ext_name": {
        "style": "form",
        "explode": true
      },
      "metric_id": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      },
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      },
      "plan_id": {
        "style": "form",
        "explode": true
      },
      "plan_name": {
        "style": "form",
        "explode": true
      },
      "product_category_id": {
        "style": "form",
        "explode": true
      },
      "product_category_name": {
        "style": "form",
        "explode": true
      },
      "product_id": {
        "style": "form",
        "explode": true
      },
      "product_internal_name": {
        "style": "form",
        "explode": true
      },
      "product_name": {
        "style": "form",
        "explode": true
      },
      "region_id": {
        "style": "form",
        "explode": true
      },
      "region_int_name": {
        "style": "form",
        "explode": true
      },
      "region_name": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  },
  "v1_products_list": {
    "operationId": "v1_products_list",
    "method": "GET",
    "path": "/billing/org/v1/products",
    "resource": "products",
    "action": "list",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [],
    "query": {
      "limit": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  },
  "v1_products_retrieve": {
    "operationId": "v1_products_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/products/{id}",
    "resource": "products",
    "action": "retrieve",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": false
  },
  "v1_reports_list": {
    "operationId": "v1_reports_list",
    "method": "GET",
    "path": "/billing/org/v1/reports",
    "resource": "reports",
    "action": "list",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [],
    "query": {
      "client_id": {
        "style": "form",
        "explode": true
      },
      "created_after": {
        "style": "form",
        "explode": true
      },
      "created_before": {
        "style": "form",
        "explode": true
      },
      "created_on": {
        "style": "form",
        "explode": true
      },
      "limit": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      },
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      },
      "status": {
        "style": "form",
        "explode": true
      },
      "template": {
        "style": "form",
        "explode": true
      },
      "uuid": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  },
  "v1_reports_create": {
    "operationId": "v1_reports_create",
    "method": "POST",
    "path": "/billing/org/v1/reports",
    "resource": "reports",
    "action": "create",
    "kind": "json",
    "successStatus": "201",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [],
    "query": {},
    "hasBody": true
  },
  "v1_reports_retrieve": {
    "operationId": "v1_reports_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/reports/{id}",
    "resource": "reports",
    "action": "retrieve",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": false
  },
  "v1_reports_destroy": {
    "operationId": "v1_reports_destroy",
    "method": "DELETE",
    "path": "/billing/org/v1/reports/{id}",
    "resource": "reports",
    "action": "delete",
    "kind": "empty",
    "successStatus": "204",
    "contentType": null,
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": false
  },
  "v1_reports_download_retrieve": {
    "operationId": "v1_reports_download_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/reports/{uuid}/download",
    "resource": "reports",
    "action": "download",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [
      "uuid"
    ],
    "query": {
      "format": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  },
  "v1_reports_templates_list": {
    "operationId": "v1_reports_templates_list",
    "method": "GET",
    "path": "/billing/org/v1/reports/templates",
    "resource": "reports",
    "action": "templatesList",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [],
    "query": {
      "code": {
        "style": "form",
        "explode": true
      },
      "code__icontains": {
        "style": "form",
        "explode": true
      },
      "code__in": {
        "style": "form",
        "explode": false
      },
      "comment__icontains": {
        "style": "form",
        "explode": true
      },
      "description__icontains": {
        "style": "form",
        "explode": true
      },
      "id": {
        "style": "form",
        "explode": true
      },
      "id__gt": {
        "style": "form",
        "explode": true
      },
      "id__in": {
        "style": "form",
        "explode": false
      },
      "id__lt": {
        "style": "form",
        "explode": true
      },
      "limit": {
        "style": "form",
        "explode": true
      },
      "name_en__icontains": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      },
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      }
    },
    "hasBody": false
  },
  "v1_trials_list": {
    "operationId": "v1_trials_list",
    "method": "GET",
    "path": "/billing/org/v1/trials",
    "resource": "trials",
    "action": "list",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": true,
    "pathParams": [],
    "query": {
      "active_after": {
        "style": "form",
        "explode": true
      },
      "active_at": {
        "style": "form",
        "explode": true
      },
      "active_before": {
        "style": "form",
        "explode": true
      },
      "client_id": {
        "style": "form",
        "explode": true
      },
      "company_name": {
        "style": "form",
        "explode": true
      },
      "created_after": {
        "style": "form",
        "explode": true
      },
      "created_before": {
        "style": "form",
        "explode": true
      },
      "created_on": {
        "style": "form",
        "explode": true
      },
      "id": {
        "style": "form",
        "explode": true
      },
      "limit": {
        "style": "form",
        "explode": true
      },
      "not_active_at": {
        "style": "form",
        "explode": true
      },
      "offset": {
        "style": "form",
        "explode": true
      },
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      },
      "plan_id": {
        "style": "form",
        "explode": true
      },
      "plan_name": {
        "style": "form",
        "explode": true
      },
      "product_id": {
        "style": "form",
        "explode": true
      },
      "product_internal_name": {
        "style": "form",
        "explode": true
      },
      "product_name": {
        "style": "form",
        "explode": true
      },
      "started_at__isnull": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  },
  "v1_trials_retrieve": {
    "operationId": "v1_trials_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/trials/{id}",
    "resource": "trials",
    "action": "retrieve",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": false
  },
  "v1_trials_partial_update": {
    "operationId": "v1_trials_partial_update",
    "method": "PATCH",
    "path": "/billing/org/v1/trials/{id}",
    "resource": "trials",
    "action": "update",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [
      "id"
    ],
    "query": {},
    "hasBody": true
  },
  "v1_trials_start_trial_data_retrieve": {
    "operationId": "v1_trials_start_trial_data_retrieve",
    "method": "GET",
    "path": "/billing/org/v1/trials/start-trial-data",
    "resource": "trials",
    "action": "startTrialData",
    "kind": "json",
    "successStatus": "200",
    "contentType": "application/json",
    "paginated": false,
    "pathParams": [],
    "query": {
      "client_id": {
        "style": "form",
        "explode": true
      },
      "product_id": {
        "style": "form",
        "explode": true
      }
    },
    "hasBody": false
  }
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;
