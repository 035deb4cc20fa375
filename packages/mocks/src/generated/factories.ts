// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.AddendumCommonShort`. */
export function buildAddendumCommonShort(f: MockContext, overrides: Overrides<T.AddendumCommonShort> = {}): T.AddendumCommonShort {
  const value: T.AddendumCommonShort = {
    "id": f.integer({ hint: "id" }),
    "active_range": f.nested(() => buildDateTimeTZRange(f)),
    ...f.optional("status", () => f.pick(["upcoming","active","paused","stopped"])),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.AddendumForOrgSerializerV1`. */
export function buildAddendumForOrgSerializerV1(f: MockContext, overrides: Overrides<T.AddendumForOrgSerializerV1> = {}): T.AddendumForOrgSerializerV1 {
  const value: T.AddendumForOrgSerializerV1 = {
    "id": f.integer({ hint: "id" }),
    "client_id": f.integer({ hint: "client_id" }),
    "client": f.nested(() => buildCustomerPayerCommonShort(f)),
    "status": f.pick(["upcoming","active","paused","stopped"]),
    "active_range": f.nested(() => buildDateTimeTZRange(f)),
    "created_at": f.string({ hint: "created_at", format: "date-time" }),
    "currency": f.nested(() => buildCurrencyCommonShort(f)),
    "plan": f.nested(() => buildPlanCommonShort(f)),
    "product": f.nested(() => buildProductCommonShort(f)),
    "status_at_active_at": f.nullable(() => f.string({ hint: "status_at_active_at" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.AdminPlanItemCommonShort`. */
export function buildAdminPlanItemCommonShort(f: MockContext, overrides: Overrides<T.AdminPlanItemCommonShort> = {}): T.AdminPlanItemCommonShort {
  const value: T.AdminPlanItemCommonShort = {
    "id": f.integer({ hint: "id" }),
    "default": f.boolean(),
    ...f.optional("comment", () => f.nullable(() => f.string({ hint: "comment", maxLength: 1000 }))),
    ...f.optional("description", () => f.nullable(() => f.string({ hint: "description", maxLength: 1000 }))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.CalcRule`. */
export function buildCalcRule(f: MockContext, overrides: Overrides<T.CalcRule> = {}): T.CalcRule {
  const value: T.CalcRule = {
    "id": f.integer({ hint: "id" }),
    "name": f.string({ hint: "name" }),
    "rule_type": f.pick(["commit","overcommit","stepped","staged","commit_hourly"]),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.CurrencyCommonShort`. */
export function buildCurrencyCommonShort(f: MockContext, overrides: Overrides<T.CurrencyCommonShort> = {}): T.CurrencyCommonShort {
  const value: T.CurrencyCommonShort = {
    "id": f.integer({ hint: "id" }),
    "char_code": f.string({ hint: "char_code", pattern: "^[A-Z]{3}$", maxLength: 3 }),
    ...f.optional("symbol", () => f.nullable(() => f.string({ hint: "symbol", maxLength: 10 }))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.CurrencyForOrg`. */
export function buildCurrencyForOrg(f: MockContext, overrides: Overrides<T.CurrencyForOrg> = {}): T.CurrencyForOrg {
  const value: T.CurrencyForOrg = {
    "id": f.integer({ hint: "id" }),
    "char_code": f.string({ hint: "char_code", pattern: "^[A-Z]{3}$", maxLength: 3 }),
    ...f.optional("number_code", () => f.nullable(() => f.integer({ hint: "number_code", minimum: -2147483648, maximum: 2147483647 }))),
    "name_en": f.string({ hint: "name_en", maxLength: 255 }),
    ...f.optional("symbol", () => f.nullable(() => f.string({ hint: "symbol", maxLength: 10 }))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.CustomerCommonShort`. */
export function buildCustomerCommonShort(f: MockContext, overrides: Overrides<T.CustomerCommonShort> = {}): T.CustomerCommonShort {
  const value: T.CustomerCommonShort = {
    "id": f.integer({ hint: "id", minimum: 1 }),
    "company_name": f.nullable(() => f.string({ hint: "company_name" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.CustomerPayerCommonShort`. */
export function buildCustomerPayerCommonShort(f: MockContext, overrides: Overrides<T.CustomerPayerCommonShort> = {}): T.CustomerPayerCommonShort {
  const value: T.CustomerPayerCommonShort = {
    "id": f.integer({ hint: "id" }),
    "company_name": f.string({ hint: "company_name" }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.DateTimeTZRange`. */
export function buildDateTimeTZRange(f: MockContext, overrides: Overrides<T.DateTimeTZRange> = {}): T.DateTimeTZRange {
  const value: T.DateTimeTZRange = {
    ...f.optional("start", () => f.nullable(() => f.string({ hint: "start", format: "date-time" }))),
    ...f.optional("end", () => f.nullable(() => f.string({ hint: "end", format: "date-time" }))),
  };
  Object.assign(value, overrides);
  f.ordered(value, "start", "end", overrides);
  return value;
}

/** Builds `components.schemas.DiscountCommonShort`. */
export function buildDiscountCommonShort(f: MockContext, overrides: Overrides<T.DiscountCommonShort> = {}): T.DiscountCommonShort {
  const value: T.DiscountCommonShort = {
    "id": f.integer({ hint: "id" }),
    "relative_value": f.string({ hint: "relative_value", pattern: "^-?\\d{0,24}(?:\\.\\d{0,12})?$" }),
    ...f.optional("comment", () => f.nullable(() => f.string({ hint: "comment", maxLength: 1000 }))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.ErpInvoiceExternal` (`ErpInvoice`). */
export function buildErpInvoice(f: MockContext, overrides: Overrides<T.ErpInvoice> = {}): T.ErpInvoice {
  const value: T.ErpInvoice = {
    "id": f.integer({ hint: "id" }),
    "name": f.string({ hint: "name" }),
    "move_type": f.pick(["out_invoice","out_refund"]),
    "currency": f.string({ hint: "currency" }),
    "invoice_date": f.nullable(() => f.string({ hint: "invoice_date", format: "date" })),
    "invoice_date_due": f.nullable(() => f.string({ hint: "invoice_date_due", format: "date" })),
    "billing_period_from": f.nullable(() => f.string({ hint: "billing_period_from", format: "date" })),
    "billing_period_to": f.nullable(() => f.string({ hint: "billing_period_to", format: "date" })),
    "amount_untaxed": f.string({ hint: "amount_untaxed", pattern: "^\\d{1,3}\\.\\d{12}$" }),
    "amount_tax": f.string({ hint: "amount_tax", pattern: "^\\d{1,3}\\.\\d{12}$" }),
    "amount_total": f.string({ hint: "amount_total", pattern: "^\\d{1,3}\\.\\d{12}$" }),
    "payment_state": f.pick(["not_paid","paid","partial","reversed","in_payment"]),
    "client_id": f.integer({ hint: "client_id", minimum: -2147483648, maximum: 2147483647 }),
    "payer_id": f.integer({ hint: "payer_id" }),
    "invoice_id": f.nullable(() => f.integer({ hint: "invoice_id" })),
    "created_at": f.string({ hint: "created_at", format: "date-time" }),
    "updated_at": f.string({ hint: "updated_at", format: "date-time" }),
  };
  Object.assign(value, overrides);
  f.ordered(value, "invoice_date", "invoice_date_due", overrides);
  f.ordered(value, "billing_period_from", "billing_period_to", overrides);
  f.ordered(value, "created_at", "updated_at", overrides);
  f.amounts(value, { net: "amount_untaxed", tax: "amount_tax", total: "amount_total" }, overrides, { "amount_untaxed": "^\\d{1,3}\\.\\d{12}$", "amount_tax": "^\\d{1,3}\\.\\d{12}$", "amount_total": "^\\d{1,3}\\.\\d{12}$" });
  return value;
}

/** Builds `components.schemas.ExpenseForOrgSerializerV1`. */
export function buildExpenseForOrgSerializerV1(f: MockContext, overrides: Overrides<T.ExpenseForOrgSerializerV1> = {}): T.ExpenseForOrgSerializerV1 {
  const value: T.ExpenseForOrgSerializerV1 = {
    "id": f.integer({ hint: "id" }),
    "client_id": f.integer({ hint: "client_id" }),
    "payer_id": f.nullable(() => f.integer({ hint: "payer_id" })),
    "client": f.nested(() => buildCustomerPayerCommonShort(f)),
    "comment": f.nullable(() => f.string({ hint: "comment" })),
    "for_date": f.string({ hint: "for_date", format: "date-time" }),
    "period_range": f.nested(() => buildDateTimeTZRange(f)),
    "calc_rule_type": f.pick(["commit","overcommit","stepped","staged","commit_hourly"]),
    "currency": f.nested(() => buildCurrencyCommonShort(f)),
    "money_value": f.string({ hint: "money_value", pattern: "^\\d{1,3}\\.\\d{12}$" }),
    "tax_value": f.string({ hint: "tax_value", pattern: "^\\d{1,3}\\.\\d{12}$" }),
    "tax_rate": f.string({ hint: "tax_rate", pattern: "^\\d{1,2}\\.\\d{2}$" }),
    "usage": f.nested(() => buildUsage(f)),
    "metric_ext_name": f.string({ hint: "metric_ext_name" }),
    "region": f.nested(() => buildStatisticRegionCommonShort(f)),
    "discount_value": f.string({ hint: "discount_value", pattern: "^\\d{1,3}\\.\\d{12}$" }),
    "discount": f.nested(() => buildDiscountCommonShort(f)),
    "deleted": f.boolean(),
    "description": f.string({ hint: "description" }),
    "product_category": f.nested(() => buildProductCategoryCommonShort(f)),
    "product": f.nested(() => buildProductCommonShort(f)),
    "addendum": f.nested(() => buildAddendumCommonShort(f)),
    "plan": f.nested(() => buildPlanCommonShort(f)),
    "feature": f.nested(() => buildFeatureCommonShort(f)),
    "subscription": f.nullable(() => f.string({ hint: "subscription" })),
    "plan_item": f.nested(() => buildAdminPlanItemCommonShort(f)),
    "invoices": f.array(() => f.nested(() => buildInvoiceItemIDsShort(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.FeatureCommonExternal`. */
export function buildFeatureCommonExternal(f: MockContext, overrides: Overrides<T.FeatureCommonExternal> = {}): T.FeatureCommonExternal {
  const value: T.FeatureCommonExternal = {
    "id": f.integer({ hint: "id" }),
    "name": f.string({ hint: "name" }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.FeatureCommonShort`. */
export function buildFeatureCommonShort(f: MockContext, overrides: Overrides<T.FeatureCommonShort> = {}): T.FeatureCommonShort {
  const value: T.FeatureCommonShort = {
    "id": f.integer({ hint: "id" }),
    "name": f.string({ hint: "name" }),
    "erp_sku_id": f.nullable(() => f.string({ hint: "erp_sku_id" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.FileTask`. */
export function buildFileTask(f: MockContext, overrides: Overrides<T.FileTask> = {}): T.FileTask {
  const value: T.FileTask = {
    "uuid": f.string({ hint: "uuid", format: "uuid" }),
    "created_at": f.string({ hint: "created_at", format: "date-time" }),
    "updated_at": f.string({ hint: "updated_at", format: "date-time" }),
    "user_id": f.integer({ hint: "user_id" }),
    "client_id": f.integer({ hint: "client_id" }),
    "task_type": f.pick(["ClosingPeriod","ImportData","Report","StopSubscriptions"]),
    "status": f.pick(["Pending","InProgress","Completed","Failed","Cancelled"]),
    ...f.optional("parameters", () => f.nested(() => {
      const overrides = {};
      const value = {
        ...f.optional("type", () => f.string({ hint: "type" })),
        ...f.optional("date_from", () => f.nullable(() => f.string({ hint: "date_from", format: "date" }))),
        ...f.optional("date_to", () => f.nullable(() => f.string({ hint: "date_to", format: "date" }))),
        ...f.optional("client_id", () => f.nullable(() => f.integer({ hint: "client_id" }))),
      };
      f.ordered(value, "date_from", "date_to", overrides);
      return value;
    })),
    "processing_notes": {
      ...f.optional("celery_group_id", () => f.nullable(() => f.string({ hint: "celery_group_id" }))),
      ...f.optional("period", () => f.nullable(() => f.string({ hint: "period" }))),
      ...f.optional("records_to_process", () => f.nullable(() => f.integer({ hint: "records_to_process" }))),
      ...f.optional("errors", () => f.nullable(() => f.array(() => ({})))),
      ...f.optional("warnings", () => f.nullable(() => f.array(() => ({})))),
    },
  };
  Object.assign(value, overrides);
  f.ordered(value, "created_at", "updated_at", overrides);
  return value;
}

/** Builds `components.schemas.InvoiceItemIDsShort`. */
export function buildInvoiceItemIDsShort(f: MockContext, overrides: Overrides<T.InvoiceItemIDsShort> = {}): T.InvoiceItemIDsShort {
  const value: T.InvoiceItemIDsShort = {
    "invoice_id": f.integer({ hint: "invoice_id" }),
    "invoice_date": f.string({ hint: "invoice_date", format: "date" }),
    "invoice_item_id": f.integer({ hint: "invoice_item_id" }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.OrgReportTaskRequest`. */
export function buildOrgReportTaskRequest(f: MockContext, overrides: Overrides<T.OrgReportTaskRequest> = {}): T.OrgReportTaskRequest {
  const value: T.OrgReportTaskRequest = {
    ...f.optional("parameters", () => f.nested(() => {
      const overrides = {};
      const value = {
        ...f.optional("date_from", () => f.string({ hint: "date_from", format: "date" })),
        ...f.optional("date_to", () => f.string({ hint: "date_to", format: "date" })),
        ...f.optional("client_id", () => f.integer({ hint: "client_id" })),
      };
      f.ordered(value, "date_from", "date_to", overrides);
      return value;
    })),
    "template_code": f.string({ hint: "template_code", minLength: 1 }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PaginatedAddendumForOrgSerializerV1List`. */
export function buildPaginatedAddendumForOrgSerializerV1List(f: MockContext, overrides: Overrides<T.PaginatedAddendumForOrgSerializerV1List> = {}): T.PaginatedAddendumForOrgSerializerV1List {
  const value: T.PaginatedAddendumForOrgSerializerV1List = {
    "count": f.integer({ hint: "count" }),
    ...f.optional("next", () => f.nullable(() => f.string({ hint: "next", format: "uri" }))),
    ...f.optional("previous", () => f.nullable(() => f.string({ hint: "previous", format: "uri" }))),
    "results": f.array(() => f.nested(() => buildAddendumForOrgSerializerV1(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PaginatedCalcRuleList`. */
export function buildPaginatedCalcRuleList(f: MockContext, overrides: Overrides<T.PaginatedCalcRuleList> = {}): T.PaginatedCalcRuleList {
  const value: T.PaginatedCalcRuleList = {
    "count": f.integer({ hint: "count" }),
    ...f.optional("next", () => f.nullable(() => f.string({ hint: "next", format: "uri" }))),
    ...f.optional("previous", () => f.nullable(() => f.string({ hint: "previous", format: "uri" }))),
    "results": f.array(() => f.nested(() => buildCalcRule(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PaginatedCurrencyForOrgList`. */
export function buildPaginatedCurrencyForOrgList(f: MockContext, overrides: Overrides<T.PaginatedCurrencyForOrgList> = {}): T.PaginatedCurrencyForOrgList {
  const value: T.PaginatedCurrencyForOrgList = {
    "count": f.integer({ hint: "count" }),
    ...f.optional("next", () => f.nullable(() => f.string({ hint: "next", format: "uri" }))),
    ...f.optional("previous", () => f.nullable(() => f.string({ hint: "previous", format: "uri" }))),
    "results": f.array(() => f.nested(() => buildCurrencyForOrg(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PaginatedErpInvoiceExternalList`. */
export function buildPaginatedErpInvoiceExternalList(f: MockContext, overrides: Overrides<T.PaginatedErpInvoiceExternalList> = {}): T.PaginatedErpInvoiceExternalList {
  const value: T.PaginatedErpInvoiceExternalList = {
    "count": f.integer({ hint: "count" }),
    ...f.optional("next", () => f.nullable(() => f.string({ hint: "next", format: "uri" }))),
    ...f.optional("previous", () => f.nullable(() => f.string({ hint: "previous", format: "uri" }))),
    "results": f.array(() => f.nested(() => buildErpInvoice(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PaginatedExpenseForOrgSerializerV1List`. */
export function buildPaginatedExpenseForOrgSerializerV1List(f: MockContext, overrides: Overrides<T.PaginatedExpenseForOrgSerializerV1List> = {}): T.PaginatedExpenseForOrgSerializerV1List {
  const value: T.PaginatedExpenseForOrgSerializerV1List = {
    "count": f.integer({ hint: "count" }),
    ...f.optional("next", () => f.nullable(() => f.string({ hint: "next", format: "uri" }))),
    ...f.optional("previous", () => f.nullable(() => f.string({ hint: "previous", format: "uri" }))),
    "results": f.array(() => f.nested(() => buildExpenseForOrgSerializerV1(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PaginatedFileTaskList`. */
export function buildPaginatedFileTaskList(f: MockContext, overrides: Overrides<T.PaginatedFileTaskList> = {}): T.PaginatedFileTaskList {
  const value: T.PaginatedFileTaskList = {
    "count": f.integer({ hint: "count" }),
    ...f.optional("next", () => f.nullable(() => f.string({ hint: "next", format: "uri" }))),
    ...f.optional("previous", () => f.nullable(() => f.string({ hint: "previous", format: "uri" }))),
    "results": f.array(() => f.nested(() => buildFileTask(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PaginatedPlanContentForOrgSerializerV1List`. */
export function buildPaginatedPlanContentForOrgSerializerV1List(f: MockContext, overrides: Overrides<T.PaginatedPlanContentForOrgSerializerV1List> = {}): T.PaginatedPlanContentForOrgSerializerV1List {
  const value: T.PaginatedPlanContentForOrgSerializerV1List = {
    "count": f.integer({ hint: "count" }),
    ...f.optional("next", () => f.nullable(() => f.string({ hint: "next", format: "uri" }))),
    ...f.optional("previous", () => f.nullable(() => f.string({ hint: "previous", format: "uri" }))),
    "results": f.array(() => f.nested(() => buildPlanContentForOrgSerializerV1(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PaginatedProductForOrgList`. */
export function buildPaginatedProductForOrgList(f: MockContext, overrides: Overrides<T.PaginatedProductForOrgList> = {}): T.PaginatedProductForOrgList {
  const value: T.PaginatedProductForOrgList = {
    "count": f.integer({ hint: "count" }),
    ...f.optional("next", () => f.nullable(() => f.string({ hint: "next", format: "uri" }))),
    ...f.optional("previous", () => f.nullable(() => f.string({ hint: "previous", format: "uri" }))),
    "results": f.array(() => f.nested(() => buildProductForOrg(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PaginatedTemplateList`. */
export function buildPaginatedTemplateList(f: MockContext, overrides: Overrides<T.PaginatedTemplateList> = {}): T.PaginatedTemplateList {
  const value: T.PaginatedTemplateList = {
    "count": f.integer({ hint: "count" }),
    ...f.optional("next", () => f.nullable(() => f.string({ hint: "next", format: "uri" }))),
    ...f.optional("previous", () => f.nullable(() => f.string({ hint: "previous", format: "uri" }))),
    "results": f.array(() => f.nested(() => buildTemplate(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PaginatedTrialForOrgSerializerV1List`. */
export function buildPaginatedTrialForOrgSerializerV1List(f: MockContext, overrides: Overrides<T.PaginatedTrialForOrgSerializerV1List> = {}): T.PaginatedTrialForOrgSerializerV1List {
  const value: T.PaginatedTrialForOrgSerializerV1List = {
    "count": f.integer({ hint: "count" }),
    ...f.optional("next", () => f.nullable(() => f.string({ hint: "next", format: "uri" }))),
    ...f.optional("previous", () => f.nullable(() => f.string({ hint: "previous", format: "uri" }))),
    "results": f.array(() => f.nested(() => buildTrialForOrgSerializerV1(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PatchedTrialUpdateForOrgSerializerV1Request`. */
export function buildPatchedTrialUpdateForOrgSerializerV1Request(f: MockContext, overrides: Overrides<T.PatchedTrialUpdateForOrgSerializerV1Request> = {}): T.PatchedTrialUpdateForOrgSerializerV1Request {
  const value: T.PatchedTrialUpdateForOrgSerializerV1Request = {
    ...f.optional("days_limit", () => f.integer({ hint: "days_limit", minimum: 0, maximum: 2147483647 })),
    ...f.optional("CDN_TRIAL_TRAFFIC_LIMIT", () => f.integer({ hint: "CDN_TRIAL_TRAFFIC_LIMIT", minimum: 0, maximum: 2147483647 })),
    ...f.optional("DDOS_TRIAL_RESOURCE_LIMIT", () => f.integer({ hint: "DDOS_TRIAL_RESOURCE_LIMIT", minimum: 0, maximum: 2147483647 })),
    ...f.optional("DNS_REQUEST_COUNT_COMMIT", () => f.integer({ hint: "DNS_REQUEST_COUNT_COMMIT", minimum: 0, maximum: 2147483647 })),
    ...f.optional("GCLAW_INPUT_TOKENS", () => f.integer({ hint: "GCLAW_INPUT_TOKENS", minimum: 0, maximum: 2147483647 })),
    ...f.optional("GCLAW_OUTPUT_TOKENS", () => f.integer({ hint: "GCLAW_OUTPUT_TOKENS", minimum: 0, maximum: 2147483647 })),
    ...f.optional("STORAGE_TRIAL_CAPACITY_LIMIT", () => f.integer({ hint: "STORAGE_TRIAL_CAPACITY_LIMIT", minimum: 0, maximum: 2147483647 })),
    ...f.optional("STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN", () => f.integer({ hint: "STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN", minimum: 0, maximum: 2147483647 })),
    ...f.optional("STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN", () => f.integer({ hint: "STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN", minimum: 0, maximum: 2147483647 })),
    ...f.optional("STREAMING_TRIAL_STREAMS_LIMIT", () => f.integer({ hint: "STREAMING_TRIAL_STREAMS_LIMIT", minimum: 0, maximum: 2147483647 })),
    ...f.optional("TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT", () => f.integer({ hint: "TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT", minimum: 0, maximum: 2147483647 })),
    ...f.optional("TRIAL_STREAMING_VOD", () => f.integer({ hint: "TRIAL_STREAMING_VOD", minimum: 0, maximum: 2147483647 })),
    ...f.optional("WAAP_TRIAL_DOMAINS_LIMIT", () => f.integer({ hint: "WAAP_TRIAL_DOMAINS_LIMIT", minimum: 0, maximum: 2147483647 })),
    ...f.optional("WAAP_TRIAL_REQUESTS_LIMIT", () => f.integer({ hint: "WAAP_TRIAL_REQUESTS_LIMIT", minimum: 0, maximum: 2147483647 })),
    ...f.optional("WAAP_TRIAL_VOLUME_LIMIT", () => f.integer({ hint: "WAAP_TRIAL_VOLUME_LIMIT", minimum: 0, maximum: 2147483647 })),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PlanCommonShort`. */
export function buildPlanCommonShort(f: MockContext, overrides: Overrides<T.PlanCommonShort> = {}): T.PlanCommonShort {
  const value: T.PlanCommonShort = {
    "id": f.integer({ hint: "id" }),
    "name": f.string({ hint: "name" }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PlanContentForOrgSerializerV1`. */
export function buildPlanContentForOrgSerializerV1(f: MockContext, overrides: Overrides<T.PlanContentForOrgSerializerV1> = {}): T.PlanContentForOrgSerializerV1 {
  const value: T.PlanContentForOrgSerializerV1 = {
    "id": f.integer({ hint: "id" }),
    "plan_id": f.integer({ hint: "plan_id" }),
    "default": f.boolean(),
    "feature": f.nested(() => buildFeatureCommonShort(f)),
    "metric_ext_name": f.string({ hint: "metric_ext_name" }),
    "regions": f.array(() => f.nested(() => buildStatisticRegionCommonShort(f))),
    "product_category": f.nested(() => buildProductCategoryCommonShort(f)),
    "product": f.nested(() => buildProductCommonShort(f)),
    "calc_rule_type": f.pick(["commit","overcommit","stepped","staged","commit_hourly"]),
    "unit": f.nested(() => buildUnitCommon(f)),
    "unit_size": f.string({ hint: "unit_size", pattern: "^-?\\d{0,24}(?:\\.\\d{0,8})?$" }),
    "price": f.nested(() => buildPriceCommonShort(f)),
    "default_value": f.string({ hint: "default_value", pattern: "^-?\\d{0,24}(?:\\.\\d{0,8})?$" }),
    "rounding_rule": f.nested(() => buildRoundingRuleCommon(f)),
    "comment": f.string({ hint: "comment" }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PriceCommonShort`. */
export function buildPriceCommonShort(f: MockContext, overrides: Overrides<T.PriceCommonShort> = {}): T.PriceCommonShort {
  const value: T.PriceCommonShort = {
    "currency": f.nested(() => buildCurrencyCommonShort(f)),
    "money_value": f.string({ hint: "money_value", pattern: "^\\d{1,3}\\.\\d{12}$" }),
    "price_stages": f.array(() => f.nested(() => buildPriceStageCommon(f))),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.PriceStageCommon`. */
export function buildPriceStageCommon(f: MockContext, overrides: Overrides<T.PriceStageCommon> = {}): T.PriceStageCommon {
  const value: T.PriceStageCommon = {
    "money_value": f.string({ hint: "money_value", pattern: "^\\d{1,3}\\.\\d{12}$" }),
    "threshold": f.string({ hint: "threshold", pattern: "^-?\\d{0,24}(?:\\.\\d{0,12})?$" }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.ProductCategoryCommonShort`. */
export function buildProductCategoryCommonShort(f: MockContext, overrides: Overrides<T.ProductCategoryCommonShort> = {}): T.ProductCategoryCommonShort {
  const value: T.ProductCategoryCommonShort = {
    "id": f.integer({ hint: "id" }),
    "name": f.string({ hint: "name", maxLength: 255 }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.ProductCommonShort`. */
export function buildProductCommonShort(f: MockContext, overrides: Overrides<T.ProductCommonShort> = {}): T.ProductCommonShort {
  const value: T.ProductCommonShort = {
    "id": f.integer({ hint: "id" }),
    "name": f.string({ hint: "name" }),
    "internal_name": f.string({ hint: "internal_name", maxLength: 25 }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.ProductForOrg`. */
export function buildProductForOrg(f: MockContext, overrides: Overrides<T.ProductForOrg> = {}): T.ProductForOrg {
  const value: T.ProductForOrg = {
    "id": f.integer({ hint: "id" }),
    "name_en": f.string({ hint: "name_en", maxLength: 255 }),
    "internal_name": f.string({ hint: "internal_name", maxLength: 25 }),
    ...f.optional("archive", () => f.boolean()),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.RoundingRuleCommon`. */
export function buildRoundingRuleCommon(f: MockContext, overrides: Overrides<T.RoundingRuleCommon> = {}): T.RoundingRuleCommon {
  const value: T.RoundingRuleCommon = {
    "unit": f.nested(() => buildUnitCommon(f)),
    "value": f.string({ hint: "value", pattern: "^-?\\d{0,24}(?:\\.\\d{0,8})?$" }),
    ...f.optional("round_operation", () => f.pick(["ceil","floor"])),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.StatisticRegionCommonShort`. */
export function buildStatisticRegionCommonShort(f: MockContext, overrides: Overrides<T.StatisticRegionCommonShort> = {}): T.StatisticRegionCommonShort {
  const value: T.StatisticRegionCommonShort = {
    "id": f.integer({ hint: "id" }),
    "name": f.string({ hint: "name" }),
    "external_name": f.string({ hint: "external_name" }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.Template`. */
export function buildTemplate(f: MockContext, overrides: Overrides<T.Template> = {}): T.Template {
  const value: T.Template = {
    "id": f.integer({ hint: "id" }),
    "code": f.string({ hint: "code", maxLength: 100 }),
    "name_en": f.string({ hint: "name_en", maxLength: 255 }),
    "description": f.nullable(() => f.string({ hint: "description" })),
    "parameters": {
      ...f.optional("parameters", () => f.array(() => ({
        "name": f.string({ hint: "name" }),
        ...f.optional("required", () => f.boolean()),
        ...f.optional("type", () => f.string({ hint: "type" })),
        ...f.optional("format", () => f.nullable(() => f.string({ hint: "format" }))),
        ...f.optional("description", () => f.nullable(() => f.string({ hint: "description" }))),
        ...f.optional("enum", () => f.nullable(() => f.array(() => f.string({ hint: "enum" })))),
      }))),
    },
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.TrialForOrgSerializerV1`. */
export function buildTrialForOrgSerializerV1(f: MockContext, overrides: Overrides<T.TrialForOrgSerializerV1> = {}): T.TrialForOrgSerializerV1 {
  const value: T.TrialForOrgSerializerV1 = {
    "id": f.integer({ hint: "id" }),
    "client_id": f.integer({ hint: "client_id" }),
    "client": f.nested(() => buildCustomerCommonShort(f)),
    "product": f.nested(() => buildProductCommonShort(f)),
    "plan": f.nested(() => buildPlanCommonShort(f)),
    "days_limit": f.integer({ hint: "days_limit" }),
    "active_ranges": f.array(() => f.nested(() => buildDateTimeTZRange(f))),
    "created_at": f.string({ hint: "created_at", format: "date-time" }),
    "options": f.array(() => f.nested(() => buildTrialOptionForOrgSerializerV1(f))),
    "remaining_duration": f.integer({ hint: "remaining_duration" }),
    "is_trial_skipped": f.boolean(),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.TrialOptionForOrgSerializerV1`. */
export function buildTrialOptionForOrgSerializerV1(f: MockContext, overrides: Overrides<T.TrialOptionForOrgSerializerV1> = {}): T.TrialOptionForOrgSerializerV1 {
  const value: T.TrialOptionForOrgSerializerV1 = {
    "internal_name": f.string({ hint: "internal_name" }),
    "name": f.string({ hint: "name" }),
    "description": f.string({ hint: "description" }),
    "unit": f.nested(() => buildUnitCommon(f)),
    "value": f.integer({ hint: "value", minimum: 0 }),
    "used_value": f.integer({ hint: "used_value" }),
    "remaining_value": f.integer({ hint: "remaining_value" }),
    "is_limit": f.boolean(),
    "feature": f.nested(() => buildFeatureCommonExternal(f)),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.UnitCommon`. */
export function buildUnitCommon(f: MockContext, overrides: Overrides<T.UnitCommon> = {}): T.UnitCommon {
  const value: T.UnitCommon = {
    "id": f.integer({ hint: "id", minimum: 1 }),
    "name": f.string({ hint: "name" }),
    "internal_name": f.string({ hint: "internal_name" }),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.Usage`. */
export function buildUsage(f: MockContext, overrides: Overrides<T.Usage> = {}): T.Usage {
  const value: T.Usage = {
    "amount": f.string({ hint: "amount", pattern: "^\\d{1,3}\\.\\d{12}$" }),
    "unit_name": f.nullable(() => f.string({ hint: "unit_name" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** A `AddendumCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeAddendumCommonShort = (options?: FakeOptions<T.AddendumCommonShort>): T.AddendumCommonShort => fake<T.AddendumCommonShort>(options, buildAddendumCommonShort);

/** A `AddendumForOrgSerializerV1` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeAddendumForOrgSerializerV1 = (options?: FakeOptions<T.AddendumForOrgSerializerV1>): T.AddendumForOrgSerializerV1 => fake<T.AddendumForOrgSerializerV1>(options, buildAddendumForOrgSerializerV1);

/** A `AdminPlanItemCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeAdminPlanItemCommonShort = (options?: FakeOptions<T.AdminPlanItemCommonShort>): T.AdminPlanItemCommonShort => fake<T.AdminPlanItemCommonShort>(options, buildAdminPlanItemCommonShort);

/** A `CalcRule` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeCalcRule = (options?: FakeOptions<T.CalcRule>): T.CalcRule => fake<T.CalcRule>(options, buildCalcRule);

/** A `CurrencyCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeCurrencyCommonShort = (options?: FakeOptions<T.CurrencyCommonShort>): T.CurrencyCommonShort => fake<T.CurrencyCommonShort>(options, buildCurrencyCommonShort);

/** A `CurrencyForOrg` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeCurrencyForOrg = (options?: FakeOptions<T.CurrencyForOrg>): T.CurrencyForOrg => fake<T.CurrencyForOrg>(options, buildCurrencyForOrg);

/** A `CustomerCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeCustomerCommonShort = (options?: FakeOptions<T.CustomerCommonShort>): T.CustomerCommonShort => fake<T.CustomerCommonShort>(options, buildCustomerCommonShort);

/** A `CustomerPayerCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeCustomerPayerCommonShort = (options?: FakeOptions<T.CustomerPayerCommonShort>): T.CustomerPayerCommonShort => fake<T.CustomerPayerCommonShort>(options, buildCustomerPayerCommonShort);

/** A `DateTimeTZRange` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeDateTimeTZRange = (options?: FakeOptions<T.DateTimeTZRange>): T.DateTimeTZRange => fake<T.DateTimeTZRange>(options, buildDateTimeTZRange);

/** A `DiscountCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeDiscountCommonShort = (options?: FakeOptions<T.DiscountCommonShort>): T.DiscountCommonShort => fake<T.DiscountCommonShort>(options, buildDiscountCommonShort);

/** A `ErpInvoice` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeErpInvoice = (options?: FakeOptions<T.ErpInvoice>): T.ErpInvoice => fake<T.ErpInvoice>(options, buildErpInvoice);

/** A `ExpenseForOrgSerializerV1` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeExpenseForOrgSerializerV1 = (options?: FakeOptions<T.ExpenseForOrgSerializerV1>): T.ExpenseForOrgSerializerV1 => fake<T.ExpenseForOrgSerializerV1>(options, buildExpenseForOrgSerializerV1);

/** A `FeatureCommonExternal` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeFeatureCommonExternal = (options?: FakeOptions<T.FeatureCommonExternal>): T.FeatureCommonExternal => fake<T.FeatureCommonExternal>(options, buildFeatureCommonExternal);

/** A `FeatureCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeFeatureCommonShort = (options?: FakeOptions<T.FeatureCommonShort>): T.FeatureCommonShort => fake<T.FeatureCommonShort>(options, buildFeatureCommonShort);

/** A `FileTask` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeFileTask = (options?: FakeOptions<T.FileTask>): T.FileTask => fake<T.FileTask>(options, buildFileTask);

/** A `InvoiceItemIDsShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeInvoiceItemIDsShort = (options?: FakeOptions<T.InvoiceItemIDsShort>): T.InvoiceItemIDsShort => fake<T.InvoiceItemIDsShort>(options, buildInvoiceItemIDsShort);

/** A `OrgReportTaskRequest` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeOrgReportTaskRequest = (options?: FakeOptions<T.OrgReportTaskRequest>): T.OrgReportTaskRequest => fake<T.OrgReportTaskRequest>(options, buildOrgReportTaskRequest);

/** A `PaginatedAddendumForOrgSerializerV1List` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePaginatedAddendumForOrgSerializerV1List = (options?: FakeOptions<T.PaginatedAddendumForOrgSerializerV1List>): T.PaginatedAddendumForOrgSerializerV1List => fake<T.PaginatedAddendumForOrgSerializerV1List>(options, buildPaginatedAddendumForOrgSerializerV1List);

/** A `PaginatedCalcRuleList` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePaginatedCalcRuleList = (options?: FakeOptions<T.PaginatedCalcRuleList>): T.PaginatedCalcRuleList => fake<T.PaginatedCalcRuleList>(options, buildPaginatedCalcRuleList);

/** A `PaginatedCurrencyForOrgList` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePaginatedCurrencyForOrgList = (options?: FakeOptions<T.PaginatedCurrencyForOrgList>): T.PaginatedCurrencyForOrgList => fake<T.PaginatedCurrencyForOrgList>(options, buildPaginatedCurrencyForOrgList);

/** A `PaginatedErpInvoiceExternalList` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePaginatedErpInvoiceExternalList = (options?: FakeOptions<T.PaginatedErpInvoiceExternalList>): T.PaginatedErpInvoiceExternalList => fake<T.PaginatedErpInvoiceExternalList>(options, buildPaginatedErpInvoiceExternalList);

/** A `PaginatedExpenseForOrgSerializerV1List` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePaginatedExpenseForOrgSerializerV1List = (options?: FakeOptions<T.PaginatedExpenseForOrgSerializerV1List>): T.PaginatedExpenseForOrgSerializerV1List => fake<T.PaginatedExpenseForOrgSerializerV1List>(options, buildPaginatedExpenseForOrgSerializerV1List);

/** A `PaginatedFileTaskList` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePaginatedFileTaskList = (options?: FakeOptions<T.PaginatedFileTaskList>): T.PaginatedFileTaskList => fake<T.PaginatedFileTaskList>(options, buildPaginatedFileTaskList);

/** A `PaginatedPlanContentForOrgSerializerV1List` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePaginatedPlanContentForOrgSerializerV1List = (options?: FakeOptions<T.PaginatedPlanContentForOrgSerializerV1List>): T.PaginatedPlanContentForOrgSerializerV1List => fake<T.PaginatedPlanContentForOrgSerializerV1List>(options, buildPaginatedPlanContentForOrgSerializerV1List);

/** A `PaginatedProductForOrgList` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePaginatedProductForOrgList = (options?: FakeOptions<T.PaginatedProductForOrgList>): T.PaginatedProductForOrgList => fake<T.PaginatedProductForOrgList>(options, buildPaginatedProductForOrgList);

/** A `PaginatedTemplateList` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePaginatedTemplateList = (options?: FakeOptions<T.PaginatedTemplateList>): T.PaginatedTemplateList => fake<T.PaginatedTemplateList>(options, buildPaginatedTemplateList);

/** A `PaginatedTrialForOrgSerializerV1List` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePaginatedTrialForOrgSerializerV1List = (options?: FakeOptions<T.PaginatedTrialForOrgSerializerV1List>): T.PaginatedTrialForOrgSerializerV1List => fake<T.PaginatedTrialForOrgSerializerV1List>(options, buildPaginatedTrialForOrgSerializerV1List);

/** A `PatchedTrialUpdateForOrgSerializerV1Request` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePatchedTrialUpdateForOrgSerializerV1Request = (options?: FakeOptions<T.PatchedTrialUpdateForOrgSerializerV1Request>): T.PatchedTrialUpdateForOrgSerializerV1Request => fake<T.PatchedTrialUpdateForOrgSerializerV1Request>(options, buildPatchedTrialUpdateForOrgSerializerV1Request);

/** A `PlanCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePlanCommonShort = (options?: FakeOptions<T.PlanCommonShort>): T.PlanCommonShort => fake<T.PlanCommonShort>(options, buildPlanCommonShort);

/** A `PlanContentForOrgSerializerV1` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePlanContentForOrgSerializerV1 = (options?: FakeOptions<T.PlanContentForOrgSerializerV1>): T.PlanContentForOrgSerializerV1 => fake<T.PlanContentForOrgSerializerV1>(options, buildPlanContentForOrgSerializerV1);

/** A `PriceCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePriceCommonShort = (options?: FakeOptions<T.PriceCommonShort>): T.PriceCommonShort => fake<T.PriceCommonShort>(options, buildPriceCommonShort);

/** A `PriceStageCommon` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePriceStageCommon = (options?: FakeOptions<T.PriceStageCommon>): T.PriceStageCommon => fake<T.PriceStageCommon>(options, buildPriceStageCommon);

/** A `ProductCategoryCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeProductCategoryCommonShort = (options?: FakeOptions<T.ProductCategoryCommonShort>): T.ProductCategoryCommonShort => fake<T.ProductCategoryCommonShort>(options, buildProductCategoryCommonShort);

/** A `ProductCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeProductCommonShort = (options?: FakeOptions<T.ProductCommonShort>): T.ProductCommonShort => fake<T.ProductCommonShort>(options, buildProductCommonShort);

/** A `ProductForOrg` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeProductForOrg = (options?: FakeOptions<T.ProductForOrg>): T.ProductForOrg => fake<T.ProductForOrg>(options, buildProductForOrg);

/** A `RoundingRuleCommon` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeRoundingRuleCommon = (options?: FakeOptions<T.RoundingRuleCommon>): T.RoundingRuleCommon => fake<T.RoundingRuleCommon>(options, buildRoundingRuleCommon);

/** A `StatisticRegionCommonShort` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeStatisticRegionCommonShort = (options?: FakeOptions<T.StatisticRegionCommonShort>): T.StatisticRegionCommonShort => fake<T.StatisticRegionCommonShort>(options, buildStatisticRegionCommonShort);

/** A `Template` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeTemplate = (options?: FakeOptions<T.Template>): T.Template => fake<T.Template>(options, buildTemplate);

/** A `TrialForOrgSerializerV1` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeTrialForOrgSerializerV1 = (options?: FakeOptions<T.TrialForOrgSerializerV1>): T.TrialForOrgSerializerV1 => fake<T.TrialForOrgSerializerV1>(options, buildTrialForOrgSerializerV1);

/** A `TrialOptionForOrgSerializerV1` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeTrialOptionForOrgSerializerV1 = (options?: FakeOptions<T.TrialOptionForOrgSerializerV1>): T.TrialOptionForOrgSerializerV1 => fake<T.TrialOptionForOrgSerializerV1>(options, buildTrialOptionForOrgSerializerV1);

/** A `UnitCommon` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeUnitCommon = (options?: FakeOptions<T.UnitCommon>): T.UnitCommon => fake<T.UnitCommon>(options, buildUnitCommon);

/** A `Usage` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeUsage = (options?: FakeOptions<T.Usage>): T.Usage => fake<T.Usage>(options, buildUsage);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "AddendumCommonShort": buildAddendumCommonShort,
  "AddendumForOrgSerializerV1": buildAddendumForOrgSerializerV1,
  "AdminPlanItemCommonShort": buildAdminPlanItemCommonShort,
  "CalcRule": buildCalcRule,
  "CurrencyCommonShort": buildCurrencyCommonShort,
  "CurrencyForOrg": buildCurrencyForOrg,
  "CustomerCommonShort": buildCustomerCommonShort,
  "CustomerPayerCommonShort": buildCustomerPayerCommonShort,
  "DateTimeTZRange": buildDateTimeTZRange,
  "DiscountCommonShort": buildDiscountCommonShort,
  "ErpInvoiceExternal": buildErpInvoice,
  "ExpenseForOrgSerializerV1": buildExpenseForOrgSerializerV1,
  "FeatureCommonExternal": buildFeatureCommonExternal,
  "FeatureCommonShort": buildFeatureCommonShort,
  "FileTask": buildFileTask,
  "InvoiceItemIDsShort": buildInvoiceItemIDsShort,
  "OrgReportTaskRequest": buildOrgReportTaskRequest,
  "PaginatedAddendumForOrgSerializerV1List": buildPaginatedAddendumForOrgSerializerV1List,
  "PaginatedCalcRuleList": buildPaginatedCalcRuleList,
  "PaginatedCurrencyForOrgList": buildPaginatedCurrencyForOrgList,
  "PaginatedErpInvoiceExternalList": buildPaginatedErpInvoiceExternalList,
  "PaginatedExpenseForOrgSerializerV1List": buildPaginatedExpenseForOrgSerializerV1List,
  "PaginatedFileTaskList": buildPaginatedFileTaskList,
  "PaginatedPlanContentForOrgSerializerV1List": buildPaginatedPlanContentForOrgSerializerV1List,
  "PaginatedProductForOrgList": buildPaginatedProductForOrgList,
  "PaginatedTemplateList": buildPaginatedTemplateList,
  "PaginatedTrialForOrgSerializerV1List": buildPaginatedTrialForOrgSerializerV1List,
  "PatchedTrialUpdateForOrgSerializerV1Request": buildPatchedTrialUpdateForOrgSerializerV1Request,
  "PlanCommonShort": buildPlanCommonShort,
  "PlanContentForOrgSerializerV1": buildPlanContentForOrgSerializerV1,
  "PriceCommonShort": buildPriceCommonShort,
  "PriceStageCommon": buildPriceStageCommon,
  "ProductCategoryCommonShort": buildProductCategoryCommonShort,
  "ProductCommonShort": buildProductCommonShort,
  "ProductForOrg": buildProductForOrg,
  "RoundingRuleCommon": buildRoundingRuleCommon,
  "StatisticRegionCommonShort": buildStatisticRegionCommonShort,
  "Template": buildTemplate,
  "TrialForOrgSerializerV1": buildTrialForOrgSerializerV1,
  "TrialOptionForOrgSerializerV1": buildTrialOptionForOrgSerializerV1,
  "UnitCommon": buildUnitCommon,
  "Usage": buildUsage,
} as const;
