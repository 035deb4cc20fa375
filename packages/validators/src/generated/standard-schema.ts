// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  AddendumCommonShortValidator,
  AddendumForOrgSerializerV1Validator,
  AdminPlanItemCommonShortValidator,
  CalcRuleValidator,
  CurrencyCommonShortValidator,
  CurrencyForOrgValidator,
  CustomerCommonShortValidator,
  CustomerPayerCommonShortValidator,
  DateTimeTZRangeValidator,
  DiscountCommonShortValidator,
  ErpInvoiceValidator,
  ExpenseForOrgSerializerV1Validator,
  FeatureCommonExternalValidator,
  FeatureCommonShortValidator,
  FileTaskValidator,
  InvoiceItemIDsShortValidator,
  OrgReportTaskRequestValidator,
  PaginatedAddendumForOrgSerializerV1ListValidator,
  PaginatedCalcRuleListValidator,
  PaginatedCurrencyForOrgListValidator,
  PaginatedErpInvoiceExternalListValidator,
  PaginatedExpenseForOrgSerializerV1ListValidator,
  PaginatedFileTaskListValidator,
  PaginatedPlanContentForOrgSerializerV1ListValidator,
  PaginatedProductForOrgListValidator,
  PaginatedTemplateListValidator,
  PaginatedTrialForOrgSerializerV1ListValidator,
  PatchedTrialUpdateForOrgSerializerV1RequestValidator,
  PlanCommonShortValidator,
  PlanContentForOrgSerializerV1Validator,
  PriceCommonShortValidator,
  PriceStageCommonValidator,
  ProductCategoryCommonShortValidator,
  ProductCommonShortValidator,
  ProductForOrgValidator,
  RoundingRuleCommonValidator,
  StatisticRegionCommonShortValidator,
  TemplateValidator,
  TrialForOrgSerializerV1Validator,
  TrialOptionForOrgSerializerV1Validator,
  UnitCommonValidator,
  UsageValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const AddendumCommonShortJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "active_range": { "allOf": [{ "$ref": "#/$defs/DateTimeTZRange" }] },
    "status": { "enum": ["upcoming", "active", "paused", "stopped"], "type": "string" }
  },
  "required": ["active_range", "id"]
};

const AddendumForOrgSerializerV1JsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "client_id": { "type": "integer" },
    "client": { "allOf": [{ "$ref": "#/$defs/CustomerPayerCommonShort" }] },
    "status": { "enum": ["upcoming", "active", "paused", "stopped"], "type": "string" },
    "active_range": { "allOf": [{ "$ref": "#/$defs/DateTimeTZRange" }] },
    "created_at": { "type": "string", "format": "date-time" },
    "currency": { "allOf": [{ "$ref": "#/$defs/CurrencyCommonShort" }] },
    "plan": { "allOf": [{ "$ref": "#/$defs/PlanCommonShort" }] },
    "product": { "allOf": [{ "$ref": "#/$defs/ProductCommonShort" }] },
    "status_at_active_at": { "type": ["string", "null"] }
  },
  "required": [
    "active_range",
    "client",
    "client_id",
    "created_at",
    "currency",
    "id",
    "plan",
    "product",
    "status",
    "status_at_active_at"
  ]
};

const AdminPlanItemCommonShortJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "default": { "type": "boolean" },
    "comment": { "type": ["string", "null"], "maxLength": 1000 },
    "description": { "type": ["string", "null"], "maxLength": 1000 }
  },
  "required": ["default", "id"]
};

const CalcRuleJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "name": { "type": "string" },
    "rule_type": { "enum": ["commit", "overcommit", "stepped", "staged", "commit_hourly"], "type": "string" }
  },
  "required": ["id", "name", "rule_type"]
};

const CurrencyCommonShortJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "char_code": { "type": "string", "pattern": "^[A-Z]{3}$", "maxLength": 3 },
    "symbol": { "type": ["string", "null"], "maxLength": 10 }
  },
  "required": ["char_code", "id"]
};

const CurrencyForOrgJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "char_code": { "type": "string", "pattern": "^[A-Z]{3}$", "maxLength": 3 },
    "number_code": { "type": ["integer", "null"], "maximum": 2147483647, "minimum": -2147483648 },
    "name_en": { "type": "string", "maxLength": 255 },
    "symbol": { "type": ["string", "null"], "maxLength": 10 }
  },
  "required": ["char_code", "id", "name_en"]
};

const CustomerCommonShortJsonSchema = {
  "type": "object",
  "properties": { "id": { "type": "integer", "minimum": 1 }, "company_name": { "type": ["string", "null"] } },
  "required": ["company_name", "id"]
};

const CustomerPayerCommonShortJsonSchema = {
  "type": "object",
  "properties": { "id": { "type": "integer" }, "company_name": { "type": "string" } },
  "required": ["company_name", "id"]
};

const DateTimeTZRangeJsonSchema = {
  "type": "object",
  "properties": {
    "start": { "type": ["string", "null"], "format": "date-time" },
    "end": { "type": ["string", "null"], "format": "date-time" }
  }
};

const DiscountCommonShortJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "relative_value": { "type": "string", "pattern": "^-?\\d{0,24}(?:\\.\\d{0,12})?$" },
    "comment": { "type": ["string", "null"], "maxLength": 1000 }
  },
  "required": ["id", "relative_value"]
};

const ErpInvoiceJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "name": { "type": "string" },
    "move_type": { "enum": ["out_invoice", "out_refund"], "type": "string" },
    "currency": { "type": "string" },
    "invoice_date": { "type": ["string", "null"], "format": "date" },
    "invoice_date_due": { "type": ["string", "null"], "format": "date" },
    "billing_period_from": { "type": ["string", "null"], "format": "date" },
    "billing_period_to": { "type": ["string", "null"], "format": "date" },
    "amount_untaxed": { "type": "string", "pattern": "^\\d{1,3}\\.\\d{12}$" },
    "amount_tax": { "type": "string", "pattern": "^\\d{1,3}\\.\\d{12}$" },
    "amount_total": { "type": "string", "pattern": "^\\d{1,3}\\.\\d{12}$" },
    "payment_state": { "enum": ["not_paid", "paid", "partial", "reversed", "in_payment"], "type": "string" },
    "client_id": { "type": "integer", "maximum": 2147483647, "minimum": -2147483648 },
    "payer_id": { "type": "integer" },
    "invoice_id": { "type": ["integer", "null"] },
    "created_at": { "type": "string", "format": "date-time" },
    "updated_at": { "type": "string", "format": "date-time" }
  },
  "required": [
    "amount_tax",
    "amount_total",
    "amount_untaxed",
    "billing_period_from",
    "billing_period_to",
    "client_id",
    "created_at",
    "currency",
    "id",
    "invoice_date",
    "invoice_date_due",
    "invoice_id",
    "move_type",
    "name",
    "payer_id",
    "payment_state",
    "updated_at"
  ]
};

const ExpenseForOrgSerializerV1JsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "client_id": { "type": "integer" },
    "payer_id": { "type": ["integer", "null"] },
    "client": { "allOf": [{ "$ref": "#/$defs/CustomerPayerCommonShort" }] },
    "comment": { "type": ["string", "null"] },
    "for_date": { "type": "string", "format": "date-time" },
    "period_range": { "allOf": [{ "$ref": "#/$defs/DateTimeTZRange" }] },
    "calc_rule_type": {
      "enum": ["commit", "overcommit", "stepped", "staged", "commit_hourly"],
      "type": "string"
    },
    "currency": { "allOf": [{ "$ref": "#/$defs/CurrencyCommonShort" }] },
    "money_value": { "type": "string", "pattern": "^\\d{1,3}\\.\\d{12}$" },
    "tax_value": { "type": "string", "pattern": "^\\d{1,3}\\.\\d{12}$" },
    "tax_rate": { "type": "string", "pattern": "^\\d{1,2}\\.\\d{2}$" },
    "usage": { "allOf": [{ "$ref": "#/$defs/Usage" }] },
    "metric_ext_name": { "type": "string" },
    "region": { "allOf": [{ "$ref": "#/$defs/StatisticRegionCommonShort" }] },
    "discount_value": { "type": "string", "pattern": "^\\d{1,3}\\.\\d{12}$" },
    "discount": { "allOf": [{ "$ref": "#/$defs/DiscountCommonShort" }] },
    "deleted": { "type": "boolean" },
    "description": { "type": "string" },
    "product_category": { "allOf": [{ "$ref": "#/$defs/ProductCategoryCommonShort" }] },
    "product": { "allOf": [{ "$ref": "#/$defs/ProductCommonShort" }] },
    "addendum": { "allOf": [{ "$ref": "#/$defs/AddendumCommonShort" }] },
    "plan": { "allOf": [{ "$ref": "#/$defs/PlanCommonShort" }] },
    "feature": { "allOf": [{ "$ref": "#/$defs/FeatureCommonShort" }] },
    "subscription": { "type": ["string", "null"] },
    "plan_item": { "allOf": [{ "$ref": "#/$defs/AdminPlanItemCommonShort" }] },
    "invoices": { "type": "array", "items": { "$ref": "#/$defs/InvoiceItemIDsShort" } }
  },
  "required": [
    "addendum",
    "calc_rule_type",
    "client",
    "client_id",
    "comment",
    "currency",
    "deleted",
    "description",
    "discount",
    "discount_value",
    "feature",
    "for_date",
    "id",
    "invoices",
    "metric_ext_name",
    "money_value",
    "payer_id",
    "period_range",
    "plan",
    "plan_item",
    "product",
    "product_category",
    "region",
    "subscription",
    "tax_rate",
    "tax_value",
    "usage"
  ]
};

const FeatureCommonExternalJsonSchema = {
  "type": "object",
  "properties": { "id": { "type": "integer" }, "name": { "type": "string" } },
  "required": ["id", "name"]
};

const FeatureCommonShortJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "name": { "type": "string" },
    "erp_sku_id": { "type": ["string", "null"] }
  },
  "required": ["erp_sku_id", "id", "name"]
};

const FileTaskJsonSchema = {
  "type": "object",
  "properties": {
    "uuid": { "type": "string", "format": "uuid" },
    "created_at": { "type": "string", "format": "date-time" },
    "updated_at": { "type": "string", "format": "date-time" },
    "user_id": { "type": "integer" },
    "client_id": { "type": "integer" },
    "task_type": { "enum": ["ClosingPeriod", "ImportData", "Report", "StopSubscriptions"], "type": "string" },
    "status": {
      "enum": ["Pending", "InProgress", "Completed", "Failed", "Cancelled"],
      "type": "string",
      "default": "Pending"
    },
    "parameters": {
      "type": "object",
      "properties": {
        "type": { "type": "string" },
        "date_from": { "type": ["string", "null"], "format": "date" },
        "date_to": { "type": ["string", "null"], "format": "date" },
        "client_id": { "type": ["integer", "null"] }
      },
      "additionalProperties": true
    },
    "processing_notes": {
      "type": "object",
      "properties": {
        "celery_group_id": { "type": ["string", "null"] },
        "period": { "type": ["string", "null"] },
        "records_to_process": { "type": ["integer", "null"] },
        "errors": { "type": ["array", "null"], "items": { "type": "object" } },
        "warnings": { "type": ["array", "null"], "items": { "type": "object" } }
      },
      "additionalProperties": true
    }
  },
  "required": [
    "client_id",
    "created_at",
    "processing_notes",
    "status",
    "task_type",
    "updated_at",
    "user_id",
    "uuid"
  ]
};

const InvoiceItemIDsShortJsonSchema = {
  "type": "object",
  "properties": {
    "invoice_id": { "type": "integer" },
    "invoice_date": { "type": "string", "format": "date" },
    "invoice_item_id": { "type": "integer" }
  },
  "required": ["invoice_date", "invoice_id", "invoice_item_id"]
};

const OrgReportTaskRequestJsonSchema = {
  "type": "object",
  "properties": {
    "parameters": {
      "type": "object",
      "properties": {
        "date_from": { "type": "string", "format": "date" },
        "date_to": { "type": "string", "format": "date" },
        "client_id": { "type": "integer" }
      },
      "additionalProperties": true
    },
    "template_code": { "type": "string", "minLength": 1 }
  },
  "required": ["template_code"]
};

const PaginatedAddendumForOrgSerializerV1ListJsonSchema = {
  "type": "object",
  "required": ["count", "results"],
  "properties": {
    "count": { "type": "integer" },
    "next": { "type": ["string", "null"], "format": "uri" },
    "previous": { "type": ["string", "null"], "format": "uri" },
    "results": { "type": "array", "items": { "$ref": "#/$defs/AddendumForOrgSerializerV1" } }
  }
};

const PaginatedCalcRuleListJsonSchema = {
  "type": "object",
  "required": ["count", "results"],
  "properties": {
    "count": { "type": "integer" },
    "next": { "type": ["string", "null"], "format": "uri" },
    "previous": { "type": ["string", "null"], "format": "uri" },
    "results": { "type": "array", "items": { "$ref": "#/$defs/CalcRule" } }
  }
};

const PaginatedCurrencyForOrgListJsonSchema = {
  "type": "object",
  "required": ["count", "results"],
  "properties": {
    "count": { "type": "integer" },
    "next": { "type": ["string", "null"], "format": "uri" },
    "previous": { "type": ["string", "null"], "format": "uri" },
    "results": { "type": "array", "items": { "$ref": "#/$defs/CurrencyForOrg" } }
  }
};

const PaginatedErpInvoiceExternalListJsonSchema = {
  "type": "object",
  "required": ["count", "results"],
  "properties": {
    "count": { "type": "integer" },
    "next": { "type": ["string", "null"], "format": "uri" },
    "previous": { "type": ["string", "null"], "format": "uri" },
    "results": { "type": "array", "items": { "$ref": "#/$defs/ErpInvoiceExternal" } }
  }
};

const PaginatedExpenseForOrgSerializerV1ListJsonSchema = {
  "type": "object",
  "required": ["count", "results"],
  "properties": {
    "count": { "type": "integer" },
    "next": { "type": ["string", "null"], "format": "uri" },
    "previous": { "type": ["string", "null"], "format": "uri" },
    "results": { "type": "array", "items": { "$ref": "#/$defs/ExpenseForOrgSerializerV1" } }
  }
};

const PaginatedFileTaskListJsonSchema = {
  "type": "object",
  "required": ["count", "results"],
  "properties": {
    "count": { "type": "integer" },
    "next": { "type": ["string", "null"], "format": "uri" },
    "previous": { "type": ["string", "null"], "format": "uri" },
    "results": { "type": "array", "items": { "$ref": "#/$defs/FileTask" } }
  }
};

const PaginatedPlanContentForOrgSerializerV1ListJsonSchema = {
  "type": "object",
  "required": ["count", "results"],
  "properties": {
    "count": { "type": "integer" },
    "next": { "type": ["string", "null"], "format": "uri" },
    "previous": { "type": ["string", "null"], "format": "uri" },
    "results": { "type": "array", "items": { "$ref": "#/$defs/PlanContentForOrgSerializerV1" } }
  }
};

const PaginatedProductForOrgListJsonSchema = {
  "type": "object",
  "required": ["count", "results"],
  "properties": {
    "count": { "type": "integer" },
    "next": { "type": ["string", "null"], "format": "uri" },
    "previous": { "type": ["string", "null"], "format": "uri" },
    "results": { "type": "array", "items": { "$ref": "#/$defs/ProductForOrg" } }
  }
};

const PaginatedTemplateListJsonSchema = {
  "type": "object",
  "required": ["count", "results"],
  "properties": {
    "count": { "type": "integer" },
    "next": { "type": ["string", "null"], "format": "uri" },
    "previous": { "type": ["string", "null"], "format": "uri" },
    "results": { "type": "array", "items": { "$ref": "#/$defs/Template" } }
  }
};

const PaginatedTrialForOrgSerializerV1ListJsonSchema = {
  "type": "object",
  "required": ["count", "results"],
  "properties": {
    "count": { "type": "integer" },
    "next": { "type": ["string", "null"], "format": "uri" },
    "previous": { "type": ["string", "null"], "format": "uri" },
    "results": { "type": "array", "items": { "$ref": "#/$defs/TrialForOrgSerializerV1" } }
  }
};

const PatchedTrialUpdateForOrgSerializerV1RequestJsonSchema = {
  "type": "object",
  "properties": {
    "days_limit": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "CDN_TRIAL_TRAFFIC_LIMIT": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "DDOS_TRIAL_RESOURCE_LIMIT": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "DNS_REQUEST_COUNT_COMMIT": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "GCLAW_INPUT_TOKENS": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "GCLAW_OUTPUT_TOKENS": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "STORAGE_TRIAL_CAPACITY_LIMIT": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "STREAMING_TRIAL_STREAMS_LIMIT": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "TRIAL_STREAMING_VOD": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "WAAP_TRIAL_DOMAINS_LIMIT": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "WAAP_TRIAL_REQUESTS_LIMIT": { "type": "integer", "maximum": 2147483647, "minimum": 0 },
    "WAAP_TRIAL_VOLUME_LIMIT": { "type": "integer", "maximum": 2147483647, "minimum": 0 }
  }
};

const PlanCommonShortJsonSchema = {
  "type": "object",
  "properties": { "id": { "type": "integer" }, "name": { "type": "string" } },
  "required": ["id", "name"]
};

const PlanContentForOrgSerializerV1JsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "plan_id": { "type": "integer" },
    "default": { "type": "boolean" },
    "feature": { "allOf": [{ "$ref": "#/$defs/FeatureCommonShort" }] },
    "metric_ext_name": { "type": "string" },
    "regions": { "type": "array", "items": { "$ref": "#/$defs/StatisticRegionCommonShort" } },
    "product_category": { "allOf": [{ "$ref": "#/$defs/ProductCategoryCommonShort" }] },
    "product": { "allOf": [{ "$ref": "#/$defs/ProductCommonShort" }] },
    "calc_rule_type": {
      "enum": ["commit", "overcommit", "stepped", "staged", "commit_hourly"],
      "type": "string"
    },
    "unit": { "allOf": [{ "$ref": "#/$defs/UnitCommon" }] },
    "unit_size": { "type": "string", "pattern": "^-?\\d{0,24}(?:\\.\\d{0,8})?$" },
    "price": { "allOf": [{ "$ref": "#/$defs/PriceCommonShort" }] },
    "default_value": { "type": "string", "pattern": "^-?\\d{0,24}(?:\\.\\d{0,8})?$" },
    "rounding_rule": { "allOf": [{ "$ref": "#/$defs/RoundingRuleCommon" }] },
    "comment": { "type": "string" }
  },
  "required": [
    "calc_rule_type",
    "comment",
    "default",
    "default_value",
    "feature",
    "id",
    "metric_ext_name",
    "plan_id",
    "price",
    "product",
    "product_category",
    "regions",
    "rounding_rule",
    "unit",
    "unit_size"
  ]
};

const PriceCommonShortJsonSchema = {
  "type": "object",
  "properties": {
    "currency": { "allOf": [{ "$ref": "#/$defs/CurrencyCommonShort" }] },
    "money_value": { "type": "string", "pattern": "^\\d{1,3}\\.\\d{12}$" },
    "price_stages": { "type": "array", "items": { "$ref": "#/$defs/PriceStageCommon" } }
  },
  "required": ["currency", "money_value", "price_stages"]
};

const PriceStageCommonJsonSchema = {
  "type": "object",
  "properties": {
    "money_value": { "type": "string", "pattern": "^\\d{1,3}\\.\\d{12}$" },
    "threshold": { "type": "string", "pattern": "^-?\\d{0,24}(?:\\.\\d{0,12})?$" }
  },
  "required": ["money_value", "threshold"]
};

const ProductCategoryCommonShortJsonSchema = {
  "type": "object",
  "properties": { "id": { "type": "integer" }, "name": { "type": "string", "maxLength": 255 } },
  "required": ["id", "name"]
};

const ProductCommonShortJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "name": { "type": "string" },
    "internal_name": { "type": "string", "maxLength": 25 }
  },
  "required": ["id", "internal_name", "name"]
};

const ProductForOrgJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "name_en": { "type": "string", "maxLength": 255 },
    "internal_name": { "type": "string", "maxLength": 25 },
    "archive": { "type": "boolean" }
  },
  "required": ["id", "internal_name", "name_en"]
};

const RoundingRuleCommonJsonSchema = {
  "type": "object",
  "properties": {
    "unit": { "allOf": [{ "$ref": "#/$defs/UnitCommon" }] },
    "value": { "type": "string", "pattern": "^-?\\d{0,24}(?:\\.\\d{0,8})?$" },
    "round_operation": { "enum": ["ceil", "floor"], "type": "string" }
  },
  "required": ["unit", "value"]
};

const StatisticRegionCommonShortJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "name": { "type": "string" },
    "external_name": { "type": "string" }
  },
  "required": ["external_name", "id", "name"]
};

const TemplateJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "code": { "type": "string", "maxLength": 100 },
    "name_en": { "type": "string", "maxLength": 255 },
    "description": { "type": ["string", "null"] },
    "parameters": {
      "type": "object",
      "properties": {
        "parameters": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "name": { "type": "string" },
              "required": { "type": "boolean" },
              "type": { "type": "string" },
              "format": { "type": ["string", "null"] },
              "description": { "type": ["string", "null"] },
              "enum": { "type": ["array", "null"], "items": { "type": "string" } }
            },
            "required": ["name"]
          }
        }
      }
    }
  },
  "required": ["code", "description", "id", "name_en", "parameters"]
};

const TrialForOrgSerializerV1JsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer" },
    "client_id": { "type": "integer" },
    "client": { "allOf": [{ "$ref": "#/$defs/CustomerCommonShort" }] },
    "product": { "allOf": [{ "$ref": "#/$defs/ProductCommonShort" }] },
    "plan": { "allOf": [{ "$ref": "#/$defs/PlanCommonShort" }] },
    "days_limit": { "type": "integer" },
    "active_ranges": { "type": "array", "items": { "$ref": "#/$defs/DateTimeTZRange" } },
    "created_at": { "type": "string", "format": "date-time" },
    "options": { "type": "array", "items": { "$ref": "#/$defs/TrialOptionForOrgSerializerV1" } },
    "remaining_duration": { "type": "integer" },
    "is_trial_skipped": { "type": "boolean" }
  },
  "required": [
    "active_ranges",
    "client",
    "client_id",
    "created_at",
    "days_limit",
    "id",
    "is_trial_skipped",
    "options",
    "plan",
    "product",
    "remaining_duration"
  ]
};

const TrialOptionForOrgSerializerV1JsonSchema = {
  "type": "object",
  "properties": {
    "internal_name": { "type": "string" },
    "name": { "type": "string" },
    "description": { "type": "string" },
    "unit": { "allOf": [{ "$ref": "#/$defs/UnitCommon" }] },
    "value": { "type": "integer", "minimum": 0 },
    "used_value": { "type": "integer" },
    "remaining_value": { "type": "integer" },
    "is_limit": { "type": "boolean" },
    "feature": { "allOf": [{ "$ref": "#/$defs/FeatureCommonExternal" }] }
  },
  "required": [
    "description",
    "feature",
    "internal_name",
    "is_limit",
    "name",
    "remaining_value",
    "unit",
    "used_value",
    "value"
  ]
};

const UnitCommonJsonSchema = {
  "type": "object",
  "properties": {
    "id": { "type": "integer", "minimum": 1 },
    "name": { "type": "string" },
    "internal_name": { "type": "string" }
  },
  "required": ["id", "internal_name", "name"]
};

const UsageJsonSchema = {
  "type": "object",
  "properties": {
    "amount": { "type": "string", "pattern": "^\\d{1,3}\\.\\d{12}$" },
    "unit_name": { "type": ["string", "null"] }
  },
  "required": ["amount", "unit_name"]
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.AddendumCommonShort`. */
export const AddendumCommonShortSchema: GcoreStandardSchema<T.AddendumCommonShort> = /* @__PURE__ */ createStandardSchema(AddendumCommonShortValidator, () => ({
  root: AddendumCommonShortJsonSchema,
  defs: { "DateTimeTZRange": DateTimeTZRangeJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.AddendumForOrgSerializerV1`. */
export const AddendumForOrgSerializerV1Schema: GcoreStandardSchema<T.AddendumForOrgSerializerV1> = /* @__PURE__ */ createStandardSchema(AddendumForOrgSerializerV1Validator, () => ({
  root: AddendumForOrgSerializerV1JsonSchema,
  defs: {
    "CurrencyCommonShort": CurrencyCommonShortJsonSchema,
    "CustomerPayerCommonShort": CustomerPayerCommonShortJsonSchema,
    "DateTimeTZRange": DateTimeTZRangeJsonSchema,
    "PlanCommonShort": PlanCommonShortJsonSchema,
    "ProductCommonShort": ProductCommonShortJsonSchema,
  },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.AdminPlanItemCommonShort`. */
export const AdminPlanItemCommonShortSchema: GcoreStandardSchema<T.AdminPlanItemCommonShort> = /* @__PURE__ */ createStandardSchema(AdminPlanItemCommonShortValidator, () => ({
  root: AdminPlanItemCommonShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.CalcRule`. */
export const CalcRuleSchema: GcoreStandardSchema<T.CalcRule> = /* @__PURE__ */ createStandardSchema(CalcRuleValidator, () => ({
  root: CalcRuleJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.CurrencyCommonShort`. */
export const CurrencyCommonShortSchema: GcoreStandardSchema<T.CurrencyCommonShort> = /* @__PURE__ */ createStandardSchema(CurrencyCommonShortValidator, () => ({
  root: CurrencyCommonShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.CurrencyForOrg`. */
export const CurrencyForOrgSchema: GcoreStandardSchema<T.CurrencyForOrg> = /* @__PURE__ */ createStandardSchema(CurrencyForOrgValidator, () => ({
  root: CurrencyForOrgJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.CustomerCommonShort`. */
export const CustomerCommonShortSchema: GcoreStandardSchema<T.CustomerCommonShort> = /* @__PURE__ */ createStandardSchema(CustomerCommonShortValidator, () => ({
  root: CustomerCommonShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.CustomerPayerCommonShort`. */
export const CustomerPayerCommonShortSchema: GcoreStandardSchema<T.CustomerPayerCommonShort> = /* @__PURE__ */ createStandardSchema(CustomerPayerCommonShortValidator, () => ({
  root: CustomerPayerCommonShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.DateTimeTZRange`. */
export const DateTimeTZRangeSchema: GcoreStandardSchema<T.DateTimeTZRange> = /* @__PURE__ */ createStandardSchema(DateTimeTZRangeValidator, () => ({
  root: DateTimeTZRangeJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.DiscountCommonShort`. */
export const DiscountCommonShortSchema: GcoreStandardSchema<T.DiscountCommonShort> = /* @__PURE__ */ createStandardSchema(DiscountCommonShortValidator, () => ({
  root: DiscountCommonShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.ErpInvoiceExternal`. */
export const ErpInvoiceSchema: GcoreStandardSchema<T.ErpInvoice> = /* @__PURE__ */ createStandardSchema(ErpInvoiceValidator, () => ({
  root: ErpInvoiceJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.ExpenseForOrgSerializerV1`. */
export const ExpenseForOrgSerializerV1Schema: GcoreStandardSchema<T.ExpenseForOrgSerializerV1> = /* @__PURE__ */ createStandardSchema(ExpenseForOrgSerializerV1Validator, () => ({
  root: ExpenseForOrgSerializerV1JsonSchema,
  defs: {
    "AddendumCommonShort": AddendumCommonShortJsonSchema,
    "AdminPlanItemCommonShort": AdminPlanItemCommonShortJsonSchema,
    "CurrencyCommonShort": CurrencyCommonShortJsonSchema,
    "CustomerPayerCommonShort": CustomerPayerCommonShortJsonSchema,
    "DateTimeTZRange": DateTimeTZRangeJsonSchema,
    "DiscountCommonShort": DiscountCommonShortJsonSchema,
    "FeatureCommonShort": FeatureCommonShortJsonSchema,
    "InvoiceItemIDsShort": InvoiceItemIDsShortJsonSchema,
    "PlanCommonShort": PlanCommonShortJsonSchema,
    "ProductCategoryCommonShort": ProductCategoryCommonShortJsonSchema,
    "ProductCommonShort": ProductCommonShortJsonSchema,
    "StatisticRegionCommonShort": StatisticRegionCommonShortJsonSchema,
    "Usage": UsageJsonSchema,
  },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.FeatureCommonExternal`. */
export const FeatureCommonExternalSchema: GcoreStandardSchema<T.FeatureCommonExternal> = /* @__PURE__ */ createStandardSchema(FeatureCommonExternalValidator, () => ({
  root: FeatureCommonExternalJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.FeatureCommonShort`. */
export const FeatureCommonShortSchema: GcoreStandardSchema<T.FeatureCommonShort> = /* @__PURE__ */ createStandardSchema(FeatureCommonShortValidator, () => ({
  root: FeatureCommonShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.FileTask`. */
export const FileTaskSchema: GcoreStandardSchema<T.FileTask> = /* @__PURE__ */ createStandardSchema(FileTaskValidator, () => ({
  root: FileTaskJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.InvoiceItemIDsShort`. */
export const InvoiceItemIDsShortSchema: GcoreStandardSchema<T.InvoiceItemIDsShort> = /* @__PURE__ */ createStandardSchema(InvoiceItemIDsShortValidator, () => ({
  root: InvoiceItemIDsShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.OrgReportTaskRequest`. */
export const OrgReportTaskRequestSchema: GcoreStandardSchema<T.OrgReportTaskRequest> = /* @__PURE__ */ createStandardSchema(OrgReportTaskRequestValidator, () => ({
  root: OrgReportTaskRequestJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PaginatedAddendumForOrgSerializerV1List`. */
export const PaginatedAddendumForOrgSerializerV1ListSchema: GcoreStandardSchema<T.PaginatedAddendumForOrgSerializerV1List> = /* @__PURE__ */ createStandardSchema(PaginatedAddendumForOrgSerializerV1ListValidator, () => ({
  root: PaginatedAddendumForOrgSerializerV1ListJsonSchema,
  defs: {
    "AddendumForOrgSerializerV1": AddendumForOrgSerializerV1JsonSchema,
    "CurrencyCommonShort": CurrencyCommonShortJsonSchema,
    "CustomerPayerCommonShort": CustomerPayerCommonShortJsonSchema,
    "DateTimeTZRange": DateTimeTZRangeJsonSchema,
    "PlanCommonShort": PlanCommonShortJsonSchema,
    "ProductCommonShort": ProductCommonShortJsonSchema,
  },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PaginatedCalcRuleList`. */
export const PaginatedCalcRuleListSchema: GcoreStandardSchema<T.PaginatedCalcRuleList> = /* @__PURE__ */ createStandardSchema(PaginatedCalcRuleListValidator, () => ({
  root: PaginatedCalcRuleListJsonSchema,
  defs: { "CalcRule": CalcRuleJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PaginatedCurrencyForOrgList`. */
export const PaginatedCurrencyForOrgListSchema: GcoreStandardSchema<T.PaginatedCurrencyForOrgList> = /* @__PURE__ */ createStandardSchema(PaginatedCurrencyForOrgListValidator, () => ({
  root: PaginatedCurrencyForOrgListJsonSchema,
  defs: { "CurrencyForOrg": CurrencyForOrgJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PaginatedErpInvoiceExternalList`. */
export const PaginatedErpInvoiceExternalListSchema: GcoreStandardSchema<T.PaginatedErpInvoiceExternalList> = /* @__PURE__ */ createStandardSchema(PaginatedErpInvoiceExternalListValidator, () => ({
  root: PaginatedErpInvoiceExternalListJsonSchema,
  defs: { "ErpInvoiceExternal": ErpInvoiceJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PaginatedExpenseForOrgSerializerV1List`. */
export const PaginatedExpenseForOrgSerializerV1ListSchema: GcoreStandardSchema<T.PaginatedExpenseForOrgSerializerV1List> = /* @__PURE__ */ createStandardSchema(PaginatedExpenseForOrgSerializerV1ListValidator, () => ({
  root: PaginatedExpenseForOrgSerializerV1ListJsonSchema,
  defs: {
    "AddendumCommonShort": AddendumCommonShortJsonSchema,
    "AdminPlanItemCommonShort": AdminPlanItemCommonShortJsonSchema,
    "CurrencyCommonShort": CurrencyCommonShortJsonSchema,
    "CustomerPayerCommonShort": CustomerPayerCommonShortJsonSchema,
    "DateTimeTZRange": DateTimeTZRangeJsonSchema,
    "DiscountCommonShort": DiscountCommonShortJsonSchema,
    "ExpenseForOrgSerializerV1": ExpenseForOrgSerializerV1JsonSchema,
    "FeatureCommonShort": FeatureCommonShortJsonSchema,
    "InvoiceItemIDsShort": InvoiceItemIDsShortJsonSchema,
    "PlanCommonShort": PlanCommonShortJsonSchema,
    "ProductCategoryCommonShort": ProductCategoryCommonShortJsonSchema,
    "ProductCommonShort": ProductCommonShortJsonSchema,
    "StatisticRegionCommonShort": StatisticRegionCommonShortJsonSchema,
    "Usage": UsageJsonSchema,
  },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PaginatedFileTaskList`. */
export const PaginatedFileTaskListSchema: GcoreStandardSchema<T.PaginatedFileTaskList> = /* @__PURE__ */ createStandardSchema(PaginatedFileTaskListValidator, () => ({
  root: PaginatedFileTaskListJsonSchema,
  defs: { "FileTask": FileTaskJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PaginatedPlanContentForOrgSerializerV1List`. */
export const PaginatedPlanContentForOrgSerializerV1ListSchema: GcoreStandardSchema<T.PaginatedPlanContentForOrgSerializerV1List> = /* @__PURE__ */ createStandardSchema(PaginatedPlanContentForOrgSerializerV1ListValidator, () => ({
  root: PaginatedPlanContentForOrgSerializerV1ListJsonSchema,
  defs: {
    "CurrencyCommonShort": CurrencyCommonShortJsonSchema,
    "FeatureCommonShort": FeatureCommonShortJsonSchema,
    "PlanContentForOrgSerializerV1": PlanContentForOrgSerializerV1JsonSchema,
    "PriceCommonShort": PriceCommonShortJsonSchema,
    "PriceStageCommon": PriceStageCommonJsonSchema,
    "ProductCategoryCommonShort": ProductCategoryCommonShortJsonSchema,
    "ProductCommonShort": ProductCommonShortJsonSchema,
    "RoundingRuleCommon": RoundingRuleCommonJsonSchema,
    "StatisticRegionCommonShort": StatisticRegionCommonShortJsonSchema,
    "UnitCommon": UnitCommonJsonSchema,
  },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PaginatedProductForOrgList`. */
export const PaginatedProductForOrgListSchema: GcoreStandardSchema<T.PaginatedProductForOrgList> = /* @__PURE__ */ createStandardSchema(PaginatedProductForOrgListValidator, () => ({
  root: PaginatedProductForOrgListJsonSchema,
  defs: { "ProductForOrg": ProductForOrgJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PaginatedTemplateList`. */
export const PaginatedTemplateListSchema: GcoreStandardSchema<T.PaginatedTemplateList> = /* @__PURE__ */ createStandardSchema(PaginatedTemplateListValidator, () => ({
  root: PaginatedTemplateListJsonSchema,
  defs: { "Template": TemplateJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PaginatedTrialForOrgSerializerV1List`. */
export const PaginatedTrialForOrgSerializerV1ListSchema: GcoreStandardSchema<T.PaginatedTrialForOrgSerializerV1List> = /* @__PURE__ */ createStandardSchema(PaginatedTrialForOrgSerializerV1ListValidator, () => ({
  root: PaginatedTrialForOrgSerializerV1ListJsonSchema,
  defs: {
    "CustomerCommonShort": CustomerCommonShortJsonSchema,
    "DateTimeTZRange": DateTimeTZRangeJsonSchema,
    "FeatureCommonExternal": FeatureCommonExternalJsonSchema,
    "PlanCommonShort": PlanCommonShortJsonSchema,
    "ProductCommonShort": ProductCommonShortJsonSchema,
    "TrialForOrgSerializerV1": TrialForOrgSerializerV1JsonSchema,
    "TrialOptionForOrgSerializerV1": TrialOptionForOrgSerializerV1JsonSchema,
    "UnitCommon": UnitCommonJsonSchema,
  },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PatchedTrialUpdateForOrgSerializerV1Request`. */
export const PatchedTrialUpdateForOrgSerializerV1RequestSchema: GcoreStandardSchema<T.PatchedTrialUpdateForOrgSerializerV1Request> = /* @__PURE__ */ createStandardSchema(PatchedTrialUpdateForOrgSerializerV1RequestValidator, () => ({
  root: PatchedTrialUpdateForOrgSerializerV1RequestJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PlanCommonShort`. */
export const PlanCommonShortSchema: GcoreStandardSchema<T.PlanCommonShort> = /* @__PURE__ */ createStandardSchema(PlanCommonShortValidator, () => ({
  root: PlanCommonShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PlanContentForOrgSerializerV1`. */
export const PlanContentForOrgSerializerV1Schema: GcoreStandardSchema<T.PlanContentForOrgSerializerV1> = /* @__PURE__ */ createStandardSchema(PlanContentForOrgSerializerV1Validator, () => ({
  root: PlanContentForOrgSerializerV1JsonSchema,
  defs: {
    "CurrencyCommonShort": CurrencyCommonShortJsonSchema,
    "FeatureCommonShort": FeatureCommonShortJsonSchema,
    "PriceCommonShort": PriceCommonShortJsonSchema,
    "PriceStageCommon": PriceStageCommonJsonSchema,
    "ProductCategoryCommonShort": ProductCategoryCommonShortJsonSchema,
    "ProductCommonShort": ProductCommonShortJsonSchema,
    "RoundingRuleCommon": RoundingRuleCommonJsonSchema,
    "StatisticRegionCommonShort": StatisticRegionCommonShortJsonSchema,
    "UnitCommon": UnitCommonJsonSchema,
  },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PriceCommonShort`. */
export const PriceCommonShortSchema: GcoreStandardSchema<T.PriceCommonShort> = /* @__PURE__ */ createStandardSchema(PriceCommonShortValidator, () => ({
  root: PriceCommonShortJsonSchema,
  defs: { "CurrencyCommonShort": CurrencyCommonShortJsonSchema, "PriceStageCommon": PriceStageCommonJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.PriceStageCommon`. */
export const PriceStageCommonSchema: GcoreStandardSchema<T.PriceStageCommon> = /* @__PURE__ */ createStandardSchema(PriceStageCommonValidator, () => ({
  root: PriceStageCommonJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.ProductCategoryCommonShort`. */
export const ProductCategoryCommonShortSchema: GcoreStandardSchema<T.ProductCategoryCommonShort> = /* @__PURE__ */ createStandardSchema(ProductCategoryCommonShortValidator, () => ({
  root: ProductCategoryCommonShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.ProductCommonShort`. */
export const ProductCommonShortSchema: GcoreStandardSchema<T.ProductCommonShort> = /* @__PURE__ */ createStandardSchema(ProductCommonShortValidator, () => ({
  root: ProductCommonShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.ProductForOrg`. */
export const ProductForOrgSchema: GcoreStandardSchema<T.ProductForOrg> = /* @__PURE__ */ createStandardSchema(ProductForOrgValidator, () => ({
  root: ProductForOrgJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.RoundingRuleCommon`. */
export const RoundingRuleCommonSchema: GcoreStandardSchema<T.RoundingRuleCommon> = /* @__PURE__ */ createStandardSchema(RoundingRuleCommonValidator, () => ({
  root: RoundingRuleCommonJsonSchema,
  defs: { "UnitCommon": UnitCommonJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.StatisticRegionCommonShort`. */
export const StatisticRegionCommonShortSchema: GcoreStandardSchema<T.StatisticRegionCommonShort> = /* @__PURE__ */ createStandardSchema(StatisticRegionCommonShortValidator, () => ({
  root: StatisticRegionCommonShortJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Template`. */
export const TemplateSchema: GcoreStandardSchema<T.Template> = /* @__PURE__ */ createStandardSchema(TemplateValidator, () => ({
  root: TemplateJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.TrialForOrgSerializerV1`. */
export const TrialForOrgSerializerV1Schema: GcoreStandardSchema<T.TrialForOrgSerializerV1> = /* @__PURE__ */ createStandardSchema(TrialForOrgSerializerV1Validator, () => ({
  root: TrialForOrgSerializerV1JsonSchema,
  defs: {
    "CustomerCommonShort": CustomerCommonShortJsonSchema,
    "DateTimeTZRange": DateTimeTZRangeJsonSchema,
    "FeatureCommonExternal": FeatureCommonExternalJsonSchema,
    "PlanCommonShort": PlanCommonShortJsonSchema,
    "ProductCommonShort": ProductCommonShortJsonSchema,
    "TrialOptionForOrgSerializerV1": TrialOptionForOrgSerializerV1JsonSchema,
    "UnitCommon": UnitCommonJsonSchema,
  },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.TrialOptionForOrgSerializerV1`. */
export const TrialOptionForOrgSerializerV1Schema: GcoreStandardSchema<T.TrialOptionForOrgSerializerV1> = /* @__PURE__ */ createStandardSchema(TrialOptionForOrgSerializerV1Validator, () => ({
  root: TrialOptionForOrgSerializerV1JsonSchema,
  defs: { "FeatureCommonExternal": FeatureCommonExternalJsonSchema, "UnitCommon": UnitCommonJsonSchema },
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.UnitCommon`. */
export const UnitCommonSchema: GcoreStandardSchema<T.UnitCommon> = /* @__PURE__ */ createStandardSchema(UnitCommonValidator, () => ({
  root: UnitCommonJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Usage`. */
export const UsageSchema: GcoreStandardSchema<T.Usage> = /* @__PURE__ */ createStandardSchema(UsageValidator, () => ({
  root: UsageJsonSchema,
  defs: {},
}));
