// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------
import type { OperationSpec } from "../runtime/operation-spec.js";

/** How to send each operation, keyed by operationId. */
export const operations = {
  "v1_addendums_list": {
    "method": "GET",
    "path": "/billing/org/v1/addendums",
    "query": {
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      }
    }
  },
  "v1_addendums_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/addendums/{id}"
  },
  "v1_calc_rules_list": {
    "method": "GET",
    "path": "/billing/org/v1/calc-rules"
  },
  "v1_calc_rules_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/calc-rules/{id}"
  },
  "v1_currencies_list": {
    "method": "GET",
    "path": "/billing/org/v1/currencies",
    "query": {
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      }
    }
  },
  "v1_currencies_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/currencies/{id}"
  },
  "v1_erp_invoices_download_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/erp-invoices/{id}/download"
  },
  "v1_erp_invoices_list": {
    "method": "GET",
    "path": "/billing/org/v1/erp-invoices",
    "query": {
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      }
    }
  },
  "v1_erp_invoices_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/erp-invoices/{id}"
  },
  "v1_expenses_list": {
    "method": "GET",
    "path": "/billing/org/v1/expenses",
    "query": {
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      }
    }
  },
  "v1_expenses_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/expenses/{id}"
  },
  "v1_plans_contents_list": {
    "method": "GET",
    "path": "/billing/org/v1/plans/contents",
    "query": {
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      }
    }
  },
  "v1_products_list": {
    "method": "GET",
    "path": "/billing/org/v1/products"
  },
  "v1_products_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/products/{id}"
  },
  "v1_reports_create": {
    "method": "POST",
    "path": "/billing/org/v1/reports"
  },
  "v1_reports_destroy": {
    "method": "DELETE",
    "path": "/billing/org/v1/reports/{id}"
  },
  "v1_reports_download_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/reports/{uuid}/download"
  },
  "v1_reports_list": {
    "method": "GET",
    "path": "/billing/org/v1/reports",
    "query": {
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      }
    }
  },
  "v1_reports_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/reports/{id}"
  },
  "v1_reports_templates_list": {
    "method": "GET",
    "path": "/billing/org/v1/reports/templates",
    "query": {
      "code__in": {
        "style": "form",
        "explode": false
      },
      "id__in": {
        "style": "form",
        "explode": false
      },
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      }
    }
  },
  "v1_trials_list": {
    "method": "GET",
    "path": "/billing/org/v1/trials",
    "query": {
      "order_by": {
        "style": "form",
        "explode": false
      },
      "ordering": {
        "style": "form",
        "explode": false
      }
    }
  },
  "v1_trials_partial_update": {
    "method": "PATCH",
    "path": "/billing/org/v1/trials/{id}"
  },
  "v1_trials_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/trials/{id}"
  },
  "v1_trials_start_trial_data_retrieve": {
    "method": "GET",
    "path": "/billing/org/v1/trials/start-trial-data"
  }
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;
