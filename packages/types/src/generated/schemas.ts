// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

import type { components } from "./openapi.js";

/** `components["schemas"]["AddendumCommonShort"]` */
export type AddendumCommonShort = components["schemas"]["AddendumCommonShort"];
/** `components["schemas"]["AddendumForOrgSerializerV1"]` */
export type AddendumForOrgSerializerV1 = components["schemas"]["AddendumForOrgSerializerV1"];
/** `components["schemas"]["AdminPlanItemCommonShort"]` */
export type AdminPlanItemCommonShort = components["schemas"]["AdminPlanItemCommonShort"];
/** `components["schemas"]["CalcRule"]` */
export type CalcRule = components["schemas"]["CalcRule"];
/** `components["schemas"]["CurrencyCommonShort"]` */
export type CurrencyCommonShort = components["schemas"]["CurrencyCommonShort"];
/** `components["schemas"]["CurrencyForOrg"]` */
export type CurrencyForOrg = components["schemas"]["CurrencyForOrg"];
/** `components["schemas"]["CustomerCommonShort"]` */
export type CustomerCommonShort = components["schemas"]["CustomerCommonShort"];
/** `components["schemas"]["CustomerPayerCommonShort"]` */
export type CustomerPayerCommonShort = components["schemas"]["CustomerPayerCommonShort"];
/** `components["schemas"]["DateTimeTZRange"]` */
export type DateTimeTZRange = components["schemas"]["DateTimeTZRange"];
/** `components["schemas"]["DiscountCommonShort"]` */
export type DiscountCommonShort = components["schemas"]["DiscountCommonShort"];
/** `components["schemas"]["ErpInvoiceExternal"]` */
export type ErpInvoice = components["schemas"]["ErpInvoiceExternal"];
/** `components["schemas"]["ExpenseForOrgSerializerV1"]` */
export type ExpenseForOrgSerializerV1 = components["schemas"]["ExpenseForOrgSerializerV1"];
/** `components["schemas"]["FeatureCommonExternal"]` */
export type FeatureCommonExternal = components["schemas"]["FeatureCommonExternal"];
/** `components["schemas"]["FeatureCommonShort"]` */
export type FeatureCommonShort = components["schemas"]["FeatureCommonShort"];
/** `components["schemas"]["FileTask"]` */
export type FileTask = components["schemas"]["FileTask"];
/** `components["schemas"]["InvoiceItemIDsShort"]` */
export type InvoiceItemIDsShort = components["schemas"]["InvoiceItemIDsShort"];
/** `components["schemas"]["OrgReportTaskRequest"]` */
export type OrgReportTaskRequest = components["schemas"]["OrgReportTaskRequest"];
/** `components["schemas"]["PaginatedAddendumForOrgSerializerV1List"]` */
export type PaginatedAddendumForOrgSerializerV1List = components["schemas"]["PaginatedAddendumForOrgSerializerV1List"];
/** `components["schemas"]["PaginatedCalcRuleList"]` */
export type PaginatedCalcRuleList = components["schemas"]["PaginatedCalcRuleList"];
/** `components["schemas"]["PaginatedCurrencyForOrgList"]` */
export type PaginatedCurrencyForOrgList = components["schemas"]["PaginatedCurrencyForOrgList"];
/** `components["schemas"]["PaginatedErpInvoiceExternalList"]` */
export type PaginatedErpInvoiceExternalList = components["schemas"]["PaginatedErpInvoiceExternalList"];
/** `components["schemas"]["PaginatedExpenseForOrgSerializerV1List"]` */
export type PaginatedExpenseForOrgSerializerV1List = components["schemas"]["PaginatedExpenseForOrgSerializerV1List"];
/** `components["schemas"]["PaginatedFileTaskList"]` */
export type PaginatedFileTaskList = components["schemas"]["PaginatedFileTaskList"];
/** `components["schemas"]["PaginatedPlanContentForOrgSerializerV1List"]` */
export type PaginatedPlanContentForOrgSerializerV1List = components["schemas"]["PaginatedPlanContentForOrgSerializerV1List"];
/** `components["schemas"]["PaginatedProductForOrgList"]` */
export type PaginatedProductForOrgList = components["schemas"]["PaginatedProductForOrgList"];
/** `components["schemas"]["PaginatedTemplateList"]` */
export type PaginatedTemplateList = components["schemas"]["PaginatedTemplateList"];
/** `components["schemas"]["PaginatedTrialForOrgSerializerV1List"]` */
export type PaginatedTrialForOrgSerializerV1List = components["schemas"]["PaginatedTrialForOrgSerializerV1List"];
/** `components["schemas"]["PatchedTrialUpdateForOrgSerializerV1Request"]` */
export type PatchedTrialUpdateForOrgSerializerV1Request = components["schemas"]["PatchedTrialUpdateForOrgSerializerV1Request"];
/** `components["schemas"]["PlanCommonShort"]` */
export type PlanCommonShort = components["schemas"]["PlanCommonShort"];
/** `components["schemas"]["PlanContentForOrgSerializerV1"]` */
export type PlanContentForOrgSerializerV1 = components["schemas"]["PlanContentForOrgSerializerV1"];
/** `components["schemas"]["PriceCommonShort"]` */
export type PriceCommonShort = components["schemas"]["PriceCommonShort"];
/** `components["schemas"]["PriceStageCommon"]` */
export type PriceStageCommon = components["schemas"]["PriceStageCommon"];
/** `components["schemas"]["ProductCategoryCommonShort"]` */
export type ProductCategoryCommonShort = components["schemas"]["ProductCategoryCommonShort"];
/** `components["schemas"]["ProductCommonShort"]` */
export type ProductCommonShort = components["schemas"]["ProductCommonShort"];
/** `components["schemas"]["ProductForOrg"]` */
export type ProductForOrg = components["schemas"]["ProductForOrg"];
/** `components["schemas"]["RoundingRuleCommon"]` */
export type RoundingRuleCommon = components["schemas"]["RoundingRuleCommon"];
/** `components["schemas"]["StatisticRegionCommonShort"]` */
export type StatisticRegionCommonShort = components["schemas"]["StatisticRegionCommonShort"];
/** `components["schemas"]["Template"]` */
export type Template = components["schemas"]["Template"];
/** `components["schemas"]["TrialForOrgSerializerV1"]` */
export type TrialForOrgSerializerV1 = components["schemas"]["TrialForOrgSerializerV1"];
/** `components["schemas"]["TrialOptionForOrgSerializerV1"]` */
export type TrialOptionForOrgSerializerV1 = components["schemas"]["TrialOptionForOrgSerializerV1"];
/** `components["schemas"]["UnitCommon"]` */
export type UnitCommon = components["schemas"]["UnitCommon"];
/** `components["schemas"]["Usage"]` */
export type Usage = components["schemas"]["Usage"];

/** Values of `#/components/schemas/AddendumCommonShort/properties/status`. */
export const AddendumCommonShortStatusValues = ["upcoming","active","paused","stopped"] as const;
export type AddendumCommonShortStatus = (typeof AddendumCommonShortStatusValues)[number];
/** Values of `#/components/schemas/AddendumForOrgSerializerV1/properties/status`. */
export const AddendumForOrgSerializerV1StatusValues = ["upcoming","active","paused","stopped"] as const;
export type AddendumForOrgSerializerV1Status = (typeof AddendumForOrgSerializerV1StatusValues)[number];
/** Values of `#/components/schemas/CalcRule/properties/rule_type`. */
export const CalcRuleRuleTypeValues = ["commit","overcommit","stepped","staged","commit_hourly"] as const;
export type CalcRuleRuleType = (typeof CalcRuleRuleTypeValues)[number];
/** Values of `#/components/schemas/ErpInvoiceExternal/properties/move_type`. */
export const ErpInvoiceMoveTypeValues = ["out_invoice","out_refund"] as const;
export type ErpInvoiceMoveType = (typeof ErpInvoiceMoveTypeValues)[number];
/** Values of `#/components/schemas/ErpInvoiceExternal/properties/payment_state`. */
export const ErpInvoicePaymentStateValues = ["not_paid","paid","partial","reversed","in_payment"] as const;
export type ErpInvoicePaymentState = (typeof ErpInvoicePaymentStateValues)[number];
/** Values of `#/components/schemas/ExpenseForOrgSerializerV1/properties/calc_rule_type`. */
export const ExpenseForOrgSerializerV1CalcRuleTypeValues = ["commit","overcommit","stepped","staged","commit_hourly"] as const;
export type ExpenseForOrgSerializerV1CalcRuleType = (typeof ExpenseForOrgSerializerV1CalcRuleTypeValues)[number];
/** Values of `#/components/schemas/FileTask/properties/task_type`. */
export const FileTaskTaskTypeValues = ["ClosingPeriod","ImportData","Report","StopSubscriptions"] as const;
export type FileTaskTaskType = (typeof FileTaskTaskTypeValues)[number];
/** Values of `#/components/schemas/FileTask/properties/status`. */
export const FileTaskStatusValues = ["Pending","InProgress","Completed","Failed","Cancelled"] as const;
export type FileTaskStatus = (typeof FileTaskStatusValues)[number];
/** Values of `#/components/schemas/PlanContentForOrgSerializerV1/properties/calc_rule_type`. */
export const PlanContentForOrgSerializerV1CalcRuleTypeValues = ["commit","overcommit","stepped","staged","commit_hourly"] as const;
export type PlanContentForOrgSerializerV1CalcRuleType = (typeof PlanContentForOrgSerializerV1CalcRuleTypeValues)[number];
/** Values of `#/components/schemas/RoundingRuleCommon/properties/round_operation`. */
export const RoundingRuleCommonRoundOperationValues = ["ceil","floor"] as const;
export type RoundingRuleCommonRoundOperation = (typeof RoundingRuleCommonRoundOperationValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1addendums/get/parameters/19/schema/items`. */
export const AddendumsListOrderByValues = ["active_range_end.asc","active_range_end.desc","active_range_start.asc","active_range_start.desc","client_id.asc","client_id.desc","created_at.asc","created_at.desc","id.asc","id.desc","plan_id.asc","plan_id.desc","plan_name.asc","plan_name.desc","product_id.asc","product_id.desc","product_name.asc","product_name.desc"] as const;
export type AddendumsListOrderBy = (typeof AddendumsListOrderByValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1addendums/get/parameters/20/schema/items`. */
export const AddendumsListOrderingValues = ["-active_range_end","-active_range_start","-client_id","-created_at","-id","-plan_id","-plan_name","-product_id","-product_name","active_range_end","active_range_start","client_id","created_at","id","plan_id","plan_name","product_id","product_name"] as const;
export type AddendumsListOrdering = (typeof AddendumsListOrderingValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1addendums/get/parameters/29/schema/items`. */
export const AddendumsListStatusValues = ["active","paused","stopped","upcoming"] as const;
export type AddendumsListStatus = (typeof AddendumsListStatusValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1currencies/get/parameters/5/schema/items`. */
export const CurrenciesListOrderByValues = ["char_code.asc","char_code.desc","name_en.asc","name_en.desc","number_code.asc","number_code.desc"] as const;
export type CurrenciesListOrderBy = (typeof CurrenciesListOrderByValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1currencies/get/parameters/6/schema/items`. */
export const CurrenciesListOrderingValues = ["-char_code","-name_en","-number_code","char_code","name_en","number_code"] as const;
export type CurrenciesListOrdering = (typeof CurrenciesListOrderingValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1erp-invoices/get/parameters/7/schema`. */
export const ErpInvoicesListMoveTypeValues = ["out_invoice","out_refund"] as const;
export type ErpInvoicesListMoveType = (typeof ErpInvoicesListMoveTypeValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1erp-invoices/get/parameters/9/schema/items`. */
export const ErpInvoicesListOrderByValues = ["amount_total.asc","amount_total.desc","created_at.asc","created_at.desc","id.asc","id.desc","invoice_date.asc","invoice_date.desc","name.asc","name.desc"] as const;
export type ErpInvoicesListOrderBy = (typeof ErpInvoicesListOrderByValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1erp-invoices/get/parameters/10/schema/items`. */
export const ErpInvoicesListOrderingValues = ["-amount_total","-created_at","-id","-invoice_date","-name","amount_total","created_at","id","invoice_date","name"] as const;
export type ErpInvoicesListOrdering = (typeof ErpInvoicesListOrderingValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1erp-invoices/get/parameters/12/schema`. */
export const ErpInvoicesListPaymentStateValues = ["in_payment","not_paid","paid","partial","reversed"] as const;
export type ErpInvoicesListPaymentState = (typeof ErpInvoicesListPaymentStateValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1expenses/get/parameters/1/schema/items`. */
export const ExpensesListCalcRuleTypeValues = ["commit","commit_hourly","overcommit","staged","stepped"] as const;
export type ExpensesListCalcRuleType = (typeof ExpensesListCalcRuleTypeValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1expenses/get/parameters/28/schema/items`. */
export const ExpensesListOrderByValues = ["addendum_id.asc","addendum_id.desc","calc_rule_type.asc","calc_rule_type.desc","created_at.asc","created_at.desc","currency_id.asc","currency_id.desc","feature_name.asc","feature_name.desc","for_date.asc","for_date.desc","id.asc","id.desc","money_value.asc","money_value.desc","period_range_end.asc","period_range_end.desc","period_range_start.asc","period_range_start.desc","plan_item_id.asc","plan_item_id.desc","product_id.asc","product_id.desc","product_name.asc","product_name.desc","region_id.asc","region_id.desc","region_name.asc","region_name.desc","tax_rate.asc","tax_rate.desc"] as const;
export type ExpensesListOrderBy = (typeof ExpensesListOrderByValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1expenses/get/parameters/29/schema/items`. */
export const ExpensesListOrderingValues = ["-addendum_id","-calc_rule_type","-created_at","-currency_id","-feature_name","-for_date","-id","-money_value","-period_range_end","-period_range_start","-plan_item_id","-product_id","-product_name","-region_id","-region_name","-tax_rate","addendum_id","calc_rule_type","created_at","currency_id","feature_name","for_date","id","money_value","period_range_end","period_range_start","plan_item_id","product_id","product_name","region_id","region_name","tax_rate"] as const;
export type ExpensesListOrdering = (typeof ExpensesListOrderingValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1plans~1contents/get/parameters/1/schema/items`. */
export const PlansContentsListCalcRuleTypeValues = ["commit","commit_hourly","overcommit","staged","stepped"] as const;
export type PlansContentsListCalcRuleType = (typeof PlansContentsListCalcRuleTypeValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1plans~1contents/get/parameters/13/schema/items`. */
export const PlansContentsListOrderByValues = ["calc_rule_type.asc","calc_rule_type.desc","currency_id.asc","currency_id.desc","default.asc","default.desc","feature_name.asc","feature_name.desc","id.asc","id.desc","plan_id.asc","plan_id.desc","product_id.asc","product_id.desc","product_name.asc","product_name.desc"] as const;
export type PlansContentsListOrderBy = (typeof PlansContentsListOrderByValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1plans~1contents/get/parameters/14/schema/items`. */
export const PlansContentsListOrderingValues = ["-calc_rule_type","-currency_id","-default","-feature_name","-id","-plan_id","-product_id","-product_name","calc_rule_type","currency_id","default","feature_name","id","plan_id","product_id","product_name"] as const;
export type PlansContentsListOrdering = (typeof PlansContentsListOrderingValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1reports/get/parameters/6/schema/items`. */
export const ReportsListOrderByValues = ["client_id.asc","client_id.desc","created_at.asc","created_at.desc","status.asc","status.desc","task_type.asc","task_type.desc","template.asc","template.desc","uuid.asc","uuid.desc"] as const;
export type ReportsListOrderBy = (typeof ReportsListOrderByValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1reports/get/parameters/7/schema/items`. */
export const ReportsListOrderingValues = ["-client_id","-created_at","-status","-task_type","-template","-uuid","client_id","created_at","status","task_type","template","uuid"] as const;
export type ReportsListOrdering = (typeof ReportsListOrderingValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1reports/get/parameters/8/schema/items`. */
export const ReportsListStatusValues = ["Cancelled","Completed","Failed","InProgress","Pending"] as const;
export type ReportsListStatus = (typeof ReportsListStatusValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1reports~1{uuid}~1download/get/parameters/0/schema`. */
export const ReportsDownloadFormatValues = ["csv","json","xlsx"] as const;
export type ReportsDownloadFormat = (typeof ReportsDownloadFormatValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1reports~1templates/get/parameters/12/schema/items`. */
export const ReportsTemplatesListOrderByValues = ["code.asc","code.desc","description.asc","description.desc","id.asc","id.desc","name_en.asc","name_en.desc","parameters.asc","parameters.desc"] as const;
export type ReportsTemplatesListOrderBy = (typeof ReportsTemplatesListOrderByValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1reports~1templates/get/parameters/13/schema/items`. */
export const ReportsTemplatesListOrderingValues = ["-code","-description","-id","-name_en","-parameters","code","description","id","name_en","parameters"] as const;
export type ReportsTemplatesListOrdering = (typeof ReportsTemplatesListOrderingValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1trials/get/parameters/12/schema/items`. */
export const TrialsListOrderByValues = ["client_id.asc","client_id.desc","created_at.asc","created_at.desc","ended_at.asc","ended_at.desc","id.asc","id.desc","plan_id.asc","plan_id.desc","plan_name.asc","plan_name.desc","product_id.asc","product_id.desc","product_name.asc","product_name.desc","started_at.asc","started_at.desc"] as const;
export type TrialsListOrderBy = (typeof TrialsListOrderByValues)[number];
/** Values of `#/paths/~1billing~1org~1v1~1trials/get/parameters/13/schema/items`. */
export const TrialsListOrderingValues = ["-client_id","-created_at","-ended_at","-id","-plan_id","-plan_name","-product_id","-product_name","-started_at","client_id","created_at","ended_at","id","plan_id","plan_name","product_id","product_name","started_at"] as const;
export type TrialsListOrdering = (typeof TrialsListOrderingValues)[number];

/** Component schema name -> exported name. */
export const schemaNames = {
  "AddendumCommonShort": "AddendumCommonShort",
  "AddendumForOrgSerializerV1": "AddendumForOrgSerializerV1",
  "AdminPlanItemCommonShort": "AdminPlanItemCommonShort",
  "CalcRule": "CalcRule",
  "CurrencyCommonShort": "CurrencyCommonShort",
  "CurrencyForOrg": "CurrencyForOrg",
  "CustomerCommonShort": "CustomerCommonShort",
  "CustomerPayerCommonShort": "CustomerPayerCommonShort",
  "DateTimeTZRange": "DateTimeTZRange",
  "DiscountCommonShort": "DiscountCommonShort",
  "ErpInvoiceExternal": "ErpInvoice",
  "ExpenseForOrgSerializerV1": "ExpenseForOrgSerializerV1",
  "FeatureCommonExternal": "FeatureCommonExternal",
  "FeatureCommonShort": "FeatureCommonShort",
  "FileTask": "FileTask",
  "InvoiceItemIDsShort": "InvoiceItemIDsShort",
  "OrgReportTaskRequest": "OrgReportTaskRequest",
  "PaginatedAddendumForOrgSerializerV1List": "PaginatedAddendumForOrgSerializerV1List",
  "PaginatedCalcRuleList": "PaginatedCalcRuleList",
  "PaginatedCurrencyForOrgList": "PaginatedCurrencyForOrgList",
  "PaginatedErpInvoiceExternalList": "PaginatedErpInvoiceExternalList",
  "PaginatedExpenseForOrgSerializerV1List": "PaginatedExpenseForOrgSerializerV1List",
  "PaginatedFileTaskList": "PaginatedFileTaskList",
  "PaginatedPlanContentForOrgSerializerV1List": "PaginatedPlanContentForOrgSerializerV1List",
  "PaginatedProductForOrgList": "PaginatedProductForOrgList",
  "PaginatedTemplateList": "PaginatedTemplateList",
  "PaginatedTrialForOrgSerializerV1List": "PaginatedTrialForOrgSerializerV1List",
  "PatchedTrialUpdateForOrgSerializerV1Request": "PatchedTrialUpdateForOrgSerializerV1Request",
  "PlanCommonShort": "PlanCommonShort",
  "PlanContentForOrgSerializerV1": "PlanContentForOrgSerializerV1",
  "PriceCommonShort": "PriceCommonShort",
  "PriceStageCommon": "PriceStageCommon",
  "ProductCategoryCommonShort": "ProductCategoryCommonShort",
  "ProductCommonShort": "ProductCommonShort",
  "ProductForOrg": "ProductForOrg",
  "RoundingRuleCommon": "RoundingRuleCommon",
  "StatisticRegionCommonShort": "StatisticRegionCommonShort",
  "Template": "Template",
  "TrialForOrgSerializerV1": "TrialForOrgSerializerV1",
  "TrialOptionForOrgSerializerV1": "TrialOptionForOrgSerializerV1",
  "UnitCommon": "UnitCommon",
  "Usage": "Usage"
} as const;
