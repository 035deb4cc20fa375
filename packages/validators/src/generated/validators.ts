// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.AddendumCommonShort`. */
export const AddendumCommonShortValidator: Validator<T.AddendumCommonShort> = createValidator("AddendumCommonShort", standalone.schema_AddendumCommonShort);
export const validateAddendumCommonShort = AddendumCommonShortValidator.validate;
export const isAddendumCommonShort: (data: unknown) => data is T.AddendumCommonShort = AddendumCommonShortValidator.is;
export const assertAddendumCommonShort: (data: unknown) => asserts data is T.AddendumCommonShort = AddendumCommonShortValidator.assert;

/** Validates `components.schemas.AddendumForOrgSerializerV1`. */
export const AddendumForOrgSerializerV1Validator: Validator<T.AddendumForOrgSerializerV1> = createValidator("AddendumForOrgSerializerV1", standalone.schema_AddendumForOrgSerializerV1);
export const validateAddendumForOrgSerializerV1 = AddendumForOrgSerializerV1Validator.validate;
export const isAddendumForOrgSerializerV1: (data: unknown) => data is T.AddendumForOrgSerializerV1 = AddendumForOrgSerializerV1Validator.is;
export const assertAddendumForOrgSerializerV1: (data: unknown) => asserts data is T.AddendumForOrgSerializerV1 = AddendumForOrgSerializerV1Validator.assert;

/** Validates `components.schemas.AdminPlanItemCommonShort`. */
export const AdminPlanItemCommonShortValidator: Validator<T.AdminPlanItemCommonShort> = createValidator("AdminPlanItemCommonShort", standalone.schema_AdminPlanItemCommonShort);
export const validateAdminPlanItemCommonShort = AdminPlanItemCommonShortValidator.validate;
export const isAdminPlanItemCommonShort: (data: unknown) => data is T.AdminPlanItemCommonShort = AdminPlanItemCommonShortValidator.is;
export const assertAdminPlanItemCommonShort: (data: unknown) => asserts data is T.AdminPlanItemCommonShort = AdminPlanItemCommonShortValidator.assert;

/** Validates `components.schemas.CalcRule`. */
export const CalcRuleValidator: Validator<T.CalcRule> = createValidator("CalcRule", standalone.schema_CalcRule);
export const validateCalcRule = CalcRuleValidator.validate;
export const isCalcRule: (data: unknown) => data is T.CalcRule = CalcRuleValidator.is;
export const assertCalcRule: (data: unknown) => asserts data is T.CalcRule = CalcRuleValidator.assert;

/** Validates `components.schemas.CurrencyCommonShort`. */
export const CurrencyCommonShortValidator: Validator<T.CurrencyCommonShort> = createValidator("CurrencyCommonShort", standalone.schema_CurrencyCommonShort);
export const validateCurrencyCommonShort = CurrencyCommonShortValidator.validate;
export const isCurrencyCommonShort: (data: unknown) => data is T.CurrencyCommonShort = CurrencyCommonShortValidator.is;
export const assertCurrencyCommonShort: (data: unknown) => asserts data is T.CurrencyCommonShort = CurrencyCommonShortValidator.assert;

/** Validates `components.schemas.CurrencyForOrg`. */
export const CurrencyForOrgValidator: Validator<T.CurrencyForOrg> = createValidator("CurrencyForOrg", standalone.schema_CurrencyForOrg);
export const validateCurrencyForOrg = CurrencyForOrgValidator.validate;
export const isCurrencyForOrg: (data: unknown) => data is T.CurrencyForOrg = CurrencyForOrgValidator.is;
export const assertCurrencyForOrg: (data: unknown) => asserts data is T.CurrencyForOrg = CurrencyForOrgValidator.assert;

/** Validates `components.schemas.CustomerCommonShort`. */
export const CustomerCommonShortValidator: Validator<T.CustomerCommonShort> = createValidator("CustomerCommonShort", standalone.schema_CustomerCommonShort);
export const validateCustomerCommonShort = CustomerCommonShortValidator.validate;
export const isCustomerCommonShort: (data: unknown) => data is T.CustomerCommonShort = CustomerCommonShortValidator.is;
export const assertCustomerCommonShort: (data: unknown) => asserts data is T.CustomerCommonShort = CustomerCommonShortValidator.assert;

/** Validates `components.schemas.CustomerPayerCommonShort`. */
export const CustomerPayerCommonShortValidator: Validator<T.CustomerPayerCommonShort> = createValidator("CustomerPayerCommonShort", standalone.schema_CustomerPayerCommonShort);
export const validateCustomerPayerCommonShort = CustomerPayerCommonShortValidator.validate;
export const isCustomerPayerCommonShort: (data: unknown) => data is T.CustomerPayerCommonShort = CustomerPayerCommonShortValidator.is;
export const assertCustomerPayerCommonShort: (data: unknown) => asserts data is T.CustomerPayerCommonShort = CustomerPayerCommonShortValidator.assert;

/** Validates `components.schemas.DateTimeTZRange`. */
export const DateTimeTZRangeValidator: Validator<T.DateTimeTZRange> = createValidator("DateTimeTZRange", standalone.schema_DateTimeTZRange);
export const validateDateTimeTZRange = DateTimeTZRangeValidator.validate;
export const isDateTimeTZRange: (data: unknown) => data is T.DateTimeTZRange = DateTimeTZRangeValidator.is;
export const assertDateTimeTZRange: (data: unknown) => asserts data is T.DateTimeTZRange = DateTimeTZRangeValidator.assert;

/** Validates `components.schemas.DiscountCommonShort`. */
export const DiscountCommonShortValidator: Validator<T.DiscountCommonShort> = createValidator("DiscountCommonShort", standalone.schema_DiscountCommonShort);
export const validateDiscountCommonShort = DiscountCommonShortValidator.validate;
export const isDiscountCommonShort: (data: unknown) => data is T.DiscountCommonShort = DiscountCommonShortValidator.is;
export const assertDiscountCommonShort: (data: unknown) => asserts data is T.DiscountCommonShort = DiscountCommonShortValidator.assert;

/** Validates `components.schemas.ErpInvoiceExternal`. */
export const ErpInvoiceValidator: Validator<T.ErpInvoice> = createValidator("ErpInvoice", standalone.schema_ErpInvoice);
export const validateErpInvoice = ErpInvoiceValidator.validate;
export const isErpInvoice: (data: unknown) => data is T.ErpInvoice = ErpInvoiceValidator.is;
export const assertErpInvoice: (data: unknown) => asserts data is T.ErpInvoice = ErpInvoiceValidator.assert;

/** Validates `components.schemas.ExpenseForOrgSerializerV1`. */
export const ExpenseForOrgSerializerV1Validator: Validator<T.ExpenseForOrgSerializerV1> = createValidator("ExpenseForOrgSerializerV1", standalone.schema_ExpenseForOrgSerializerV1);
export const validateExpenseForOrgSerializerV1 = ExpenseForOrgSerializerV1Validator.validate;
export const isExpenseForOrgSerializerV1: (data: unknown) => data is T.ExpenseForOrgSerializerV1 = ExpenseForOrgSerializerV1Validator.is;
export const assertExpenseForOrgSerializerV1: (data: unknown) => asserts data is T.ExpenseForOrgSerializerV1 = ExpenseForOrgSerializerV1Validator.assert;

/** Validates `components.schemas.FeatureCommonExternal`. */
export const FeatureCommonExternalValidator: Validator<T.FeatureCommonExternal> = createValidator("FeatureCommonExternal", standalone.schema_FeatureCommonExternal);
export const validateFeatureCommonExternal = FeatureCommonExternalValidator.validate;
export const isFeatureCommonExternal: (data: unknown) => data is T.FeatureCommonExternal = FeatureCommonExternalValidator.is;
export const assertFeatureCommonExternal: (data: unknown) => asserts data is T.FeatureCommonExternal = FeatureCommonExternalValidator.assert;

/** Validates `components.schemas.FeatureCommonShort`. */
export const FeatureCommonShortValidator: Validator<T.FeatureCommonShort> = createValidator("FeatureCommonShort", standalone.schema_FeatureCommonShort);
export const validateFeatureCommonShort = FeatureCommonShortValidator.validate;
export const isFeatureCommonShort: (data: unknown) => data is T.FeatureCommonShort = FeatureCommonShortValidator.is;
export const assertFeatureCommonShort: (data: unknown) => asserts data is T.FeatureCommonShort = FeatureCommonShortValidator.assert;

/** Validates `components.schemas.FileTask`. */
export const FileTaskValidator: Validator<T.FileTask> = createValidator("FileTask", standalone.schema_FileTask);
export const validateFileTask = FileTaskValidator.validate;
export const isFileTask: (data: unknown) => data is T.FileTask = FileTaskValidator.is;
export const assertFileTask: (data: unknown) => asserts data is T.FileTask = FileTaskValidator.assert;

/** Validates `components.schemas.InvoiceItemIDsShort`. */
export const InvoiceItemIDsShortValidator: Validator<T.InvoiceItemIDsShort> = createValidator("InvoiceItemIDsShort", standalone.schema_InvoiceItemIDsShort);
export const validateInvoiceItemIDsShort = InvoiceItemIDsShortValidator.validate;
export const isInvoiceItemIDsShort: (data: unknown) => data is T.InvoiceItemIDsShort = InvoiceItemIDsShortValidator.is;
export const assertInvoiceItemIDsShort: (data: unknown) => asserts data is T.InvoiceItemIDsShort = InvoiceItemIDsShortValidator.assert;

/** Validates `components.schemas.OrgReportTaskRequest`. */
export const OrgReportTaskRequestValidator: Validator<T.OrgReportTaskRequest> = createValidator("OrgReportTaskRequest", standalone.schema_OrgReportTaskRequest);
export const validateOrgReportTaskRequest = OrgReportTaskRequestValidator.validate;
export const isOrgReportTaskRequest: (data: unknown) => data is T.OrgReportTaskRequest = OrgReportTaskRequestValidator.is;
export const assertOrgReportTaskRequest: (data: unknown) => asserts data is T.OrgReportTaskRequest = OrgReportTaskRequestValidator.assert;

/** Validates `components.schemas.PaginatedAddendumForOrgSerializerV1List`. */
export const PaginatedAddendumForOrgSerializerV1ListValidator: Validator<T.PaginatedAddendumForOrgSerializerV1List> = createValidator("PaginatedAddendumForOrgSerializerV1List", standalone.schema_PaginatedAddendumForOrgSerializerV1List);
export const validatePaginatedAddendumForOrgSerializerV1List = PaginatedAddendumForOrgSerializerV1ListValidator.validate;
export const isPaginatedAddendumForOrgSerializerV1List: (data: unknown) => data is T.PaginatedAddendumForOrgSerializerV1List = PaginatedAddendumForOrgSerializerV1ListValidator.is;
export const assertPaginatedAddendumForOrgSerializerV1List: (data: unknown) => asserts data is T.PaginatedAddendumForOrgSerializerV1List = PaginatedAddendumForOrgSerializerV1ListValidator.assert;

/** Validates `components.schemas.PaginatedCalcRuleList`. */
export const PaginatedCalcRuleListValidator: Validator<T.PaginatedCalcRuleList> = createValidator("PaginatedCalcRuleList", standalone.schema_PaginatedCalcRuleList);
export const validatePaginatedCalcRuleList = PaginatedCalcRuleListValidator.validate;
export const isPaginatedCalcRuleList: (data: unknown) => data is T.PaginatedCalcRuleList = PaginatedCalcRuleListValidator.is;
export const assertPaginatedCalcRuleList: (data: unknown) => asserts data is T.PaginatedCalcRuleList = PaginatedCalcRuleListValidator.assert;

/** Validates `components.schemas.PaginatedCurrencyForOrgList`. */
export const PaginatedCurrencyForOrgListValidator: Validator<T.PaginatedCurrencyForOrgList> = createValidator("PaginatedCurrencyForOrgList", standalone.schema_PaginatedCurrencyForOrgList);
export const validatePaginatedCurrencyForOrgList = PaginatedCurrencyForOrgListValidator.validate;
export const isPaginatedCurrencyForOrgList: (data: unknown) => data is T.PaginatedCurrencyForOrgList = PaginatedCurrencyForOrgListValidator.is;
export const assertPaginatedCurrencyForOrgList: (data: unknown) => asserts data is T.PaginatedCurrencyForOrgList = PaginatedCurrencyForOrgListValidator.assert;

/** Validates `components.schemas.PaginatedErpInvoiceExternalList`. */
export const PaginatedErpInvoiceExternalListValidator: Validator<T.PaginatedErpInvoiceExternalList> = createValidator("PaginatedErpInvoiceExternalList", standalone.schema_PaginatedErpInvoiceExternalList);
export const validatePaginatedErpInvoiceExternalList = PaginatedErpInvoiceExternalListValidator.validate;
export const isPaginatedErpInvoiceExternalList: (data: unknown) => data is T.PaginatedErpInvoiceExternalList = PaginatedErpInvoiceExternalListValidator.is;
export const assertPaginatedErpInvoiceExternalList: (data: unknown) => asserts data is T.PaginatedErpInvoiceExternalList = PaginatedErpInvoiceExternalListValidator.assert;

/** Validates `components.schemas.PaginatedExpenseForOrgSerializerV1List`. */
export const PaginatedExpenseForOrgSerializerV1ListValidator: Validator<T.PaginatedExpenseForOrgSerializerV1List> = createValidator("PaginatedExpenseForOrgSerializerV1List", standalone.schema_PaginatedExpenseForOrgSerializerV1List);
export const validatePaginatedExpenseForOrgSerializerV1List = PaginatedExpenseForOrgSerializerV1ListValidator.validate;
export const isPaginatedExpenseForOrgSerializerV1List: (data: unknown) => data is T.PaginatedExpenseForOrgSerializerV1List = PaginatedExpenseForOrgSerializerV1ListValidator.is;
export const assertPaginatedExpenseForOrgSerializerV1List: (data: unknown) => asserts data is T.PaginatedExpenseForOrgSerializerV1List = PaginatedExpenseForOrgSerializerV1ListValidator.assert;

/** Validates `components.schemas.PaginatedFileTaskList`. */
export const PaginatedFileTaskListValidator: Validator<T.PaginatedFileTaskList> = createValidator("PaginatedFileTaskList", standalone.schema_PaginatedFileTaskList);
export const validatePaginatedFileTaskList = PaginatedFileTaskListValidator.validate;
export const isPaginatedFileTaskList: (data: unknown) => data is T.PaginatedFileTaskList = PaginatedFileTaskListValidator.is;
export const assertPaginatedFileTaskList: (data: unknown) => asserts data is T.PaginatedFileTaskList = PaginatedFileTaskListValidator.assert;

/** Validates `components.schemas.PaginatedPlanContentForOrgSerializerV1List`. */
export const PaginatedPlanContentForOrgSerializerV1ListValidator: Validator<T.PaginatedPlanContentForOrgSerializerV1List> = createValidator("PaginatedPlanContentForOrgSerializerV1List", standalone.schema_PaginatedPlanContentForOrgSerializerV1List);
export const validatePaginatedPlanContentForOrgSerializerV1List = PaginatedPlanContentForOrgSerializerV1ListValidator.validate;
export const isPaginatedPlanContentForOrgSerializerV1List: (data: unknown) => data is T.PaginatedPlanContentForOrgSerializerV1List = PaginatedPlanContentForOrgSerializerV1ListValidator.is;
export const assertPaginatedPlanContentForOrgSerializerV1List: (data: unknown) => asserts data is T.PaginatedPlanContentForOrgSerializerV1List = PaginatedPlanContentForOrgSerializerV1ListValidator.assert;

/** Validates `components.schemas.PaginatedProductForOrgList`. */
export const PaginatedProductForOrgListValidator: Validator<T.PaginatedProductForOrgList> = createValidator("PaginatedProductForOrgList", standalone.schema_PaginatedProductForOrgList);
export const validatePaginatedProductForOrgList = PaginatedProductForOrgListValidator.validate;
export const isPaginatedProductForOrgList: (data: unknown) => data is T.PaginatedProductForOrgList = PaginatedProductForOrgListValidator.is;
export const assertPaginatedProductForOrgList: (data: unknown) => asserts data is T.PaginatedProductForOrgList = PaginatedProductForOrgListValidator.assert;

/** Validates `components.schemas.PaginatedTemplateList`. */
export const PaginatedTemplateListValidator: Validator<T.PaginatedTemplateList> = createValidator("PaginatedTemplateList", standalone.schema_PaginatedTemplateList);
export const validatePaginatedTemplateList = PaginatedTemplateListValidator.validate;
export const isPaginatedTemplateList: (data: unknown) => data is T.PaginatedTemplateList = PaginatedTemplateListValidator.is;
export const assertPaginatedTemplateList: (data: unknown) => asserts data is T.PaginatedTemplateList = PaginatedTemplateListValidator.assert;

/** Validates `components.schemas.PaginatedTrialForOrgSerializerV1List`. */
export const PaginatedTrialForOrgSerializerV1ListValidator: Validator<T.PaginatedTrialForOrgSerializerV1List> = createValidator("PaginatedTrialForOrgSerializerV1List", standalone.schema_PaginatedTrialForOrgSerializerV1List);
export const validatePaginatedTrialForOrgSerializerV1List = PaginatedTrialForOrgSerializerV1ListValidator.validate;
export const isPaginatedTrialForOrgSerializerV1List: (data: unknown) => data is T.PaginatedTrialForOrgSerializerV1List = PaginatedTrialForOrgSerializerV1ListValidator.is;
export const assertPaginatedTrialForOrgSerializerV1List: (data: unknown) => asserts data is T.PaginatedTrialForOrgSerializerV1List = PaginatedTrialForOrgSerializerV1ListValidator.assert;

/** Validates `components.schemas.PatchedTrialUpdateForOrgSerializerV1Request`. */
export const PatchedTrialUpdateForOrgSerializerV1RequestValidator: Validator<T.PatchedTrialUpdateForOrgSerializerV1Request> = createValidator("PatchedTrialUpdateForOrgSerializerV1Request", standalone.schema_PatchedTrialUpdateForOrgSerializerV1Request);
export const validatePatchedTrialUpdateForOrgSerializerV1Request = PatchedTrialUpdateForOrgSerializerV1RequestValidator.validate;
export const isPatchedTrialUpdateForOrgSerializerV1Request: (data: unknown) => data is T.PatchedTrialUpdateForOrgSerializerV1Request = PatchedTrialUpdateForOrgSerializerV1RequestValidator.is;
export const assertPatchedTrialUpdateForOrgSerializerV1Request: (data: unknown) => asserts data is T.PatchedTrialUpdateForOrgSerializerV1Request = PatchedTrialUpdateForOrgSerializerV1RequestValidator.assert;

/** Validates `components.schemas.PlanCommonShort`. */
export const PlanCommonShortValidator: Validator<T.PlanCommonShort> = createValidator("PlanCommonShort", standalone.schema_PlanCommonShort);
export const validatePlanCommonShort = PlanCommonShortValidator.validate;
export const isPlanCommonShort: (data: unknown) => data is T.PlanCommonShort = PlanCommonShortValidator.is;
export const assertPlanCommonShort: (data: unknown) => asserts data is T.PlanCommonShort = PlanCommonShortValidator.assert;

/** Validates `components.schemas.PlanContentForOrgSerializerV1`. */
export const PlanContentForOrgSerializerV1Validator: Validator<T.PlanContentForOrgSerializerV1> = createValidator("PlanContentForOrgSerializerV1", standalone.schema_PlanContentForOrgSerializerV1);
export const validatePlanContentForOrgSerializerV1 = PlanContentForOrgSerializerV1Validator.validate;
export const isPlanContentForOrgSerializerV1: (data: unknown) => data is T.PlanContentForOrgSerializerV1 = PlanContentForOrgSerializerV1Validator.is;
export const assertPlanContentForOrgSerializerV1: (data: unknown) => asserts data is T.PlanContentForOrgSerializerV1 = PlanContentForOrgSerializerV1Validator.assert;

/** Validates `components.schemas.PriceCommonShort`. */
export const PriceCommonShortValidator: Validator<T.PriceCommonShort> = createValidator("PriceCommonShort", standalone.schema_PriceCommonShort);
export const validatePriceCommonShort = PriceCommonShortValidator.validate;
export const isPriceCommonShort: (data: unknown) => data is T.PriceCommonShort = PriceCommonShortValidator.is;
export const assertPriceCommonShort: (data: unknown) => asserts data is T.PriceCommonShort = PriceCommonShortValidator.assert;

/** Validates `components.schemas.PriceStageCommon`. */
export const PriceStageCommonValidator: Validator<T.PriceStageCommon> = createValidator("PriceStageCommon", standalone.schema_PriceStageCommon);
export const validatePriceStageCommon = PriceStageCommonValidator.validate;
export const isPriceStageCommon: (data: unknown) => data is T.PriceStageCommon = PriceStageCommonValidator.is;
export const assertPriceStageCommon: (data: unknown) => asserts data is T.PriceStageCommon = PriceStageCommonValidator.assert;

/** Validates `components.schemas.ProductCategoryCommonShort`. */
export const ProductCategoryCommonShortValidator: Validator<T.ProductCategoryCommonShort> = createValidator("ProductCategoryCommonShort", standalone.schema_ProductCategoryCommonShort);
export const validateProductCategoryCommonShort = ProductCategoryCommonShortValidator.validate;
export const isProductCategoryCommonShort: (data: unknown) => data is T.ProductCategoryCommonShort = ProductCategoryCommonShortValidator.is;
export const assertProductCategoryCommonShort: (data: unknown) => asserts data is T.ProductCategoryCommonShort = ProductCategoryCommonShortValidator.assert;

/** Validates `components.schemas.ProductCommonShort`. */
export const ProductCommonShortValidator: Validator<T.ProductCommonShort> = createValidator("ProductCommonShort", standalone.schema_ProductCommonShort);
export const validateProductCommonShort = ProductCommonShortValidator.validate;
export const isProductCommonShort: (data: unknown) => data is T.ProductCommonShort = ProductCommonShortValidator.is;
export const assertProductCommonShort: (data: unknown) => asserts data is T.ProductCommonShort = ProductCommonShortValidator.assert;

/** Validates `components.schemas.ProductForOrg`. */
export const ProductForOrgValidator: Validator<T.ProductForOrg> = createValidator("ProductForOrg", standalone.schema_ProductForOrg);
export const validateProductForOrg = ProductForOrgValidator.validate;
export const isProductForOrg: (data: unknown) => data is T.ProductForOrg = ProductForOrgValidator.is;
export const assertProductForOrg: (data: unknown) => asserts data is T.ProductForOrg = ProductForOrgValidator.assert;

/** Validates `components.schemas.RoundingRuleCommon`. */
export const RoundingRuleCommonValidator: Validator<T.RoundingRuleCommon> = createValidator("RoundingRuleCommon", standalone.schema_RoundingRuleCommon);
export const validateRoundingRuleCommon = RoundingRuleCommonValidator.validate;
export const isRoundingRuleCommon: (data: unknown) => data is T.RoundingRuleCommon = RoundingRuleCommonValidator.is;
export const assertRoundingRuleCommon: (data: unknown) => asserts data is T.RoundingRuleCommon = RoundingRuleCommonValidator.assert;

/** Validates `components.schemas.StatisticRegionCommonShort`. */
export const StatisticRegionCommonShortValidator: Validator<T.StatisticRegionCommonShort> = createValidator("StatisticRegionCommonShort", standalone.schema_StatisticRegionCommonShort);
export const validateStatisticRegionCommonShort = StatisticRegionCommonShortValidator.validate;
export const isStatisticRegionCommonShort: (data: unknown) => data is T.StatisticRegionCommonShort = StatisticRegionCommonShortValidator.is;
export const assertStatisticRegionCommonShort: (data: unknown) => asserts data is T.StatisticRegionCommonShort = StatisticRegionCommonShortValidator.assert;

/** Validates `components.schemas.Template`. */
export const TemplateValidator: Validator<T.Template> = createValidator("Template", standalone.schema_Template);
export const validateTemplate = TemplateValidator.validate;
export const isTemplate: (data: unknown) => data is T.Template = TemplateValidator.is;
export const assertTemplate: (data: unknown) => asserts data is T.Template = TemplateValidator.assert;

/** Validates `components.schemas.TrialForOrgSerializerV1`. */
export const TrialForOrgSerializerV1Validator: Validator<T.TrialForOrgSerializerV1> = createValidator("TrialForOrgSerializerV1", standalone.schema_TrialForOrgSerializerV1);
export const validateTrialForOrgSerializerV1 = TrialForOrgSerializerV1Validator.validate;
export const isTrialForOrgSerializerV1: (data: unknown) => data is T.TrialForOrgSerializerV1 = TrialForOrgSerializerV1Validator.is;
export const assertTrialForOrgSerializerV1: (data: unknown) => asserts data is T.TrialForOrgSerializerV1 = TrialForOrgSerializerV1Validator.assert;

/** Validates `components.schemas.TrialOptionForOrgSerializerV1`. */
export const TrialOptionForOrgSerializerV1Validator: Validator<T.TrialOptionForOrgSerializerV1> = createValidator("TrialOptionForOrgSerializerV1", standalone.schema_TrialOptionForOrgSerializerV1);
export const validateTrialOptionForOrgSerializerV1 = TrialOptionForOrgSerializerV1Validator.validate;
export const isTrialOptionForOrgSerializerV1: (data: unknown) => data is T.TrialOptionForOrgSerializerV1 = TrialOptionForOrgSerializerV1Validator.is;
export const assertTrialOptionForOrgSerializerV1: (data: unknown) => asserts data is T.TrialOptionForOrgSerializerV1 = TrialOptionForOrgSerializerV1Validator.assert;

/** Validates `components.schemas.UnitCommon`. */
export const UnitCommonValidator: Validator<T.UnitCommon> = createValidator("UnitCommon", standalone.schema_UnitCommon);
export const validateUnitCommon = UnitCommonValidator.validate;
export const isUnitCommon: (data: unknown) => data is T.UnitCommon = UnitCommonValidator.is;
export const assertUnitCommon: (data: unknown) => asserts data is T.UnitCommon = UnitCommonValidator.assert;

/** Validates `components.schemas.Usage`. */
export const UsageValidator: Validator<T.Usage> = createValidator("Usage", standalone.schema_Usage);
export const validateUsage = UsageValidator.validate;
export const isUsage: (data: unknown) => data is T.Usage = UsageValidator.is;
export const assertUsage: (data: unknown) => asserts data is T.Usage = UsageValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "AddendumCommonShort": AddendumCommonShortValidator,
  "AddendumForOrgSerializerV1": AddendumForOrgSerializerV1Validator,
  "AdminPlanItemCommonShort": AdminPlanItemCommonShortValidator,
  "CalcRule": CalcRuleValidator,
  "CurrencyCommonShort": CurrencyCommonShortValidator,
  "CurrencyForOrg": CurrencyForOrgValidator,
  "CustomerCommonShort": CustomerCommonShortValidator,
  "CustomerPayerCommonShort": CustomerPayerCommonShortValidator,
  "DateTimeTZRange": DateTimeTZRangeValidator,
  "DiscountCommonShort": DiscountCommonShortValidator,
  "ErpInvoice": ErpInvoiceValidator,
  "ErpInvoiceExternal": ErpInvoiceValidator,
  "ExpenseForOrgSerializerV1": ExpenseForOrgSerializerV1Validator,
  "FeatureCommonExternal": FeatureCommonExternalValidator,
  "FeatureCommonShort": FeatureCommonShortValidator,
  "FileTask": FileTaskValidator,
  "InvoiceItemIDsShort": InvoiceItemIDsShortValidator,
  "OrgReportTaskRequest": OrgReportTaskRequestValidator,
  "PaginatedAddendumForOrgSerializerV1List": PaginatedAddendumForOrgSerializerV1ListValidator,
  "PaginatedCalcRuleList": PaginatedCalcRuleListValidator,
  "PaginatedCurrencyForOrgList": PaginatedCurrencyForOrgListValidator,
  "PaginatedErpInvoiceExternalList": PaginatedErpInvoiceExternalListValidator,
  "PaginatedExpenseForOrgSerializerV1List": PaginatedExpenseForOrgSerializerV1ListValidator,
  "PaginatedFileTaskList": PaginatedFileTaskListValidator,
  "PaginatedPlanContentForOrgSerializerV1List": PaginatedPlanContentForOrgSerializerV1ListValidator,
  "PaginatedProductForOrgList": PaginatedProductForOrgListValidator,
  "PaginatedTemplateList": PaginatedTemplateListValidator,
  "PaginatedTrialForOrgSerializerV1List": PaginatedTrialForOrgSerializerV1ListValidator,
  "PatchedTrialUpdateForOrgSerializerV1Request": PatchedTrialUpdateForOrgSerializerV1RequestValidator,
  "PlanCommonShort": PlanCommonShortValidator,
  "PlanContentForOrgSerializerV1": PlanContentForOrgSerializerV1Validator,
  "PriceCommonShort": PriceCommonShortValidator,
  "PriceStageCommon": PriceStageCommonValidator,
  "ProductCategoryCommonShort": ProductCategoryCommonShortValidator,
  "ProductCommonShort": ProductCommonShortValidator,
  "ProductForOrg": ProductForOrgValidator,
  "RoundingRuleCommon": RoundingRuleCommonValidator,
  "StatisticRegionCommonShort": StatisticRegionCommonShortValidator,
  "Template": TemplateValidator,
  "TrialForOrgSerializerV1": TrialForOrgSerializerV1Validator,
  "TrialOptionForOrgSerializerV1": TrialOptionForOrgSerializerV1Validator,
  "UnitCommon": UnitCommonValidator,
  "Usage": UsageValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
  "v1_addendums_list": {
    "200": createValidator("v1_addendums_list 200 response", standalone.response_v1_addendums_list_200),
  },
  "v1_addendums_retrieve": {
    "200": createValidator("v1_addendums_retrieve 200 response", standalone.response_v1_addendums_retrieve_200),
  },
  "v1_calc_rules_list": {
    "200": createValidator("v1_calc_rules_list 200 response", standalone.response_v1_calc_rules_list_200),
  },
  "v1_calc_rules_retrieve": {
    "200": createValidator("v1_calc_rules_retrieve 200 response", standalone.response_v1_calc_rules_retrieve_200),
  },
  "v1_currencies_list": {
    "200": createValidator("v1_currencies_list 200 response", standalone.response_v1_currencies_list_200),
  },
  "v1_currencies_retrieve": {
    "200": createValidator("v1_currencies_retrieve 200 response", standalone.response_v1_currencies_retrieve_200),
  },
  "v1_erp_invoices_list": {
    "200": createValidator("v1_erp_invoices_list 200 response", standalone.response_v1_erp_invoices_list_200),
  },
  "v1_erp_invoices_retrieve": {
    "200": createValidator("v1_erp_invoices_retrieve 200 response", standalone.response_v1_erp_invoices_retrieve_200),
  },
  "v1_expenses_list": {
    "200": createValidator("v1_expenses_list 200 response", standalone.response_v1_expenses_list_200),
  },
  "v1_expenses_retrieve": {
    "200": createValidator("v1_expenses_retrieve 200 response", standalone.response_v1_expenses_retrieve_200),
  },
  "v1_plans_contents_list": {
    "200": createValidator("v1_plans_contents_list 200 response", standalone.response_v1_plans_contents_list_200),
  },
  "v1_products_list": {
    "200": createValidator("v1_products_list 200 response", standalone.response_v1_products_list_200),
  },
  "v1_products_retrieve": {
    "200": createValidator("v1_products_retrieve 200 response", standalone.response_v1_products_retrieve_200),
  },
  "v1_reports_create": {
    "201": createValidator("v1_reports_create 201 response", standalone.response_v1_reports_create_201),
  },
  "v1_reports_download_retrieve": {
    "200": createValidator("v1_reports_download_retrieve 200 response", standalone.response_v1_reports_download_retrieve_200),
  },
  "v1_reports_list": {
    "200": createValidator("v1_reports_list 200 response", standalone.response_v1_reports_list_200),
  },
  "v1_reports_retrieve": {
    "200": createValidator("v1_reports_retrieve 200 response", standalone.response_v1_reports_retrieve_200),
  },
  "v1_reports_templates_list": {
    "200": createValidator("v1_reports_templates_list 200 response", standalone.response_v1_reports_templates_list_200),
  },
  "v1_trials_list": {
    "200": createValidator("v1_trials_list 200 response", standalone.response_v1_trials_list_200),
  },
  "v1_trials_partial_update": {
    "200": createValidator("v1_trials_partial_update 200 response", standalone.response_v1_trials_partial_update_200),
  },
  "v1_trials_retrieve": {
    "200": createValidator("v1_trials_retrieve 200 response", standalone.response_v1_trials_retrieve_200),
  },
  "v1_trials_start_trial_data_retrieve": {
    "200": createValidator("v1_trials_start_trial_data_retrieve 200 response", standalone.response_v1_trials_start_trial_data_retrieve_200),
  },
};
