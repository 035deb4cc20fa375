// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";
import { ucs2length as __runtime_ucs2length } from "../runtime/ajv-runtime.js";

const formats_date = __formats.date;
const formats_date_time = __formats["date-time"];
const formats_uri = __formats.uri;
const formats_uuid = __formats.uuid;
const func_runtime_ucs2length = __runtime_ucs2length;
const schema_AddendumCommonShort_schema0 = {"type":"object","properties":{"id":{"type":"integer"},
		"active_range":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/DateTimeTZRange"}]},"status":{"enum":["upcoming","active","paused","stopped"],
		"type":"string"}},"required":["active_range","id"]};
const schema_AddendumForOrgSerializerV1_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"client_id":{"type":"integer"},
		"client":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/CustomerPayerCommonShort"}]},"status":{"enum":["upcoming","active","paused","stopped"],
		"type":"string"},"active_range":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/DateTimeTZRange"}]},"created_at":{"type":"string",
		"format":"date-time"},"currency":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/CurrencyCommonShort"}]},
		"plan":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/PlanCommonShort"}]},
		"product":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/ProductCommonShort"}]},"status_at_active_at":{"type":["string","null"]}},
		"required":["active_range","client","client_id","created_at","currency","id","plan","product","status","status_at_active_at"]};
const schema_AdminPlanItemCommonShort_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"default":{"type":"boolean"},"comment":{"type":["string",
		"null"],"maxLength":1000},"description":{"type":["string","null"],"maxLength":1000}},"required":["default","id"]};
const schema_CalcRule_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"name":{"type":"string"},"rule_type":{"enum":["commit","overcommit",
		"stepped","staged","commit_hourly"],"type":"string"}},"required":["id","name","rule_type"]};
const schema_CurrencyCommonShort_pattern0 = new RegExp("^[A-Z]{3}$", "u");
const schema_CurrencyCommonShort_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"char_code":{"type":"string","pattern":"^[A-Z]{3}$",
		"maxLength":3},"symbol":{"type":["string","null"],"maxLength":10}},"required":["char_code","id"]};
const schema_CurrencyForOrg_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"char_code":{"type":"string","pattern":"^[A-Z]{3}$","maxLength":3},
		"number_code":{"type":["integer","null"],"maximum":2147483647,"minimum":-2147483648},"name_en":{"type":"string","maxLength":255},"symbol":{"type":["string",
		"null"],"maxLength":10}},"required":["char_code","id","name_en"]};
const schema_CustomerCommonShort_schema0 = {"type":"object","properties":{"id":{"type":"integer","minimum":1},"company_name":{"type":["string","null"]}},
		"required":["company_name","id"]};
const schema_DateTimeTZRange_schema0 = {"type":"object","properties":{"start":{"type":["string","null"],"format":"date-time"},"end":{"type":["string","null"],
		"format":"date-time"}}};
const schema_DiscountCommonShort_pattern0 = new RegExp("^-?\\d{0,24}(?:\\.\\d{0,12})?$", "u");
const schema_DiscountCommonShort_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"relative_value":{"type":"string",
		"pattern":"^-?\\d{0,24}(?:\\.\\d{0,12})?$"},"comment":{"type":["string","null"],"maxLength":1000}},"required":["id","relative_value"]};
const schema_ErpInvoice_pattern0 = new RegExp("^\\d{1,3}\\.\\d{12}$", "u");
const schema_ErpInvoice_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"name":{"type":"string"},"move_type":{"enum":["out_invoice",
		"out_refund"],"type":"string"},"currency":{"type":"string"},"invoice_date":{"type":["string","null"],"format":"date"},"invoice_date_due":{"type":["string",
		"null"],"format":"date"},"billing_period_from":{"type":["string","null"],"format":"date"},"billing_period_to":{"type":["string","null"],"format":"date"},
		"amount_untaxed":{"type":"string","pattern":"^\\d{1,3}\\.\\d{12}$"},"amount_tax":{"type":"string","pattern":"^\\d{1,3}\\.\\d{12}$"},
		"amount_total":{"type":"string","pattern":"^\\d{1,3}\\.\\d{12}$"},"payment_state":{"enum":["not_paid","paid","partial","reversed","in_payment"],
		"type":"string"},"client_id":{"type":"integer","maximum":2147483647,"minimum":-2147483648},"payer_id":{"type":"integer"},"invoice_id":{"type":["integer",
		"null"]},"created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"}},"required":["amount_tax","amount_total",
		"amount_untaxed","billing_period_from","billing_period_to","client_id","created_at","currency","id","invoice_date","invoice_date_due","invoice_id","move_type",
		"name","payer_id","payment_state","updated_at"]};
const schema_ExpenseForOrgSerializerV1_pattern0 = new RegExp("^\\d{1,2}\\.\\d{2}$", "u");
const schema_ExpenseForOrgSerializerV1_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"client_id":{"type":"integer"},
		"payer_id":{"type":["integer","null"]},"client":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/CustomerPayerCommonShort"}]},
		"comment":{"type":["string","null"]},"for_date":{"type":"string","format":"date-time"},
		"period_range":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/DateTimeTZRange"}]},"calc_rule_type":{"enum":["commit","overcommit","stepped",
		"staged","commit_hourly"],"type":"string"},"currency":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/CurrencyCommonShort"}]},
		"money_value":{"type":"string","pattern":"^\\d{1,3}\\.\\d{12}$"},"tax_value":{"type":"string","pattern":"^\\d{1,3}\\.\\d{12}$"},"tax_rate":{"type":"string",
		"pattern":"^\\d{1,2}\\.\\d{2}$"},"usage":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/Usage"}]},"metric_ext_name":{"type":"string"},
		"region":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/StatisticRegionCommonShort"}]},"discount_value":{"type":"string",
		"pattern":"^\\d{1,3}\\.\\d{12}$"},"discount":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/DiscountCommonShort"}]},"deleted":{"type":"boolean"},
		"description":{"type":"string"},"product_category":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/ProductCategoryCommonShort"}]},
		"product":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/ProductCommonShort"}]},
		"addendum":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/AddendumCommonShort"}]},
		"plan":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/PlanCommonShort"}]},
		"feature":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/FeatureCommonShort"}]},"subscription":{"type":["string","null"]},
		"plan_item":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/AdminPlanItemCommonShort"}]},"invoices":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/InvoiceItemIDsShort"}}},"required":["addendum","calc_rule_type","client","client_id","comment",
		"currency","deleted","description","discount","discount_value","feature","for_date","id","invoices","metric_ext_name","money_value","payer_id","period_range",
		"plan","plan_item","product","product_category","region","subscription","tax_rate","tax_value","usage"]};
const schema_FeatureCommonShort_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"name":{"type":"string"},"erp_sku_id":{"type":["string",
		"null"]}},"required":["erp_sku_id","id","name"]};
const schema_FileTask_schema0 = {"type":"object","properties":{"uuid":{"type":"string","format":"uuid"},"created_at":{"type":"string","format":"date-time"},
		"updated_at":{"type":"string","format":"date-time"},"user_id":{"type":"integer"},"client_id":{"type":"integer"},"task_type":{"enum":["ClosingPeriod",
		"ImportData","Report","StopSubscriptions"],"type":"string"},"status":{"enum":["Pending","InProgress","Completed","Failed","Cancelled"],"type":"string",
		"default":"Pending"},"parameters":{"type":"object","properties":{"type":{"type":"string"},"date_from":{"type":["string","null"],"format":"date"},
		"date_to":{"type":["string","null"],"format":"date"},"client_id":{"type":["integer","null"]}},"additionalProperties":true},"processing_notes":{"type":"object",
		"properties":{"celery_group_id":{"type":["string","null"]},"period":{"type":["string","null"]},"records_to_process":{"type":["integer","null"]},
		"errors":{"type":["array","null"],"items":{"type":"object"}},"warnings":{"type":["array","null"],"items":{"type":"object"}}},"additionalProperties":true}},
		"required":["client_id","created_at","processing_notes","status","task_type","updated_at","user_id","uuid"]};
const schema_PaginatedAddendumForOrgSerializerV1List_schema0 = {"type":"object","required":["count","results"],"properties":{"count":{"type":"integer"},
		"next":{"type":["string","null"],"format":"uri"},"previous":{"type":["string","null"],"format":"uri"},"results":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/AddendumForOrgSerializerV1"}}}};
const schema_PaginatedCalcRuleList_schema0 = {"type":"object","required":["count","results"],"properties":{"count":{"type":"integer"},"next":{"type":["string",
		"null"],"format":"uri"},"previous":{"type":["string","null"],"format":"uri"},"results":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/CalcRule"}}}};
const schema_PaginatedCurrencyForOrgList_schema0 = {"type":"object","required":["count","results"],"properties":{"count":{"type":"integer"},
		"next":{"type":["string","null"],"format":"uri"},"previous":{"type":["string","null"],"format":"uri"},"results":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/CurrencyForOrg"}}}};
const schema_PaginatedErpInvoiceExternalList_schema0 = {"type":"object","required":["count","results"],"properties":{"count":{"type":"integer"},
		"next":{"type":["string","null"],"format":"uri"},"previous":{"type":["string","null"],"format":"uri"},"results":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/ErpInvoiceExternal"}}}};
const schema_PaginatedExpenseForOrgSerializerV1List_schema0 = {"type":"object","required":["count","results"],"properties":{"count":{"type":"integer"},
		"next":{"type":["string","null"],"format":"uri"},"previous":{"type":["string","null"],"format":"uri"},"results":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/ExpenseForOrgSerializerV1"}}}};
const schema_PaginatedFileTaskList_schema0 = {"type":"object","required":["count","results"],"properties":{"count":{"type":"integer"},"next":{"type":["string",
		"null"],"format":"uri"},"previous":{"type":["string","null"],"format":"uri"},"results":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/FileTask"}}}};
const schema_PaginatedPlanContentForOrgSerializerV1List_schema0 = {"type":"object","required":["count","results"],"properties":{"count":{"type":"integer"},
		"next":{"type":["string","null"],"format":"uri"},"previous":{"type":["string","null"],"format":"uri"},"results":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/PlanContentForOrgSerializerV1"}}}};
const schema_PaginatedProductForOrgList_schema0 = {"type":"object","required":["count","results"],"properties":{"count":{"type":"integer"},
		"next":{"type":["string","null"],"format":"uri"},"previous":{"type":["string","null"],"format":"uri"},"results":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/ProductForOrg"}}}};
const schema_PaginatedTemplateList_schema0 = {"type":"object","required":["count","results"],"properties":{"count":{"type":"integer"},"next":{"type":["string",
		"null"],"format":"uri"},"previous":{"type":["string","null"],"format":"uri"},"results":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/Template"}}}};
const schema_PaginatedTrialForOrgSerializerV1List_schema0 = {"type":"object","required":["count","results"],"properties":{"count":{"type":"integer"},
		"next":{"type":["string","null"],"format":"uri"},"previous":{"type":["string","null"],"format":"uri"},"results":{"type":"array",
		"items":{"$ref":"https://gcore-billing-spec.invalid/schemas/TrialForOrgSerializerV1"}}}};
const schema_PlanContentForOrgSerializerV1_pattern0 = new RegExp("^-?\\d{0,24}(?:\\.\\d{0,8})?$", "u");
const schema_PlanContentForOrgSerializerV1_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"plan_id":{"type":"integer"},
		"default":{"type":"boolean"},"feature":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/FeatureCommonShort"}]},"metric_ext_name":{"type":"string"},
		"regions":{"type":"array","items":{"$ref":"https://gcore-billing-spec.invalid/schemas/StatisticRegionCommonShort"}},
		"product_category":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/ProductCategoryCommonShort"}]},
		"product":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/ProductCommonShort"}]},"calc_rule_type":{"enum":["commit","overcommit","stepped",
		"staged","commit_hourly"],"type":"string"},"unit":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/UnitCommon"}]},"unit_size":{"type":"string",
		"pattern":"^-?\\d{0,24}(?:\\.\\d{0,8})?$"},"price":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/PriceCommonShort"}]},
		"default_value":{"type":"string","pattern":"^-?\\d{0,24}(?:\\.\\d{0,8})?$"},
		"rounding_rule":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/RoundingRuleCommon"}]},"comment":{"type":"string"}},"required":["calc_rule_type",
		"comment","default","default_value","feature","id","metric_ext_name","plan_id","price","product","product_category","regions","rounding_rule","unit",
		"unit_size"]};
const schema_RoundingRuleCommon_schema0 = {"type":"object","properties":{"unit":{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/UnitCommon"}]},
		"value":{"type":"string","pattern":"^-?\\d{0,24}(?:\\.\\d{0,8})?$"},"round_operation":{"enum":["ceil","floor"],"type":"string"}},"required":["unit","value"]};
const schema_Template_schema0 = {"type":"object","properties":{"id":{"type":"integer"},"code":{"type":"string","maxLength":100},"name_en":{"type":"string",
		"maxLength":255},"description":{"type":["string","null"]},"parameters":{"type":"object","properties":{"parameters":{"type":"array","items":{"type":"object",
		"properties":{"name":{"type":"string"},"required":{"type":"boolean"},"type":{"type":"string"},"format":{"type":["string","null"]},
		"description":{"type":["string","null"]},"enum":{"type":["array","null"],"items":{"type":"string"}}},"required":["name"]}}}}},"required":["code","description",
		"id","name_en","parameters"]};
const schema_Usage_schema0 = {"type":"object","properties":{"amount":{"type":"string","pattern":"^\\d{1,3}\\.\\d{12}$"},"unit_name":{"type":["string","null"]}},
		"required":["amount","unit_name"]};

export function response_v1_reports_download_retrieve_200(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.headers !== undefined){
			let data0 = data.headers;
			const _errs1 = errors;
			const _errs2 = errors;
			if(Array.isArray(data0)){
				let valid2 = true;
				const len0 = data0.length;
				for(let i0=0; i0<len0; i0++){
					let data1 = data0[i0];
					const _errs3 = errors;
					if(typeof data1 !== "string"){
						const err0 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"#/properties/headers/items/type",keyword:"type",params:{type: "string"},
								message:"must be string"};
						(vErrors ??= []).push(err0);
						errors++;
					}
					const _errs4 = errors;
					var valid1 = _errs3 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err1 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err1);
				errors++;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.rows !== undefined){
			let data2 = data.rows;
			const _errs5 = errors;
			const _errs6 = errors;
			if(Array.isArray(data2)){
				let valid4 = true;
				const len1 = data2.length;
				for(let i1=0; i1<len1; i1++){
					let data3 = data2[i1];
					const _errs7 = errors;
					const _errs8 = errors;
					if(Array.isArray(data3)){
					}
					else {
						const err2 = {instancePath:instancePath+"/rows/" + i1,schemaPath:"#/properties/rows/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
						(vErrors ??= []).push(err2);
						errors++;
					}
					var valid3 = _errs7 === errors;
					if(!valid3){
						valid4 = false;
					}
				}
			}
			else {
				const err3 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err4);
		errors++;
	}
	response_v1_reports_download_retrieve_200.errors = vErrors;
	return errors === 0;
}

export function schema_AddendumCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.active_range === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "active_range"},
					message:"must have required property '"+"active_range"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.id === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.active_range !== undefined){
			let data1 = data.active_range;
			const _errs3 = errors;
			const _errs4 = errors;
			if(!(schema_DateTimeTZRange(data1, {instancePath:instancePath+"/active_range",parentData:data,parentDataProperty:"active_range",rootData}))){
				vErrors = vErrors === null ? schema_DateTimeTZRange.errors : vErrors.concat(schema_DateTimeTZRange.errors);
				errors = vErrors.length;
			}
			var valid1 = _errs4 === errors;
			var valid0 = _errs3 === errors;
		}
		if(data.status !== undefined){
			let data2 = data.status;
			const _errs5 = errors;
			if(typeof data2 !== "string"){
				const err3 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs6 = errors;
			const vSchema0 = schema_AddendumCommonShort_schema0.properties.status.enum;
			if(!((((data2 === "upcoming") || (data2 === "active")) || (data2 === "paused")) || (data2 === "stopped"))){
				const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",
						params:{allowedValues: schema_AddendumCommonShort_schema0.properties.status.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err5);
		errors++;
	}
	schema_AddendumCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_AddendumForOrgSerializerV1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.active_range === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "active_range"},
					message:"must have required property '"+"active_range"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.client === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client"},message:"must have required property '"+"client"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.client_id === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_id"},
					message:"must have required property '"+"client_id"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.created_at === undefined){
			const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},
					message:"must have required property '"+"created_at"+"'"};
			(vErrors ??= []).push(err3);
			errors++;
		}
		if(data.currency === undefined){
			const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},
					message:"must have required property '"+"currency"+"'"};
			(vErrors ??= []).push(err4);
			errors++;
		}
		if(data.id === undefined){
			const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err5);
			errors++;
		}
		if(data.plan === undefined){
			const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'"};
			(vErrors ??= []).push(err6);
			errors++;
		}
		if(data.product === undefined){
			const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},
					message:"must have required property '"+"product"+"'"};
			(vErrors ??= []).push(err7);
			errors++;
		}
		if(data.status === undefined){
			const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
			(vErrors ??= []).push(err8);
			errors++;
		}
		if(data.status_at_active_at === undefined){
			const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status_at_active_at"},
					message:"must have required property '"+"status_at_active_at"+"'"};
			(vErrors ??= []).push(err9);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err10);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.client_id !== undefined){
			let data1 = data.client_id;
			const _errs3 = errors;
			if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
				const err11 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err11);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.client !== undefined){
			let data2 = data.client;
			const _errs5 = errors;
			const _errs6 = errors;
			if(!(schema_CustomerPayerCommonShort(data2, {instancePath:instancePath+"/client",parentData:data,parentDataProperty:"client",rootData}))){
				vErrors = vErrors === null ? schema_CustomerPayerCommonShort.errors : vErrors.concat(schema_CustomerPayerCommonShort.errors);
				errors = vErrors.length;
			}
			var valid1 = _errs6 === errors;
			var valid0 = _errs5 === errors;
		}
		if(data.status !== undefined){
			let data3 = data.status;
			const _errs7 = errors;
			if(typeof data3 !== "string"){
				const err12 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err12);
				errors++;
			}
			const _errs8 = errors;
			const vSchema0 = schema_AddendumForOrgSerializerV1_schema0.properties.status.enum;
			if(!((((data3 === "upcoming") || (data3 === "active")) || (data3 === "paused")) || (data3 === "stopped"))){
				const err13 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",
						params:{allowedValues: schema_AddendumForOrgSerializerV1_schema0.properties.status.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err13);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
		if(data.active_range !== undefined){
			let data4 = data.active_range;
			const _errs9 = errors;
			const _errs10 = errors;
			if(!(schema_DateTimeTZRange(data4, {instancePath:instancePath+"/active_range",parentData:data,parentDataProperty:"active_range",rootData}))){
				vErrors = vErrors === null ? schema_DateTimeTZRange.errors : vErrors.concat(schema_DateTimeTZRange.errors);
				errors = vErrors.length;
			}
			var valid2 = _errs10 === errors;
			var valid0 = _errs9 === errors;
		}
		if(data.created_at !== undefined){
			let data5 = data.created_at;
			const _errs11 = errors;
			const _errs12 = errors;
			if((typeof data5 == "number") && (isFinite(data5))){
			}
			if(typeof data5 === "string"){
				if(!(formats_date_time(data5))){
					const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},
							message:"must match format \""+"date-time"+"\""};
					(vErrors ??= []).push(err14);
					errors++;
				}
			}
			else {
				const err15 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err15);
				errors++;
			}
			var valid0 = _errs11 === errors;
		}
		if(data.currency !== undefined){
			let data6 = data.currency;
			const _errs13 = errors;
			const _errs14 = errors;
			if(!(schema_CurrencyCommonShort(data6, {instancePath:instancePath+"/currency",parentData:data,parentDataProperty:"currency",rootData}))){
				vErrors = vErrors === null ? schema_CurrencyCommonShort.errors : vErrors.concat(schema_CurrencyCommonShort.errors);
				errors = vErrors.length;
			}
			var valid3 = _errs14 === errors;
			var valid0 = _errs13 === errors;
		}
		if(data.plan !== undefined){
			let data7 = data.plan;
			const _errs15 = errors;
			const _errs16 = errors;
			if(!(schema_PlanCommonShort(data7, {instancePath:instancePath+"/plan",parentData:data,parentDataProperty:"plan",rootData}))){
				vErrors = vErrors === null ? schema_PlanCommonShort.errors : vErrors.concat(schema_PlanCommonShort.errors);
				errors = vErrors.length;
			}
			var valid4 = _errs16 === errors;
			var valid0 = _errs15 === errors;
		}
		if(data.product !== undefined){
			let data8 = data.product;
			const _errs17 = errors;
			const _errs18 = errors;
			if(!(schema_ProductCommonShort(data8, {instancePath:instancePath+"/product",parentData:data,parentDataProperty:"product",rootData}))){
				vErrors = vErrors === null ? schema_ProductCommonShort.errors : vErrors.concat(schema_ProductCommonShort.errors);
				errors = vErrors.length;
			}
			var valid5 = _errs18 === errors;
			var valid0 = _errs17 === errors;
		}
		if(data.status_at_active_at !== undefined){
			let data9 = data.status_at_active_at;
			const _errs19 = errors;
			if((typeof data9 !== "string") && (data9 !== null)){
				const err16 = {instancePath:instancePath+"/status_at_active_at",schemaPath:"#/properties/status_at_active_at/type",keyword:"type",
						params:{type: schema_AddendumForOrgSerializerV1_schema0.properties.status_at_active_at.type},message:"must be string,null"};
				(vErrors ??= []).push(err16);
				errors++;
			}
			const _errs20 = errors;
			var valid0 = _errs19 === errors;
		}
	}
	else {
		const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err17);
		errors++;
	}
	schema_AddendumForOrgSerializerV1.errors = vErrors;
	return errors === 0;
}

export function schema_AdminPlanItemCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.default === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "default"},
					message:"must have required property '"+"default"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.id === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.default !== undefined){
			let data1 = data.default;
			const _errs3 = errors;
			if(typeof data1 !== "boolean"){
				const err3 = {instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.comment !== undefined){
			let data2 = data.comment;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err4 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",
						params:{type: schema_AdminPlanItemCommonShort_schema0.properties.comment.type},message:"must be string,null"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs6 = errors;
			if(typeof data2 === "string"){
				if(func_runtime_ucs2length(data2) > 1000){
					const err5 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/maxLength",keyword:"maxLength",params:{limit: 1000},
							message:"must NOT have more than 1000 characters"};
					(vErrors ??= []).push(err5);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.description !== undefined){
			let data3 = data.description;
			const _errs7 = errors;
			if((typeof data3 !== "string") && (data3 !== null)){
				const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",
						params:{type: schema_AdminPlanItemCommonShort_schema0.properties.description.type},message:"must be string,null"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			const _errs8 = errors;
			if(typeof data3 === "string"){
				if(func_runtime_ucs2length(data3) > 1000){
					const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},
							message:"must NOT have more than 1000 characters"};
					(vErrors ??= []).push(err7);
					errors++;
				}
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_AdminPlanItemCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_CalcRule(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.name === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.rule_type === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule_type"},
					message:"must have required property '"+"rule_type"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.rule_type !== undefined){
			let data2 = data.rule_type;
			const _errs5 = errors;
			if(typeof data2 !== "string"){
				const err5 = {instancePath:instancePath+"/rule_type",schemaPath:"#/properties/rule_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			const vSchema0 = schema_CalcRule_schema0.properties.rule_type.enum;
			if(!(((((data2 === "commit") || (data2 === "overcommit")) || (data2 === "stepped")) || (data2 === "staged")) || (data2 === "commit_hourly"))){
				const err6 = {instancePath:instancePath+"/rule_type",schemaPath:"#/properties/rule_type/enum",keyword:"enum",
						params:{allowedValues: schema_CalcRule_schema0.properties.rule_type.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err7);
		errors++;
	}
	schema_CalcRule.errors = vErrors;
	return errors === 0;
}

export function schema_CurrencyCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.char_code === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "char_code"},
					message:"must have required property '"+"char_code"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.id === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.char_code !== undefined){
			let data1 = data.char_code;
			const _errs3 = errors;
			const _errs4 = errors;
			if(typeof data1 === "string"){
				if(func_runtime_ucs2length(data1) > 3){
					const err3 = {instancePath:instancePath+"/char_code",schemaPath:"#/properties/char_code/maxLength",keyword:"maxLength",params:{limit: 3},
							message:"must NOT have more than 3 characters"};
					(vErrors ??= []).push(err3);
					errors++;
				}
				if(!schema_CurrencyCommonShort_pattern0.test(data1)){
					const err4 = {instancePath:instancePath+"/char_code",schemaPath:"#/properties/char_code/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},
							message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			else {
				const err5 = {instancePath:instancePath+"/char_code",schemaPath:"#/properties/char_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.symbol !== undefined){
			let data2 = data.symbol;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err6 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/type",keyword:"type",
						params:{type: schema_CurrencyCommonShort_schema0.properties.symbol.type},message:"must be string,null"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			const _errs6 = errors;
			if(typeof data2 === "string"){
				if(func_runtime_ucs2length(data2) > 10){
					const err7 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/maxLength",keyword:"maxLength",params:{limit: 10},
							message:"must NOT have more than 10 characters"};
					(vErrors ??= []).push(err7);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_CurrencyCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_CurrencyForOrg(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.char_code === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "char_code"},
					message:"must have required property '"+"char_code"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.id === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.name_en === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name_en"},
					message:"must have required property '"+"name_en"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.char_code !== undefined){
			let data1 = data.char_code;
			const _errs3 = errors;
			const _errs4 = errors;
			if(typeof data1 === "string"){
				if(func_runtime_ucs2length(data1) > 3){
					const err4 = {instancePath:instancePath+"/char_code",schemaPath:"#/properties/char_code/maxLength",keyword:"maxLength",params:{limit: 3},
							message:"must NOT have more than 3 characters"};
					(vErrors ??= []).push(err4);
					errors++;
				}
				if(!schema_CurrencyCommonShort_pattern0.test(data1)){
					const err5 = {instancePath:instancePath+"/char_code",schemaPath:"#/properties/char_code/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},
							message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
					(vErrors ??= []).push(err5);
					errors++;
				}
			}
			else {
				const err6 = {instancePath:instancePath+"/char_code",schemaPath:"#/properties/char_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.number_code !== undefined){
			let data2 = data.number_code;
			const _errs5 = errors;
			if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
				const err7 = {instancePath:instancePath+"/number_code",schemaPath:"#/properties/number_code/type",keyword:"type",
						params:{type: schema_CurrencyForOrg_schema0.properties.number_code.type},message:"must be integer,null"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
				if(data2 > 2147483647 || isNaN(data2)){
					const err8 = {instancePath:instancePath+"/number_code",schemaPath:"#/properties/number_code/maximum",keyword:"maximum",params:{comparison: "<=",
							limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err8);
					errors++;
				}
				if(data2 < -2147483648 || isNaN(data2)){
					const err9 = {instancePath:instancePath+"/number_code",schemaPath:"#/properties/number_code/minimum",keyword:"minimum",params:{comparison: ">=",
							limit: -2147483648},message:"must be >= -2147483648"};
					(vErrors ??= []).push(err9);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.name_en !== undefined){
			let data3 = data.name_en;
			const _errs7 = errors;
			const _errs8 = errors;
			if(typeof data3 === "string"){
				if(func_runtime_ucs2length(data3) > 255){
					const err10 = {instancePath:instancePath+"/name_en",schemaPath:"#/properties/name_en/maxLength",keyword:"maxLength",params:{limit: 255},
							message:"must NOT have more than 255 characters"};
					(vErrors ??= []).push(err10);
					errors++;
				}
			}
			else {
				const err11 = {instancePath:instancePath+"/name_en",schemaPath:"#/properties/name_en/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err11);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
		if(data.symbol !== undefined){
			let data4 = data.symbol;
			const _errs9 = errors;
			if((typeof data4 !== "string") && (data4 !== null)){
				const err12 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/type",keyword:"type",
						params:{type: schema_CurrencyForOrg_schema0.properties.symbol.type},message:"must be string,null"};
				(vErrors ??= []).push(err12);
				errors++;
			}
			const _errs10 = errors;
			if(typeof data4 === "string"){
				if(func_runtime_ucs2length(data4) > 10){
					const err13 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/maxLength",keyword:"maxLength",params:{limit: 10},
							message:"must NOT have more than 10 characters"};
					(vErrors ??= []).push(err13);
					errors++;
				}
			}
			var valid0 = _errs9 === errors;
		}
	}
	else {
		const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err14);
		errors++;
	}
	schema_CurrencyForOrg.errors = vErrors;
	return errors === 0;
}

export function schema_CustomerCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.company_name === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "company_name"},
					message:"must have required property '"+"company_name"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.id === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			if((typeof data0 == "number") && (isFinite(data0))){
				if(data0 < 1 || isNaN(data0)){
					const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},
							message:"must be >= 1"};
					(vErrors ??= []).push(err3);
					errors++;
				}
			}
			var valid0 = _errs1 === errors;
		}
		if(data.company_name !== undefined){
			let data1 = data.company_name;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err4 = {instancePath:instancePath+"/company_name",schemaPath:"#/properties/company_name/type",keyword:"type",
						params:{type: schema_CustomerCommonShort_schema0.properties.company_name.type},message:"must be string,null"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err5);
		errors++;
	}
	schema_CustomerCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_CustomerPayerCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.company_name === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "company_name"},
					message:"must have required property '"+"company_name"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.id === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.company_name !== undefined){
			let data1 = data.company_name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err3 = {instancePath:instancePath+"/company_name",schemaPath:"#/properties/company_name/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err4);
		errors++;
	}
	schema_CustomerPayerCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_DateTimeTZRange(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.start !== undefined){
			let data0 = data.start;
			const _errs1 = errors;
			if((typeof data0 !== "string") && (data0 !== null)){
				const err0 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",
						params:{type: schema_DateTimeTZRange_schema0.properties.start.type},message:"must be string,null"};
				(vErrors ??= []).push(err0);
				errors++;
			}
			const _errs2 = errors;
			if((typeof data0 == "number") && (isFinite(data0))){
			}
			if(typeof data0 === "string"){
				if(!(formats_date_time(data0))){
					const err1 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/format",keyword:"format",params:{format: "date-time"},
							message:"must match format \""+"date-time"+"\""};
					(vErrors ??= []).push(err1);
					errors++;
				}
			}
			var valid0 = _errs1 === errors;
		}
		if(data.end !== undefined){
			let data1 = data.end;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err2 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",
						params:{type: schema_DateTimeTZRange_schema0.properties.end.type},message:"must be string,null"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_date_time(data1))){
					const err3 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/format",keyword:"format",params:{format: "date-time"},
							message:"must match format \""+"date-time"+"\""};
					(vErrors ??= []).push(err3);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err4);
		errors++;
	}
	schema_DateTimeTZRange.errors = vErrors;
	return errors === 0;
}

export function schema_DiscountCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.relative_value === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "relative_value"},
					message:"must have required property '"+"relative_value"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.relative_value !== undefined){
			let data1 = data.relative_value;
			const _errs3 = errors;
			const _errs4 = errors;
			if(typeof data1 === "string"){
				if(!schema_DiscountCommonShort_pattern0.test(data1)){
					const err3 = {instancePath:instancePath+"/relative_value",schemaPath:"#/properties/relative_value/pattern",keyword:"pattern",
							params:{pattern: "^-?\\d{0,24}(?:\\.\\d{0,12})?$"},message:"must match pattern \""+"^-?\\d{0,24}(?:\\.\\d{0,12})?$"+"\""};
					(vErrors ??= []).push(err3);
					errors++;
				}
			}
			else {
				const err4 = {instancePath:instancePath+"/relative_value",schemaPath:"#/properties/relative_value/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.comment !== undefined){
			let data2 = data.comment;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",
						params:{type: schema_DiscountCommonShort_schema0.properties.comment.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if(typeof data2 === "string"){
				if(func_runtime_ucs2length(data2) > 1000){
					const err6 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/maxLength",keyword:"maxLength",params:{limit: 1000},
							message:"must NOT have more than 1000 characters"};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err7);
		errors++;
	}
	schema_DiscountCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_ErpInvoice(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.amount_tax === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount_tax"},
					message:"must have required property '"+"amount_tax"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.amount_total === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount_total"},
					message:"must have required property '"+"amount_total"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.amount_untaxed === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount_untaxed"},
					message:"must have required property '"+"amount_untaxed"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.billing_period_from === undefined){
			const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "billing_period_from"},
					message:"must have required property '"+"billing_period_from"+"'"};
			(vErrors ??= []).push(err3);
			errors++;
		}
		if(data.billing_period_to === undefined){
			const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "billing_period_to"},
					message:"must have required property '"+"billing_period_to"+"'"};
			(vErrors ??= []).push(err4);
			errors++;
		}
		if(data.client_id === undefined){
			const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_id"},
					message:"must have required property '"+"client_id"+"'"};
			(vErrors ??= []).push(err5);
			errors++;
		}
		if(data.created_at === undefined){
			const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},
					message:"must have required property '"+"created_at"+"'"};
			(vErrors ??= []).push(err6);
			errors++;
		}
		if(data.currency === undefined){
			const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},
					message:"must have required property '"+"currency"+"'"};
			(vErrors ??= []).push(err7);
			errors++;
		}
		if(data.id === undefined){
			const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err8);
			errors++;
		}
		if(data.invoice_date === undefined){
			const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoice_date"},
					message:"must have required property '"+"invoice_date"+"'"};
			(vErrors ??= []).push(err9);
			errors++;
		}
		if(data.invoice_date_due === undefined){
			const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoice_date_due"},
					message:"must have required property '"+"invoice_date_due"+"'"};
			(vErrors ??= []).push(err10);
			errors++;
		}
		if(data.invoice_id === undefined){
			const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoice_id"},
					message:"must have required property '"+"invoice_id"+"'"};
			(vErrors ??= []).push(err11);
			errors++;
		}
		if(data.move_type === undefined){
			const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "move_type"},
					message:"must have required property '"+"move_type"+"'"};
			(vErrors ??= []).push(err12);
			errors++;
		}
		if(data.name === undefined){
			const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err13);
			errors++;
		}
		if(data.payer_id === undefined){
			const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payer_id"},
					message:"must have required property '"+"payer_id"+"'"};
			(vErrors ??= []).push(err14);
			errors++;
		}
		if(data.payment_state === undefined){
			const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payment_state"},
					message:"must have required property '"+"payment_state"+"'"};
			(vErrors ??= []).push(err15);
			errors++;
		}
		if(data.updated_at === undefined){
			const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"},
					message:"must have required property '"+"updated_at"+"'"};
			(vErrors ??= []).push(err16);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err17 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err17);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err18 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err18);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.move_type !== undefined){
			let data2 = data.move_type;
			const _errs5 = errors;
			if(typeof data2 !== "string"){
				const err19 = {instancePath:instancePath+"/move_type",schemaPath:"#/properties/move_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err19);
				errors++;
			}
			const _errs6 = errors;
			const vSchema0 = schema_ErpInvoice_schema0.properties.move_type.enum;
			if(!((data2 === "out_invoice") || (data2 === "out_refund"))){
				const err20 = {instancePath:instancePath+"/move_type",schemaPath:"#/properties/move_type/enum",keyword:"enum",
						params:{allowedValues: schema_ErpInvoice_schema0.properties.move_type.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err20);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
		if(data.currency !== undefined){
			let data3 = data.currency;
			const _errs7 = errors;
			if(typeof data3 !== "string"){
				const err21 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err21);
				errors++;
			}
			const _errs8 = errors;
			var valid0 = _errs7 === errors;
		}
		if(data.invoice_date !== undefined){
			let data4 = data.invoice_date;
			const _errs9 = errors;
			if((typeof data4 !== "string") && (data4 !== null)){
				const err22 = {instancePath:instancePath+"/invoice_date",schemaPath:"#/properties/invoice_date/type",keyword:"type",
						params:{type: schema_ErpInvoice_schema0.properties.invoice_date.type},message:"must be string,null"};
				(vErrors ??= []).push(err22);
				errors++;
			}
			const _errs10 = errors;
			if((typeof data4 == "number") && (isFinite(data4))){
			}
			if(typeof data4 === "string"){
				if(!(formats_date(data4))){
					const err23 = {instancePath:instancePath+"/invoice_date",schemaPath:"#/properties/invoice_date/format",keyword:"format",params:{format: "date"},
							message:"must match format \""+"date"+"\""};
					(vErrors ??= []).push(err23);
					errors++;
				}
			}
			var valid0 = _errs9 === errors;
		}
		if(data.invoice_date_due !== undefined){
			let data5 = data.invoice_date_due;
			const _errs11 = errors;
			if((typeof data5 !== "string") && (data5 !== null)){
				const err24 = {instancePath:instancePath+"/invoice_date_due",schemaPath:"#/properties/invoice_date_due/type",keyword:"type",
						params:{type: schema_ErpInvoice_schema0.properties.invoice_date_due.type},message:"must be string,null"};
				(vErrors ??= []).push(err24);
				errors++;
			}
			const _errs12 = errors;
			if((typeof data5 == "number") && (isFinite(data5))){
			}
			if(typeof data5 === "string"){
				if(!(formats_date(data5))){
					const err25 = {instancePath:instancePath+"/invoice_date_due",schemaPath:"#/properties/invoice_date_due/format",keyword:"format",params:{format: "date"},
							message:"must match format \""+"date"+"\""};
					(vErrors ??= []).push(err25);
					errors++;
				}
			}
			var valid0 = _errs11 === errors;
		}
		if(data.billing_period_from !== undefined){
			let data6 = data.billing_period_from;
			const _errs13 = errors;
			if((typeof data6 !== "string") && (data6 !== null)){
				const err26 = {instancePath:instancePath+"/billing_period_from",schemaPath:"#/properties/billing_period_from/type",keyword:"type",
						params:{type: schema_ErpInvoice_schema0.properties.billing_period_from.type},message:"must be string,null"};
				(vErrors ??= []).push(err26);
				errors++;
			}
			const _errs14 = errors;
			if((typeof data6 == "number") && (isFinite(data6))){
			}
			if(typeof data6 === "string"){
				if(!(formats_date(data6))){
					const err27 = {instancePath:instancePath+"/billing_period_from",schemaPath:"#/properties/billing_period_from/format",keyword:"format",params:{format: "date"},
							message:"must match format \""+"date"+"\""};
					(vErrors ??= []).push(err27);
					errors++;
				}
			}
			var valid0 = _errs13 === errors;
		}
		if(data.billing_period_to !== undefined){
			let data7 = data.billing_period_to;
			const _errs15 = errors;
			if((typeof data7 !== "string") && (data7 !== null)){
				const err28 = {instancePath:instancePath+"/billing_period_to",schemaPath:"#/properties/billing_period_to/type",keyword:"type",
						params:{type: schema_ErpInvoice_schema0.properties.billing_period_to.type},message:"must be string,null"};
				(vErrors ??= []).push(err28);
				errors++;
			}
			const _errs16 = errors;
			if((typeof data7 == "number") && (isFinite(data7))){
			}
			if(typeof data7 === "string"){
				if(!(formats_date(data7))){
					const err29 = {instancePath:instancePath+"/billing_period_to",schemaPath:"#/properties/billing_period_to/format",keyword:"format",params:{format: "date"},
							message:"must match format \""+"date"+"\""};
					(vErrors ??= []).push(err29);
					errors++;
				}
			}
			var valid0 = _errs15 === errors;
		}
		if(data.amount_untaxed !== undefined){
			let data8 = data.amount_untaxed;
			const _errs17 = errors;
			const _errs18 = errors;
			if(typeof data8 === "string"){
				if(!schema_ErpInvoice_pattern0.test(data8)){
					const err30 = {instancePath:instancePath+"/amount_untaxed",schemaPath:"#/properties/amount_untaxed/pattern",keyword:"pattern",
							params:{pattern: "^\\d{1,3}\\.\\d{12}$"},message:"must match pattern \""+"^\\d{1,3}\\.\\d{12}$"+"\""};
					(vErrors ??= []).push(err30);
					errors++;
				}
			}
			else {
				const err31 = {instancePath:instancePath+"/amount_untaxed",schemaPath:"#/properties/amount_untaxed/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err31);
				errors++;
			}
			var valid0 = _errs17 === errors;
		}
		if(data.amount_tax !== undefined){
			let data9 = data.amount_tax;
			const _errs19 = errors;
			const _errs20 = errors;
			if(typeof data9 === "string"){
				if(!schema_ErpInvoice_pattern0.test(data9)){
					const err32 = {instancePath:instancePath+"/amount_tax",schemaPath:"#/properties/amount_tax/pattern",keyword:"pattern",params:{pattern: "^\\d{1,3}\\.\\d{12}$"},
							message:"must match pattern \""+"^\\d{1,3}\\.\\d{12}$"+"\""};
					(vErrors ??= []).push(err32);
					errors++;
				}
			}
			else {
				const err33 = {instancePath:instancePath+"/amount_tax",schemaPath:"#/properties/amount_tax/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err33);
				errors++;
			}
			var valid0 = _errs19 === errors;
		}
		if(data.amount_total !== undefined){
			let data10 = data.amount_total;
			const _errs21 = errors;
			const _errs22 = errors;
			if(typeof data10 === "string"){
				if(!schema_ErpInvoice_pattern0.test(data10)){
					const err34 = {instancePath:instancePath+"/amount_total",schemaPath:"#/properties/amount_total/pattern",keyword:"pattern",
							params:{pattern: "^\\d{1,3}\\.\\d{12}$"},message:"must match pattern \""+"^\\d{1,3}\\.\\d{12}$"+"\""};
					(vErrors ??= []).push(err34);
					errors++;
				}
			}
			else {
				const err35 = {instancePath:instancePath+"/amount_total",schemaPath:"#/properties/amount_total/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err35);
				errors++;
			}
			var valid0 = _errs21 === errors;
		}
		if(data.payment_state !== undefined){
			let data11 = data.payment_state;
			const _errs23 = errors;
			if(typeof data11 !== "string"){
				const err36 = {instancePath:instancePath+"/payment_state",schemaPath:"#/properties/payment_state/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err36);
				errors++;
			}
			const _errs24 = errors;
			const vSchema1 = schema_ErpInvoice_schema0.properties.payment_state.enum;
			if(!(((((data11 === "not_paid") || (data11 === "paid")) || (data11 === "partial")) || (data11 === "reversed")) || (data11 === "in_payment"))){
				const err37 = {instancePath:instancePath+"/payment_state",schemaPath:"#/properties/payment_state/enum",keyword:"enum",
						params:{allowedValues: schema_ErpInvoice_schema0.properties.payment_state.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err37);
				errors++;
			}
			var valid0 = _errs23 === errors;
		}
		if(data.client_id !== undefined){
			let data12 = data.client_id;
			const _errs25 = errors;
			if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
				const err38 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err38);
				errors++;
			}
			const _errs26 = errors;
			if((typeof data12 == "number") && (isFinite(data12))){
				if(data12 > 2147483647 || isNaN(data12)){
					const err39 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/maximum",keyword:"maximum",params:{comparison: "<=",
							limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err39);
					errors++;
				}
				if(data12 < -2147483648 || isNaN(data12)){
					const err40 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/minimum",keyword:"minimum",params:{comparison: ">=",
							limit: -2147483648},message:"must be >= -2147483648"};
					(vErrors ??= []).push(err40);
					errors++;
				}
			}
			var valid0 = _errs25 === errors;
		}
		if(data.payer_id !== undefined){
			let data13 = data.payer_id;
			const _errs27 = errors;
			if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
				const err41 = {instancePath:instancePath+"/payer_id",schemaPath:"#/properties/payer_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err41);
				errors++;
			}
			const _errs28 = errors;
			var valid0 = _errs27 === errors;
		}
		if(data.invoice_id !== undefined){
			let data14 = data.invoice_id;
			const _errs29 = errors;
			if((!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) && (data14 !== null)){
				const err42 = {instancePath:instancePath+"/invoice_id",schemaPath:"#/properties/invoice_id/type",keyword:"type",
						params:{type: schema_ErpInvoice_schema0.properties.invoice_id.type},message:"must be integer,null"};
				(vErrors ??= []).push(err42);
				errors++;
			}
			const _errs30 = errors;
			var valid0 = _errs29 === errors;
		}
		if(data.created_at !== undefined){
			let data15 = data.created_at;
			const _errs31 = errors;
			const _errs32 = errors;
			if((typeof data15 == "number") && (isFinite(data15))){
			}
			if(typeof data15 === "string"){
				if(!(formats_date_time(data15))){
					const err43 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},
							message:"must match format \""+"date-time"+"\""};
					(vErrors ??= []).push(err43);
					errors++;
				}
			}
			else {
				const err44 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err44);
				errors++;
			}
			var valid0 = _errs31 === errors;
		}
		if(data.updated_at !== undefined){
			let data16 = data.updated_at;
			const _errs33 = errors;
			const _errs34 = errors;
			if((typeof data16 == "number") && (isFinite(data16))){
			}
			if(typeof data16 === "string"){
				if(!(formats_date_time(data16))){
					const err45 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},
							message:"must match format \""+"date-time"+"\""};
					(vErrors ??= []).push(err45);
					errors++;
				}
			}
			else {
				const err46 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err46);
				errors++;
			}
			var valid0 = _errs33 === errors;
		}
	}
	else {
		const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err47);
		errors++;
	}
	schema_ErpInvoice.errors = vErrors;
	return errors === 0;
}

export function schema_ExpenseForOrgSerializerV1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.addendum === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "addendum"},
					message:"must have required property '"+"addendum"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.calc_rule_type === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "calc_rule_type"},
					message:"must have required property '"+"calc_rule_type"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.client === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client"},message:"must have required property '"+"client"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.client_id === undefined){
			const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_id"},
					message:"must have required property '"+"client_id"+"'"};
			(vErrors ??= []).push(err3);
			errors++;
		}
		if(data.comment === undefined){
			const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comment"},
					message:"must have required property '"+"comment"+"'"};
			(vErrors ??= []).push(err4);
			errors++;
		}
		if(data.currency === undefined){
			const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},
					message:"must have required property '"+"currency"+"'"};
			(vErrors ??= []).push(err5);
			errors++;
		}
		if(data.deleted === undefined){
			const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deleted"},
					message:"must have required property '"+"deleted"+"'"};
			(vErrors ??= []).push(err6);
			errors++;
		}
		if(data.description === undefined){
			const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},
					message:"must have required property '"+"description"+"'"};
			(vErrors ??= []).push(err7);
			errors++;
		}
		if(data.discount === undefined){
			const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "discount"},
					message:"must have required property '"+"discount"+"'"};
			(vErrors ??= []).push(err8);
			errors++;
		}
		if(data.discount_value === undefined){
			const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "discount_value"},
					message:"must have required property '"+"discount_value"+"'"};
			(vErrors ??= []).push(err9);
			errors++;
		}
		if(data.feature === undefined){
			const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feature"},
					message:"must have required property '"+"feature"+"'"};
			(vErrors ??= []).push(err10);
			errors++;
		}
		if(data.for_date === undefined){
			const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "for_date"},
					message:"must have required property '"+"for_date"+"'"};
			(vErrors ??= []).push(err11);
			errors++;
		}
		if(data.id === undefined){
			const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err12);
			errors++;
		}
		if(data.invoices === undefined){
			const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoices"},
					message:"must have required property '"+"invoices"+"'"};
			(vErrors ??= []).push(err13);
			errors++;
		}
		if(data.metric_ext_name === undefined){
			const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric_ext_name"},
					message:"must have required property '"+"metric_ext_name"+"'"};
			(vErrors ??= []).push(err14);
			errors++;
		}
		if(data.money_value === undefined){
			const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "money_value"},
					message:"must have required property '"+"money_value"+"'"};
			(vErrors ??= []).push(err15);
			errors++;
		}
		if(data.payer_id === undefined){
			const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payer_id"},
					message:"must have required property '"+"payer_id"+"'"};
			(vErrors ??= []).push(err16);
			errors++;
		}
		if(data.period_range === undefined){
			const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period_range"},
					message:"must have required property '"+"period_range"+"'"};
			(vErrors ??= []).push(err17);
			errors++;
		}
		if(data.plan === undefined){
			const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'"};
			(vErrors ??= []).push(err18);
			errors++;
		}
		if(data.plan_item === undefined){
			const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plan_item"},
					message:"must have required property '"+"plan_item"+"'"};
			(vErrors ??= []).push(err19);
			errors++;
		}
		if(data.product === undefined){
			const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},
					message:"must have required property '"+"product"+"'"};
			(vErrors ??= []).push(err20);
			errors++;
		}
		if(data.product_category === undefined){
			const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product_category"},
					message:"must have required property '"+"product_category"+"'"};
			(vErrors ??= []).push(err21);
			errors++;
		}
		if(data.region === undefined){
			const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};
			(vErrors ??= []).push(err22);
			errors++;
		}
		if(data.subscription === undefined){
			const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subscription"},
					message:"must have required property '"+"subscription"+"'"};
			(vErrors ??= []).push(err23);
			errors++;
		}
		if(data.tax_rate === undefined){
			const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tax_rate"},
					message:"must have required property '"+"tax_rate"+"'"};
			(vErrors ??= []).push(err24);
			errors++;
		}
		if(data.tax_value === undefined){
			const err25 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tax_value"},
					message:"must have required property '"+"tax_value"+"'"};
			(vErrors ??= []).push(err25);
			errors++;
		}
		if(data.usage === undefined){
			const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "usage"},message:"must have required property '"+"usage"+"'"};
			(vErrors ??= []).push(err26);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err27 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err27);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.client_id !== undefined){
			let data1 = data.client_id;
			const _errs3 = errors;
			if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
				const err28 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err28);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.payer_id !== undefined){
			let data2 = data.payer_id;
			const _errs5 = errors;
			if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
				const err29 = {instancePath:instancePath+"/payer_id",schemaPath:"#/properties/payer_id/type",keyword:"type",
						params:{type: schema_ExpenseForOrgSerializerV1_schema0.properties.payer_id.type},message:"must be integer,null"};
				(vErrors ??= []).push(err29);
				errors++;
			}
			const _errs6 = errors;
			var valid0 = _errs5 === errors;
		}
		if(data.client !== undefined){
			let data3 = data.client;
			const _errs7 = errors;
			const _errs8 = errors;
			if(!(schema_CustomerPayerCommonShort(data3, {instancePath:instancePath+"/client",parentData:data,parentDataProperty:"client",rootData}))){
				vErrors = vErrors === null ? schema_CustomerPayerCommonShort.errors : vErrors.concat(schema_CustomerPayerCommonShort.errors);
				errors = vErrors.length;
			}
			var valid1 = _errs8 === errors;
			var valid0 = _errs7 === errors;
		}
		if(data.comment !== undefined){
			let data4 = data.comment;
			const _errs9 = errors;
			if((typeof data4 !== "string") && (data4 !== null)){
				const err30 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",
						params:{type: schema_ExpenseForOrgSerializerV1_schema0.properties.comment.type},message:"must be string,null"};
				(vErrors ??= []).push(err30);
				errors++;
			}
			const _errs10 = errors;
			var valid0 = _errs9 === errors;
		}
		if(data.for_date !== undefined){
			let data5 = data.for_date;
			const _errs11 = errors;
			const _errs12 = errors;
			if((typeof data5 == "number") && (isFinite(data5))){
			}
			if(typeof data5 === "string"){
				if(!(formats_date_time(data5))){
					const err31 = {instancePath:instancePath+"/for_date",schemaPath:"#/properties/for_date/format",keyword:"format",params:{format: "date-time"},
							message:"must match format \""+"date-time"+"\""};
					(vErrors ??= []).push(err31);
					errors++;
				}
			}
			else {
				const err32 = {instancePath:instancePath+"/for_date",schemaPath:"#/properties/for_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err32);
				errors++;
			}
			var valid0 = _errs11 === errors;
		}
		if(data.period_range !== undefined){
			let data6 = data.period_range;
			const _errs13 = errors;
			const _errs14 = errors;
			if(!(schema_DateTimeTZRange(data6, {instancePath:instancePath+"/period_range",parentData:data,parentDataProperty:"period_range",rootData}))){
				vErrors = vErrors === null ? schema_DateTimeTZRange.errors : vErrors.concat(schema_DateTimeTZRange.errors);
				errors = vErrors.length;
			}
			var valid2 = _errs14 === errors;
			var valid0 = _errs13 === errors;
		}
		if(data.calc_rule_type !== undefined){
			let data7 = data.calc_rule_type;
			const _errs15 = errors;
			if(typeof data7 !== "string"){
				const err33 = {instancePath:instancePath+"/calc_rule_type",schemaPath:"#/properties/calc_rule_type/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err33);
				errors++;
			}
			const _errs16 = errors;
			const vSchema0 = schema_ExpenseForOrgSerializerV1_schema0.properties.calc_rule_type.enum;
			if(!(((((data7 === "commit") || (data7 === "overcommit")) || (data7 === "stepped")) || (data7 === "staged")) || (data7 === "commit_hourly"))){
				const err34 = {instancePath:instancePath+"/calc_rule_type",schemaPath:"#/properties/calc_rule_type/enum",keyword:"enum",
						params:{allowedValues: schema_ExpenseForOrgSerializerV1_schema0.properties.calc_rule_type.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err34);
				errors++;
			}
			var valid0 = _errs15 === errors;
		}
		if(data.currency !== undefined){
			let data8 = data.currency;
			const _errs17 = errors;
			const _errs18 = errors;
			if(!(schema_CurrencyCommonShort(data8, {instancePath:instancePath+"/currency",parentData:data,parentDataProperty:"currency",rootData}))){
				vErrors = vErrors === null ? schema_CurrencyCommonShort.errors : vErrors.concat(schema_CurrencyCommonShort.errors);
				errors = vErrors.length;
			}
			var valid3 = _errs18 === errors;
			var valid0 = _errs17 === errors;
		}
		if(data.money_value !== undefined){
			let data9 = data.money_value;
			const _errs19 = errors;
			const _errs20 = errors;
			if(typeof data9 === "string"){
				if(!schema_ErpInvoice_pattern0.test(data9)){
					const err35 = {instancePath:instancePath+"/money_value",schemaPath:"#/properties/money_value/pattern",keyword:"pattern",
							params:{pattern: "^\\d{1,3}\\.\\d{12}$"},message:"must match pattern \""+"^\\d{1,3}\\.\\d{12}$"+"\""};
					(vErrors ??= []).push(err35);
					errors++;
				}
			}
			else {
				const err36 = {instancePath:instancePath+"/money_value",schemaPath:"#/properties/money_value/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err36);
				errors++;
			}
			var valid0 = _errs19 === errors;
		}
		if(data.tax_value !== undefined){
			let data10 = data.tax_value;
			const _errs21 = errors;
			const _errs22 = errors;
			if(typeof data10 === "string"){
				if(!schema_ErpInvoice_pattern0.test(data10)){
					const err37 = {instancePath:instancePath+"/tax_value",schemaPath:"#/properties/tax_value/pattern",keyword:"pattern",params:{pattern: "^\\d{1,3}\\.\\d{12}$"},
							message:"must match pattern \""+"^\\d{1,3}\\.\\d{12}$"+"\""};
					(vErrors ??= []).push(err37);
					errors++;
				}
			}
			else {
				const err38 = {instancePath:instancePath+"/tax_value",schemaPath:"#/properties/tax_value/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err38);
				errors++;
			}
			var valid0 = _errs21 === errors;
		}
		if(data.tax_rate !== undefined){
			let data11 = data.tax_rate;
			const _errs23 = errors;
			const _errs24 = errors;
			if(typeof data11 === "string"){
				if(!schema_ExpenseForOrgSerializerV1_pattern0.test(data11)){
					const err39 = {instancePath:instancePath+"/tax_rate",schemaPath:"#/properties/tax_rate/pattern",keyword:"pattern",params:{pattern: "^\\d{1,2}\\.\\d{2}$"},
							message:"must match pattern \""+"^\\d{1,2}\\.\\d{2}$"+"\""};
					(vErrors ??= []).push(err39);
					errors++;
				}
			}
			else {
				const err40 = {instancePath:instancePath+"/tax_rate",schemaPath:"#/properties/tax_rate/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err40);
				errors++;
			}
			var valid0 = _errs23 === errors;
		}
		if(data.usage !== undefined){
			let data12 = data.usage;
			const _errs25 = errors;
			const _errs26 = errors;
			if(!(schema_Usage(data12, {instancePath:instancePath+"/usage",parentData:data,parentDataProperty:"usage",rootData}))){
				vErrors = vErrors === null ? schema_Usage.errors : vErrors.concat(schema_Usage.errors);
				errors = vErrors.length;
			}
			var valid4 = _errs26 === errors;
			var valid0 = _errs25 === errors;
		}
		if(data.metric_ext_name !== undefined){
			let data13 = data.metric_ext_name;
			const _errs27 = errors;
			if(typeof data13 !== "string"){
				const err41 = {instancePath:instancePath+"/metric_ext_name",schemaPath:"#/properties/metric_ext_name/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err41);
				errors++;
			}
			const _errs28 = errors;
			var valid0 = _errs27 === errors;
		}
		if(data.region !== undefined){
			let data14 = data.region;
			const _errs29 = errors;
			const _errs30 = errors;
			if(!(schema_StatisticRegionCommonShort(data14, {instancePath:instancePath+"/region",parentData:data,parentDataProperty:"region",rootData}))){
				vErrors = vErrors === null ? schema_StatisticRegionCommonShort.errors : vErrors.concat(schema_StatisticRegionCommonShort.errors);
				errors = vErrors.length;
			}
			var valid5 = _errs30 === errors;
			var valid0 = _errs29 === errors;
		}
		if(data.discount_value !== undefined){
			let data15 = data.discount_value;
			const _errs31 = errors;
			const _errs32 = errors;
			if(typeof data15 === "string"){
				if(!schema_ErpInvoice_pattern0.test(data15)){
					const err42 = {instancePath:instancePath+"/discount_value",schemaPath:"#/properties/discount_value/pattern",keyword:"pattern",
							params:{pattern: "^\\d{1,3}\\.\\d{12}$"},message:"must match pattern \""+"^\\d{1,3}\\.\\d{12}$"+"\""};
					(vErrors ??= []).push(err42);
					errors++;
				}
			}
			else {
				const err43 = {instancePath:instancePath+"/discount_value",schemaPath:"#/properties/discount_value/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err43);
				errors++;
			}
			var valid0 = _errs31 === errors;
		}
		if(data.discount !== undefined){
			let data16 = data.discount;
			const _errs33 = errors;
			const _errs34 = errors;
			if(!(schema_DiscountCommonShort(data16, {instancePath:instancePath+"/discount",parentData:data,parentDataProperty:"discount",rootData}))){
				vErrors = vErrors === null ? schema_DiscountCommonShort.errors : vErrors.concat(schema_DiscountCommonShort.errors);
				errors = vErrors.length;
			}
			var valid6 = _errs34 === errors;
			var valid0 = _errs33 === errors;
		}
		if(data.deleted !== undefined){
			let data17 = data.deleted;
			const _errs35 = errors;
			if(typeof data17 !== "boolean"){
				const err44 = {instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
				(vErrors ??= []).push(err44);
				errors++;
			}
			const _errs36 = errors;
			var valid0 = _errs35 === errors;
		}
		if(data.description !== undefined){
			let data18 = data.description;
			const _errs37 = errors;
			if(typeof data18 !== "string"){
				const err45 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err45);
				errors++;
			}
			const _errs38 = errors;
			var valid0 = _errs37 === errors;
		}
		if(data.product_category !== undefined){
			let data19 = data.product_category;
			const _errs39 = errors;
			const _errs40 = errors;
			if(!(schema_ProductCategoryCommonShort(data19, {instancePath:instancePath+"/product_category",parentData:data,parentDataProperty:"product_category",
					rootData}))){
				vErrors = vErrors === null ? schema_ProductCategoryCommonShort.errors : vErrors.concat(schema_ProductCategoryCommonShort.errors);
				errors = vErrors.length;
			}
			var valid7 = _errs40 === errors;
			var valid0 = _errs39 === errors;
		}
		if(data.product !== undefined){
			let data20 = data.product;
			const _errs41 = errors;
			const _errs42 = errors;
			if(!(schema_ProductCommonShort(data20, {instancePath:instancePath+"/product",parentData:data,parentDataProperty:"product",rootData}))){
				vErrors = vErrors === null ? schema_ProductCommonShort.errors : vErrors.concat(schema_ProductCommonShort.errors);
				errors = vErrors.length;
			}
			var valid8 = _errs42 === errors;
			var valid0 = _errs41 === errors;
		}
		if(data.addendum !== undefined){
			let data21 = data.addendum;
			const _errs43 = errors;
			const _errs44 = errors;
			if(!(schema_AddendumCommonShort(data21, {instancePath:instancePath+"/addendum",parentData:data,parentDataProperty:"addendum",rootData}))){
				vErrors = vErrors === null ? schema_AddendumCommonShort.errors : vErrors.concat(schema_AddendumCommonShort.errors);
				errors = vErrors.length;
			}
			var valid9 = _errs44 === errors;
			var valid0 = _errs43 === errors;
		}
		if(data.plan !== undefined){
			let data22 = data.plan;
			const _errs45 = errors;
			const _errs46 = errors;
			if(!(schema_PlanCommonShort(data22, {instancePath:instancePath+"/plan",parentData:data,parentDataProperty:"plan",rootData}))){
				vErrors = vErrors === null ? schema_PlanCommonShort.errors : vErrors.concat(schema_PlanCommonShort.errors);
				errors = vErrors.length;
			}
			var valid10 = _errs46 === errors;
			var valid0 = _errs45 === errors;
		}
		if(data.feature !== undefined){
			let data23 = data.feature;
			const _errs47 = errors;
			const _errs48 = errors;
			if(!(schema_FeatureCommonShort(data23, {instancePath:instancePath+"/feature",parentData:data,parentDataProperty:"feature",rootData}))){
				vErrors = vErrors === null ? schema_FeatureCommonShort.errors : vErrors.concat(schema_FeatureCommonShort.errors);
				errors = vErrors.length;
			}
			var valid11 = _errs48 === errors;
			var valid0 = _errs47 === errors;
		}
		if(data.subscription !== undefined){
			let data24 = data.subscription;
			const _errs49 = errors;
			if((typeof data24 !== "string") && (data24 !== null)){
				const err46 = {instancePath:instancePath+"/subscription",schemaPath:"#/properties/subscription/type",keyword:"type",
						params:{type: schema_ExpenseForOrgSerializerV1_schema0.properties.subscription.type},message:"must be string,null"};
				(vErrors ??= []).push(err46);
				errors++;
			}
			const _errs50 = errors;
			var valid0 = _errs49 === errors;
		}
		if(data.plan_item !== undefined){
			let data25 = data.plan_item;
			const _errs51 = errors;
			const _errs52 = errors;
			if(!(schema_AdminPlanItemCommonShort(data25, {instancePath:instancePath+"/plan_item",parentData:data,parentDataProperty:"plan_item",rootData}))){
				vErrors = vErrors === null ? schema_AdminPlanItemCommonShort.errors : vErrors.concat(schema_AdminPlanItemCommonShort.errors);
				errors = vErrors.length;
			}
			var valid12 = _errs52 === errors;
			var valid0 = _errs51 === errors;
		}
		if(data.invoices !== undefined){
			let data26 = data.invoices;
			const _errs53 = errors;
			const _errs54 = errors;
			if(Array.isArray(data26)){
				let valid14 = true;
				const len0 = data26.length;
				for(let i0=0; i0<len0; i0++){
					let data27 = data26[i0];
					const _errs55 = errors;
					if(!(schema_InvoiceItemIDsShort(data27, {instancePath:instancePath+"/invoices/" + i0,parentData:data26,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_InvoiceItemIDsShort.errors : vErrors.concat(schema_InvoiceItemIDsShort.errors);
						errors = vErrors.length;
					}
					var valid13 = _errs55 === errors;
					if(!valid13){
						valid14 = false;
					}
				}
			}
			else {
				const err47 = {instancePath:instancePath+"/invoices",schemaPath:"#/properties/invoices/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err47);
				errors++;
			}
			var valid0 = _errs53 === errors;
		}
	}
	else {
		const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err48);
		errors++;
	}
	schema_ExpenseForOrgSerializerV1.errors = vErrors;
	return errors === 0;
}

export function schema_FeatureCommonExternal(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.name === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err4);
		errors++;
	}
	schema_FeatureCommonExternal.errors = vErrors;
	return errors === 0;
}

export function schema_FeatureCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.erp_sku_id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "erp_sku_id"},
					message:"must have required property '"+"erp_sku_id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.id === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.name === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.erp_sku_id !== undefined){
			let data2 = data.erp_sku_id;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/erp_sku_id",schemaPath:"#/properties/erp_sku_id/type",keyword:"type",
						params:{type: schema_FeatureCommonShort_schema0.properties.erp_sku_id.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err6);
		errors++;
	}
	schema_FeatureCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_FileTask(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.client_id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_id"},
					message:"must have required property '"+"client_id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.created_at === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},
					message:"must have required property '"+"created_at"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.processing_notes === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "processing_notes"},
					message:"must have required property '"+"processing_notes"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.status === undefined){
			const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
			(vErrors ??= []).push(err3);
			errors++;
		}
		if(data.task_type === undefined){
			const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task_type"},
					message:"must have required property '"+"task_type"+"'"};
			(vErrors ??= []).push(err4);
			errors++;
		}
		if(data.updated_at === undefined){
			const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"},
					message:"must have required property '"+"updated_at"+"'"};
			(vErrors ??= []).push(err5);
			errors++;
		}
		if(data.user_id === undefined){
			const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user_id"},
					message:"must have required property '"+"user_id"+"'"};
			(vErrors ??= []).push(err6);
			errors++;
		}
		if(data.uuid === undefined){
			const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uuid"},message:"must have required property '"+"uuid"+"'"};
			(vErrors ??= []).push(err7);
			errors++;
		}
		if(data.uuid !== undefined){
			let data0 = data.uuid;
			const _errs1 = errors;
			const _errs2 = errors;
			if((typeof data0 == "number") && (isFinite(data0))){
			}
			if(typeof data0 === "string"){
				if(!(formats_uuid(data0))){
					const err8 = {instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/format",keyword:"format",params:{format: "uuid"},
							message:"must match format \""+"uuid"+"\""};
					(vErrors ??= []).push(err8);
					errors++;
				}
			}
			else {
				const err9 = {instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err9);
				errors++;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.created_at !== undefined){
			let data1 = data.created_at;
			const _errs3 = errors;
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_date_time(data1))){
					const err10 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},
							message:"must match format \""+"date-time"+"\""};
					(vErrors ??= []).push(err10);
					errors++;
				}
			}
			else {
				const err11 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err11);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.updated_at !== undefined){
			let data2 = data.updated_at;
			const _errs5 = errors;
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_date_time(data2))){
					const err12 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},
							message:"must match format \""+"date-time"+"\""};
					(vErrors ??= []).push(err12);
					errors++;
				}
			}
			else {
				const err13 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err13);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
		if(data.user_id !== undefined){
			let data3 = data.user_id;
			const _errs7 = errors;
			if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
				const err14 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err14);
				errors++;
			}
			const _errs8 = errors;
			var valid0 = _errs7 === errors;
		}
		if(data.client_id !== undefined){
			let data4 = data.client_id;
			const _errs9 = errors;
			if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
				const err15 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err15);
				errors++;
			}
			const _errs10 = errors;
			var valid0 = _errs9 === errors;
		}
		if(data.task_type !== undefined){
			let data5 = data.task_type;
			const _errs11 = errors;
			if(typeof data5 !== "string"){
				const err16 = {instancePath:instancePath+"/task_type",schemaPath:"#/properties/task_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err16);
				errors++;
			}
			const _errs12 = errors;
			const vSchema0 = schema_FileTask_schema0.properties.task_type.enum;
			if(!((((data5 === "ClosingPeriod") || (data5 === "ImportData")) || (data5 === "Report")) || (data5 === "StopSubscriptions"))){
				const err17 = {instancePath:instancePath+"/task_type",schemaPath:"#/properties/task_type/enum",keyword:"enum",
						params:{allowedValues: schema_FileTask_schema0.properties.task_type.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err17);
				errors++;
			}
			var valid0 = _errs11 === errors;
		}
		if(data.status !== undefined){
			let data6 = data.status;
			const _errs13 = errors;
			if(typeof data6 !== "string"){
				const err18 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err18);
				errors++;
			}
			const _errs14 = errors;
			const vSchema1 = schema_FileTask_schema0.properties.status.enum;
			if(!(((((data6 === "Pending") || (data6 === "InProgress")) || (data6 === "Completed")) || (data6 === "Failed")) || (data6 === "Cancelled"))){
				const err19 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",
						params:{allowedValues: schema_FileTask_schema0.properties.status.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err19);
				errors++;
			}
			var valid0 = _errs13 === errors;
		}
		if(data.parameters !== undefined){
			let data7 = data.parameters;
			const _errs15 = errors;
			const _errs16 = errors;
			if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
				const _errs17 = errors;
				if(data7.type !== undefined){
					let data8 = data7.type;
					const _errs18 = errors;
					if(typeof data8 !== "string"){
						const err20 = {instancePath:instancePath+"/parameters/type",schemaPath:"#/properties/parameters/properties/type/type",keyword:"type",params:{type: "string"},
								message:"must be string"};
						(vErrors ??= []).push(err20);
						errors++;
					}
					const _errs19 = errors;
					var valid1 = _errs18 === errors;
				}
				if(data7.date_from !== undefined){
					let data9 = data7.date_from;
					const _errs20 = errors;
					if((typeof data9 !== "string") && (data9 !== null)){
						const err21 = {instancePath:instancePath+"/parameters/date_from",schemaPath:"#/properties/parameters/properties/date_from/type",keyword:"type",
								params:{type: schema_FileTask_schema0.properties.parameters.properties.date_from.type},message:"must be string,null"};
						(vErrors ??= []).push(err21);
						errors++;
					}
					const _errs21 = errors;
					if((typeof data9 == "number") && (isFinite(data9))){
					}
					if(typeof data9 === "string"){
						if(!(formats_date(data9))){
							const err22 = {instancePath:instancePath+"/parameters/date_from",schemaPath:"#/properties/parameters/properties/date_from/format",keyword:"format",
									params:{format: "date"},message:"must match format \""+"date"+"\""};
							(vErrors ??= []).push(err22);
							errors++;
						}
					}
					var valid1 = _errs20 === errors;
				}
				if(data7.date_to !== undefined){
					let data10 = data7.date_to;
					const _errs22 = errors;
					if((typeof data10 !== "string") && (data10 !== null)){
						const err23 = {instancePath:instancePath+"/parameters/date_to",schemaPath:"#/properties/parameters/properties/date_to/type",keyword:"type",
								params:{type: schema_FileTask_schema0.properties.parameters.properties.date_to.type},message:"must be string,null"};
						(vErrors ??= []).push(err23);
						errors++;
					}
					const _errs23 = errors;
					if((typeof data10 == "number") && (isFinite(data10))){
					}
					if(typeof data10 === "string"){
						if(!(formats_date(data10))){
							const err24 = {instancePath:instancePath+"/parameters/date_to",schemaPath:"#/properties/parameters/properties/date_to/format",keyword:"format",
									params:{format: "date"},message:"must match format \""+"date"+"\""};
							(vErrors ??= []).push(err24);
							errors++;
						}
					}
					var valid1 = _errs22 === errors;
				}
				if(data7.client_id !== undefined){
					let data11 = data7.client_id;
					const _errs24 = errors;
					if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
						const err25 = {instancePath:instancePath+"/parameters/client_id",schemaPath:"#/properties/parameters/properties/client_id/type",keyword:"type",
								params:{type: schema_FileTask_schema0.properties.parameters.properties.client_id.type},message:"must be integer,null"};
						(vErrors ??= []).push(err25);
						errors++;
					}
					const _errs25 = errors;
					var valid1 = _errs24 === errors;
				}
			}
			else {
				const err26 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "object"},
						message:"must be object"};
				(vErrors ??= []).push(err26);
				errors++;
			}
			var valid0 = _errs15 === errors;
		}
		if(data.processing_notes !== undefined){
			let data12 = data.processing_notes;
			const _errs26 = errors;
			const _errs27 = errors;
			if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
				const _errs28 = errors;
				if(data12.celery_group_id !== undefined){
					let data13 = data12.celery_group_id;
					const _errs29 = errors;
					if((typeof data13 !== "string") && (data13 !== null)){
						const err27 = {instancePath:instancePath+"/processing_notes/celery_group_id",schemaPath:"#/properties/processing_notes/properties/celery_group_id/type",
								keyword:"type",params:{type: schema_FileTask_schema0.properties.processing_notes.properties.celery_group_id.type},message:"must be string,null"};
						(vErrors ??= []).push(err27);
						errors++;
					}
					const _errs30 = errors;
					var valid2 = _errs29 === errors;
				}
				if(data12.period !== undefined){
					let data14 = data12.period;
					const _errs31 = errors;
					if((typeof data14 !== "string") && (data14 !== null)){
						const err28 = {instancePath:instancePath+"/processing_notes/period",schemaPath:"#/properties/processing_notes/properties/period/type",keyword:"type",
								params:{type: schema_FileTask_schema0.properties.processing_notes.properties.period.type},message:"must be string,null"};
						(vErrors ??= []).push(err28);
						errors++;
					}
					const _errs32 = errors;
					var valid2 = _errs31 === errors;
				}
				if(data12.records_to_process !== undefined){
					let data15 = data12.records_to_process;
					const _errs33 = errors;
					if((!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) && (data15 !== null)){
						const err29 = {instancePath:instancePath+"/processing_notes/records_to_process",schemaPath:"#/properties/processing_notes/properties/records_to_process/type",
								keyword:"type",params:{type: schema_FileTask_schema0.properties.processing_notes.properties.records_to_process.type},message:"must be integer,null"};
						(vErrors ??= []).push(err29);
						errors++;
					}
					const _errs34 = errors;
					var valid2 = _errs33 === errors;
				}
				if(data12.errors !== undefined){
					let data16 = data12.errors;
					const _errs35 = errors;
					if((!(Array.isArray(data16))) && (data16 !== null)){
						const err30 = {instancePath:instancePath+"/processing_notes/errors",schemaPath:"#/properties/processing_notes/properties/errors/type",keyword:"type",
								params:{type: schema_FileTask_schema0.properties.processing_notes.properties.errors.type},message:"must be array,null"};
						(vErrors ??= []).push(err30);
						errors++;
					}
					const _errs36 = errors;
					if(Array.isArray(data16)){
						let valid4 = true;
						const len0 = data16.length;
						for(let i0=0; i0<len0; i0++){
							let data17 = data16[i0];
							const _errs37 = errors;
							if(!(data17 && typeof data17 == "object" && !Array.isArray(data17))){
								const err31 = {instancePath:instancePath+"/processing_notes/errors/" + i0,schemaPath:"#/properties/processing_notes/properties/errors/items/type",
										keyword:"type",params:{type: "object"},message:"must be object"};
								(vErrors ??= []).push(err31);
								errors++;
							}
							const _errs38 = errors;
							var valid3 = _errs37 === errors;
							if(!valid3){
								valid4 = false;
							}
						}
					}
					var valid2 = _errs35 === errors;
				}
				if(data12.warnings !== undefined){
					let data18 = data12.warnings;
					const _errs39 = errors;
					if((!(Array.isArray(data18))) && (data18 !== null)){
						const err32 = {instancePath:instancePath+"/processing_notes/warnings",schemaPath:"#/properties/processing_notes/properties/warnings/type",keyword:"type",
								params:{type: schema_FileTask_schema0.properties.processing_notes.properties.warnings.type},message:"must be array,null"};
						(vErrors ??= []).push(err32);
						errors++;
					}
					const _errs40 = errors;
					if(Array.isArray(data18)){
						let valid6 = true;
						const len1 = data18.length;
						for(let i1=0; i1<len1; i1++){
							let data19 = data18[i1];
							const _errs41 = errors;
							if(!(data19 && typeof data19 == "object" && !Array.isArray(data19))){
								const err33 = {instancePath:instancePath+"/processing_notes/warnings/" + i1,schemaPath:"#/properties/processing_notes/properties/warnings/items/type",
										keyword:"type",params:{type: "object"},message:"must be object"};
								(vErrors ??= []).push(err33);
								errors++;
							}
							const _errs42 = errors;
							var valid5 = _errs41 === errors;
							if(!valid5){
								valid6 = false;
							}
						}
					}
					var valid2 = _errs39 === errors;
				}
			}
			else {
				const err34 = {instancePath:instancePath+"/processing_notes",schemaPath:"#/properties/processing_notes/type",keyword:"type",params:{type: "object"},
						message:"must be object"};
				(vErrors ??= []).push(err34);
				errors++;
			}
			var valid0 = _errs26 === errors;
		}
	}
	else {
		const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err35);
		errors++;
	}
	schema_FileTask.errors = vErrors;
	return errors === 0;
}

export function schema_InvoiceItemIDsShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.invoice_date === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoice_date"},
					message:"must have required property '"+"invoice_date"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.invoice_id === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoice_id"},
					message:"must have required property '"+"invoice_id"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.invoice_item_id === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoice_item_id"},
					message:"must have required property '"+"invoice_item_id"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.invoice_id !== undefined){
			let data0 = data.invoice_id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err3 = {instancePath:instancePath+"/invoice_id",schemaPath:"#/properties/invoice_id/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.invoice_date !== undefined){
			let data1 = data.invoice_date;
			const _errs3 = errors;
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_date(data1))){
					const err4 = {instancePath:instancePath+"/invoice_date",schemaPath:"#/properties/invoice_date/format",keyword:"format",params:{format: "date"},
							message:"must match format \""+"date"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			else {
				const err5 = {instancePath:instancePath+"/invoice_date",schemaPath:"#/properties/invoice_date/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.invoice_item_id !== undefined){
			let data2 = data.invoice_item_id;
			const _errs5 = errors;
			if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
				const err6 = {instancePath:instancePath+"/invoice_item_id",schemaPath:"#/properties/invoice_item_id/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			const _errs6 = errors;
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err7);
		errors++;
	}
	schema_InvoiceItemIDsShort.errors = vErrors;
	return errors === 0;
}

export function schema_OrgReportTaskRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.template_code === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "template_code"},
					message:"must have required property '"+"template_code"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.parameters !== undefined){
			let data0 = data.parameters;
			const _errs1 = errors;
			const _errs2 = errors;
			if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
				const _errs3 = errors;
				if(data0.date_from !== undefined){
					let data1 = data0.date_from;
					const _errs4 = errors;
					const _errs5 = errors;
					if((typeof data1 == "number") && (isFinite(data1))){
					}
					if(typeof data1 === "string"){
						if(!(formats_date(data1))){
							const err1 = {instancePath:instancePath+"/parameters/date_from",schemaPath:"#/properties/parameters/properties/date_from/format",keyword:"format",
									params:{format: "date"},message:"must match format \""+"date"+"\""};
							(vErrors ??= []).push(err1);
							errors++;
						}
					}
					else {
						const err2 = {instancePath:instancePath+"/parameters/date_from",schemaPath:"#/properties/parameters/properties/date_from/type",keyword:"type",
								params:{type: "string"},message:"must be string"};
						(vErrors ??= []).push(err2);
						errors++;
					}
					var valid1 = _errs4 === errors;
				}
				if(data0.date_to !== undefined){
					let data2 = data0.date_to;
					const _errs6 = errors;
					const _errs7 = errors;
					if((typeof data2 == "number") && (isFinite(data2))){
					}
					if(typeof data2 === "string"){
						if(!(formats_date(data2))){
							const err3 = {instancePath:instancePath+"/parameters/date_to",schemaPath:"#/properties/parameters/properties/date_to/format",keyword:"format",
									params:{format: "date"},message:"must match format \""+"date"+"\""};
							(vErrors ??= []).push(err3);
							errors++;
						}
					}
					else {
						const err4 = {instancePath:instancePath+"/parameters/date_to",schemaPath:"#/properties/parameters/properties/date_to/type",keyword:"type",
								params:{type: "string"},message:"must be string"};
						(vErrors ??= []).push(err4);
						errors++;
					}
					var valid1 = _errs6 === errors;
				}
				if(data0.client_id !== undefined){
					let data3 = data0.client_id;
					const _errs8 = errors;
					if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
						const err5 = {instancePath:instancePath+"/parameters/client_id",schemaPath:"#/properties/parameters/properties/client_id/type",keyword:"type",
								params:{type: "integer"},message:"must be integer"};
						(vErrors ??= []).push(err5);
						errors++;
					}
					const _errs9 = errors;
					var valid1 = _errs8 === errors;
				}
			}
			else {
				const err6 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "object"},
						message:"must be object"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.template_code !== undefined){
			let data4 = data.template_code;
			const _errs10 = errors;
			const _errs11 = errors;
			if(typeof data4 === "string"){
				if(func_runtime_ucs2length(data4) < 1){
					const err7 = {instancePath:instancePath+"/template_code",schemaPath:"#/properties/template_code/minLength",keyword:"minLength",params:{limit: 1},
							message:"must NOT have fewer than 1 characters"};
					(vErrors ??= []).push(err7);
					errors++;
				}
			}
			else {
				const err8 = {instancePath:instancePath+"/template_code",schemaPath:"#/properties/template_code/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err8);
				errors++;
			}
			var valid0 = _errs10 === errors;
		}
	}
	else {
		const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err9);
		errors++;
	}
	schema_OrgReportTaskRequest.errors = vErrors;
	return errors === 0;
}

export function schema_PaginatedAddendumForOrgSerializerV1List(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.count === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.results === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},
					message:"must have required property '"+"results"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.count !== undefined){
			let data0 = data.count;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.next !== undefined){
			let data1 = data.next;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",
						params:{type: schema_PaginatedAddendumForOrgSerializerV1List_schema0.properties.next.type},message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_uri(data1))){
					const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.previous !== undefined){
			let data2 = data.previous;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",
						params:{type: schema_PaginatedAddendumForOrgSerializerV1List_schema0.properties.previous.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.results !== undefined){
			let data3 = data.results;
			const _errs7 = errors;
			const _errs8 = errors;
			if(Array.isArray(data3)){
				let valid2 = true;
				const len0 = data3.length;
				for(let i0=0; i0<len0; i0++){
					let data4 = data3[i0];
					const _errs9 = errors;
					if(!(schema_AddendumForOrgSerializerV1(data4, {instancePath:instancePath+"/results/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_AddendumForOrgSerializerV1.errors : vErrors.concat(schema_AddendumForOrgSerializerV1.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs9 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_PaginatedAddendumForOrgSerializerV1List.errors = vErrors;
	return errors === 0;
}

export function schema_PaginatedCalcRuleList(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.count === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.results === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},
					message:"must have required property '"+"results"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.count !== undefined){
			let data0 = data.count;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.next !== undefined){
			let data1 = data.next;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",
						params:{type: schema_PaginatedCalcRuleList_schema0.properties.next.type},message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_uri(data1))){
					const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.previous !== undefined){
			let data2 = data.previous;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",
						params:{type: schema_PaginatedCalcRuleList_schema0.properties.previous.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.results !== undefined){
			let data3 = data.results;
			const _errs7 = errors;
			const _errs8 = errors;
			if(Array.isArray(data3)){
				let valid2 = true;
				const len0 = data3.length;
				for(let i0=0; i0<len0; i0++){
					let data4 = data3[i0];
					const _errs9 = errors;
					if(!(schema_CalcRule(data4, {instancePath:instancePath+"/results/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_CalcRule.errors : vErrors.concat(schema_CalcRule.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs9 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_PaginatedCalcRuleList.errors = vErrors;
	return errors === 0;
}

export function schema_PaginatedCurrencyForOrgList(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.count === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.results === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},
					message:"must have required property '"+"results"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.count !== undefined){
			let data0 = data.count;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.next !== undefined){
			let data1 = data.next;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",
						params:{type: schema_PaginatedCurrencyForOrgList_schema0.properties.next.type},message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_uri(data1))){
					const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.previous !== undefined){
			let data2 = data.previous;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",
						params:{type: schema_PaginatedCurrencyForOrgList_schema0.properties.previous.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.results !== undefined){
			let data3 = data.results;
			const _errs7 = errors;
			const _errs8 = errors;
			if(Array.isArray(data3)){
				let valid2 = true;
				const len0 = data3.length;
				for(let i0=0; i0<len0; i0++){
					let data4 = data3[i0];
					const _errs9 = errors;
					if(!(schema_CurrencyForOrg(data4, {instancePath:instancePath+"/results/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_CurrencyForOrg.errors : vErrors.concat(schema_CurrencyForOrg.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs9 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_PaginatedCurrencyForOrgList.errors = vErrors;
	return errors === 0;
}

export function schema_PaginatedErpInvoiceExternalList(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.count === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.results === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},
					message:"must have required property '"+"results"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.count !== undefined){
			let data0 = data.count;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.next !== undefined){
			let data1 = data.next;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",
						params:{type: schema_PaginatedErpInvoiceExternalList_schema0.properties.next.type},message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_uri(data1))){
					const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.previous !== undefined){
			let data2 = data.previous;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",
						params:{type: schema_PaginatedErpInvoiceExternalList_schema0.properties.previous.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.results !== undefined){
			let data3 = data.results;
			const _errs7 = errors;
			const _errs8 = errors;
			if(Array.isArray(data3)){
				let valid2 = true;
				const len0 = data3.length;
				for(let i0=0; i0<len0; i0++){
					let data4 = data3[i0];
					const _errs9 = errors;
					if(!(schema_ErpInvoice(data4, {instancePath:instancePath+"/results/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_ErpInvoice.errors : vErrors.concat(schema_ErpInvoice.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs9 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_PaginatedErpInvoiceExternalList.errors = vErrors;
	return errors === 0;
}

export function schema_PaginatedExpenseForOrgSerializerV1List(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.count === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.results === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},
					message:"must have required property '"+"results"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.count !== undefined){
			let data0 = data.count;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.next !== undefined){
			let data1 = data.next;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",
						params:{type: schema_PaginatedExpenseForOrgSerializerV1List_schema0.properties.next.type},message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_uri(data1))){
					const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.previous !== undefined){
			let data2 = data.previous;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",
						params:{type: schema_PaginatedExpenseForOrgSerializerV1List_schema0.properties.previous.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.results !== undefined){
			let data3 = data.results;
			const _errs7 = errors;
			const _errs8 = errors;
			if(Array.isArray(data3)){
				let valid2 = true;
				const len0 = data3.length;
				for(let i0=0; i0<len0; i0++){
					let data4 = data3[i0];
					const _errs9 = errors;
					if(!(schema_ExpenseForOrgSerializerV1(data4, {instancePath:instancePath+"/results/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_ExpenseForOrgSerializerV1.errors : vErrors.concat(schema_ExpenseForOrgSerializerV1.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs9 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_PaginatedExpenseForOrgSerializerV1List.errors = vErrors;
	return errors === 0;
}

export function schema_PaginatedFileTaskList(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.count === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.results === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},
					message:"must have required property '"+"results"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.count !== undefined){
			let data0 = data.count;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.next !== undefined){
			let data1 = data.next;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",
						params:{type: schema_PaginatedFileTaskList_schema0.properties.next.type},message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_uri(data1))){
					const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.previous !== undefined){
			let data2 = data.previous;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",
						params:{type: schema_PaginatedFileTaskList_schema0.properties.previous.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.results !== undefined){
			let data3 = data.results;
			const _errs7 = errors;
			const _errs8 = errors;
			if(Array.isArray(data3)){
				let valid2 = true;
				const len0 = data3.length;
				for(let i0=0; i0<len0; i0++){
					let data4 = data3[i0];
					const _errs9 = errors;
					if(!(schema_FileTask(data4, {instancePath:instancePath+"/results/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_FileTask.errors : vErrors.concat(schema_FileTask.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs9 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_PaginatedFileTaskList.errors = vErrors;
	return errors === 0;
}

export function schema_PaginatedPlanContentForOrgSerializerV1List(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.count === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.results === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},
					message:"must have required property '"+"results"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.count !== undefined){
			let data0 = data.count;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.next !== undefined){
			let data1 = data.next;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",
						params:{type: schema_PaginatedPlanContentForOrgSerializerV1List_schema0.properties.next.type},message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_uri(data1))){
					const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.previous !== undefined){
			let data2 = data.previous;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",
						params:{type: schema_PaginatedPlanContentForOrgSerializerV1List_schema0.properties.previous.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.results !== undefined){
			let data3 = data.results;
			const _errs7 = errors;
			const _errs8 = errors;
			if(Array.isArray(data3)){
				let valid2 = true;
				const len0 = data3.length;
				for(let i0=0; i0<len0; i0++){
					let data4 = data3[i0];
					const _errs9 = errors;
					if(!(schema_PlanContentForOrgSerializerV1(data4, {instancePath:instancePath+"/results/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_PlanContentForOrgSerializerV1.errors : vErrors.concat(schema_PlanContentForOrgSerializerV1.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs9 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_PaginatedPlanContentForOrgSerializerV1List.errors = vErrors;
	return errors === 0;
}

export function schema_PaginatedProductForOrgList(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.count === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.results === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},
					message:"must have required property '"+"results"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.count !== undefined){
			let data0 = data.count;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.next !== undefined){
			let data1 = data.next;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",
						params:{type: schema_PaginatedProductForOrgList_schema0.properties.next.type},message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_uri(data1))){
					const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.previous !== undefined){
			let data2 = data.previous;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",
						params:{type: schema_PaginatedProductForOrgList_schema0.properties.previous.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.results !== undefined){
			let data3 = data.results;
			const _errs7 = errors;
			const _errs8 = errors;
			if(Array.isArray(data3)){
				let valid2 = true;
				const len0 = data3.length;
				for(let i0=0; i0<len0; i0++){
					let data4 = data3[i0];
					const _errs9 = errors;
					if(!(schema_ProductForOrg(data4, {instancePath:instancePath+"/results/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_ProductForOrg.errors : vErrors.concat(schema_ProductForOrg.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs9 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_PaginatedProductForOrgList.errors = vErrors;
	return errors === 0;
}

export function schema_PaginatedTemplateList(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.count === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.results === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},
					message:"must have required property '"+"results"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.count !== undefined){
			let data0 = data.count;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.next !== undefined){
			let data1 = data.next;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",
						params:{type: schema_PaginatedTemplateList_schema0.properties.next.type},message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_uri(data1))){
					const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.previous !== undefined){
			let data2 = data.previous;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",
						params:{type: schema_PaginatedTemplateList_schema0.properties.previous.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.results !== undefined){
			let data3 = data.results;
			const _errs7 = errors;
			const _errs8 = errors;
			if(Array.isArray(data3)){
				let valid2 = true;
				const len0 = data3.length;
				for(let i0=0; i0<len0; i0++){
					let data4 = data3[i0];
					const _errs9 = errors;
					if(!(schema_Template(data4, {instancePath:instancePath+"/results/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_Template.errors : vErrors.concat(schema_Template.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs9 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_PaginatedTemplateList.errors = vErrors;
	return errors === 0;
}

export function schema_PaginatedTrialForOrgSerializerV1List(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.count === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.results === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},
					message:"must have required property '"+"results"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.count !== undefined){
			let data0 = data.count;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.next !== undefined){
			let data1 = data.next;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",
						params:{type: schema_PaginatedTrialForOrgSerializerV1List_schema0.properties.next.type},message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_uri(data1))){
					const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.previous !== undefined){
			let data2 = data.previous;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",
						params:{type: schema_PaginatedTrialForOrgSerializerV1List_schema0.properties.previous.type},message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.results !== undefined){
			let data3 = data.results;
			const _errs7 = errors;
			const _errs8 = errors;
			if(Array.isArray(data3)){
				let valid2 = true;
				const len0 = data3.length;
				for(let i0=0; i0<len0; i0++){
					let data4 = data3[i0];
					const _errs9 = errors;
					if(!(schema_TrialForOrgSerializerV1(data4, {instancePath:instancePath+"/results/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_TrialForOrgSerializerV1.errors : vErrors.concat(schema_TrialForOrgSerializerV1.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs9 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	schema_PaginatedTrialForOrgSerializerV1List.errors = vErrors;
	return errors === 0;
}

export function schema_PatchedTrialUpdateForOrgSerializerV1Request(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.days_limit !== undefined){
			let data0 = data.days_limit;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err0 = {instancePath:instancePath+"/days_limit",schemaPath:"#/properties/days_limit/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err0);
				errors++;
			}
			const _errs2 = errors;
			if((typeof data0 == "number") && (isFinite(data0))){
				if(data0 > 2147483647 || isNaN(data0)){
					const err1 = {instancePath:instancePath+"/days_limit",schemaPath:"#/properties/days_limit/maximum",keyword:"maximum",params:{comparison: "<=",
							limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err1);
					errors++;
				}
				if(data0 < 0 || isNaN(data0)){
					const err2 = {instancePath:instancePath+"/days_limit",schemaPath:"#/properties/days_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},
							message:"must be >= 0"};
					(vErrors ??= []).push(err2);
					errors++;
				}
			}
			var valid0 = _errs1 === errors;
		}
		if(data.CDN_TRIAL_TRAFFIC_LIMIT !== undefined){
			let data1 = data.CDN_TRIAL_TRAFFIC_LIMIT;
			const _errs3 = errors;
			if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
				const err3 = {instancePath:instancePath+"/CDN_TRIAL_TRAFFIC_LIMIT",schemaPath:"#/properties/CDN_TRIAL_TRAFFIC_LIMIT/type",keyword:"type",
						params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
				if(data1 > 2147483647 || isNaN(data1)){
					const err4 = {instancePath:instancePath+"/CDN_TRIAL_TRAFFIC_LIMIT",schemaPath:"#/properties/CDN_TRIAL_TRAFFIC_LIMIT/maximum",keyword:"maximum",
							params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err4);
					errors++;
				}
				if(data1 < 0 || isNaN(data1)){
					const err5 = {instancePath:instancePath+"/CDN_TRIAL_TRAFFIC_LIMIT",schemaPath:"#/properties/CDN_TRIAL_TRAFFIC_LIMIT/minimum",keyword:"minimum",
							params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err5);
					errors++;
				}
			}
			var valid0 = _errs3 === errors;
		}
		if(data.DDOS_TRIAL_RESOURCE_LIMIT !== undefined){
			let data2 = data.DDOS_TRIAL_RESOURCE_LIMIT;
			const _errs5 = errors;
			if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
				const err6 = {instancePath:instancePath+"/DDOS_TRIAL_RESOURCE_LIMIT",schemaPath:"#/properties/DDOS_TRIAL_RESOURCE_LIMIT/type",keyword:"type",
						params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
				if(data2 > 2147483647 || isNaN(data2)){
					const err7 = {instancePath:instancePath+"/DDOS_TRIAL_RESOURCE_LIMIT",schemaPath:"#/properties/DDOS_TRIAL_RESOURCE_LIMIT/maximum",keyword:"maximum",
							params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err7);
					errors++;
				}
				if(data2 < 0 || isNaN(data2)){
					const err8 = {instancePath:instancePath+"/DDOS_TRIAL_RESOURCE_LIMIT",schemaPath:"#/properties/DDOS_TRIAL_RESOURCE_LIMIT/minimum",keyword:"minimum",
							params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err8);
					errors++;
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.DNS_REQUEST_COUNT_COMMIT !== undefined){
			let data3 = data.DNS_REQUEST_COUNT_COMMIT;
			const _errs7 = errors;
			if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
				const err9 = {instancePath:instancePath+"/DNS_REQUEST_COUNT_COMMIT",schemaPath:"#/properties/DNS_REQUEST_COUNT_COMMIT/type",keyword:"type",
						params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err9);
				errors++;
			}
			const _errs8 = errors;
			if((typeof data3 == "number") && (isFinite(data3))){
				if(data3 > 2147483647 || isNaN(data3)){
					const err10 = {instancePath:instancePath+"/DNS_REQUEST_COUNT_COMMIT",schemaPath:"#/properties/DNS_REQUEST_COUNT_COMMIT/maximum",keyword:"maximum",
							params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err10);
					errors++;
				}
				if(data3 < 0 || isNaN(data3)){
					const err11 = {instancePath:instancePath+"/DNS_REQUEST_COUNT_COMMIT",schemaPath:"#/properties/DNS_REQUEST_COUNT_COMMIT/minimum",keyword:"minimum",
							params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err11);
					errors++;
				}
			}
			var valid0 = _errs7 === errors;
		}
		if(data.GCLAW_INPUT_TOKENS !== undefined){
			let data4 = data.GCLAW_INPUT_TOKENS;
			const _errs9 = errors;
			if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
				const err12 = {instancePath:instancePath+"/GCLAW_INPUT_TOKENS",schemaPath:"#/properties/GCLAW_INPUT_TOKENS/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err12);
				errors++;
			}
			const _errs10 = errors;
			if((typeof data4 == "number") && (isFinite(data4))){
				if(data4 > 2147483647 || isNaN(data4)){
					const err13 = {instancePath:instancePath+"/GCLAW_INPUT_TOKENS",schemaPath:"#/properties/GCLAW_INPUT_TOKENS/maximum",keyword:"maximum",params:{comparison: "<=",
							limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err13);
					errors++;
				}
				if(data4 < 0 || isNaN(data4)){
					const err14 = {instancePath:instancePath+"/GCLAW_INPUT_TOKENS",schemaPath:"#/properties/GCLAW_INPUT_TOKENS/minimum",keyword:"minimum",params:{comparison: ">=",
							limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err14);
					errors++;
				}
			}
			var valid0 = _errs9 === errors;
		}
		if(data.GCLAW_OUTPUT_TOKENS !== undefined){
			let data5 = data.GCLAW_OUTPUT_TOKENS;
			const _errs11 = errors;
			if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
				const err15 = {instancePath:instancePath+"/GCLAW_OUTPUT_TOKENS",schemaPath:"#/properties/GCLAW_OUTPUT_TOKENS/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err15);
				errors++;
			}
			const _errs12 = errors;
			if((typeof data5 == "number") && (isFinite(data5))){
				if(data5 > 2147483647 || isNaN(data5)){
					const err16 = {instancePath:instancePath+"/GCLAW_OUTPUT_TOKENS",schemaPath:"#/properties/GCLAW_OUTPUT_TOKENS/maximum",keyword:"maximum",
							params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err16);
					errors++;
				}
				if(data5 < 0 || isNaN(data5)){
					const err17 = {instancePath:instancePath+"/GCLAW_OUTPUT_TOKENS",schemaPath:"#/properties/GCLAW_OUTPUT_TOKENS/minimum",keyword:"minimum",
							params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err17);
					errors++;
				}
			}
			var valid0 = _errs11 === errors;
		}
		if(data.STORAGE_TRIAL_CAPACITY_LIMIT !== undefined){
			let data6 = data.STORAGE_TRIAL_CAPACITY_LIMIT;
			const _errs13 = errors;
			if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
				const err18 = {instancePath:instancePath+"/STORAGE_TRIAL_CAPACITY_LIMIT",schemaPath:"#/properties/STORAGE_TRIAL_CAPACITY_LIMIT/type",keyword:"type",
						params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err18);
				errors++;
			}
			const _errs14 = errors;
			if((typeof data6 == "number") && (isFinite(data6))){
				if(data6 > 2147483647 || isNaN(data6)){
					const err19 = {instancePath:instancePath+"/STORAGE_TRIAL_CAPACITY_LIMIT",schemaPath:"#/properties/STORAGE_TRIAL_CAPACITY_LIMIT/maximum",keyword:"maximum",
							params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err19);
					errors++;
				}
				if(data6 < 0 || isNaN(data6)){
					const err20 = {instancePath:instancePath+"/STORAGE_TRIAL_CAPACITY_LIMIT",schemaPath:"#/properties/STORAGE_TRIAL_CAPACITY_LIMIT/minimum",keyword:"minimum",
							params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err20);
					errors++;
				}
			}
			var valid0 = _errs13 === errors;
		}
		if(data.STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN !== undefined){
			let data7 = data.STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN;
			const _errs15 = errors;
			if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
				const err21 = {instancePath:instancePath+"/STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN",schemaPath:"#/properties/STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN/type",
						keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err21);
				errors++;
			}
			const _errs16 = errors;
			if((typeof data7 == "number") && (isFinite(data7))){
				if(data7 > 2147483647 || isNaN(data7)){
					const err22 = {instancePath:instancePath+"/STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN",schemaPath:"#/properties/STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN/maximum",
							keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err22);
					errors++;
				}
				if(data7 < 0 || isNaN(data7)){
					const err23 = {instancePath:instancePath+"/STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN",schemaPath:"#/properties/STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN/minimum",
							keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err23);
					errors++;
				}
			}
			var valid0 = _errs15 === errors;
		}
		if(data.STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN !== undefined){
			let data8 = data.STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN;
			const _errs17 = errors;
			if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
				const err24 = {instancePath:instancePath+"/STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN",schemaPath:"#/properties/STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN/type",
						keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err24);
				errors++;
			}
			const _errs18 = errors;
			if((typeof data8 == "number") && (isFinite(data8))){
				if(data8 > 2147483647 || isNaN(data8)){
					const err25 = {instancePath:instancePath+"/STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN",schemaPath:"#/properties/STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN/maximum",
							keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err25);
					errors++;
				}
				if(data8 < 0 || isNaN(data8)){
					const err26 = {instancePath:instancePath+"/STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN",schemaPath:"#/properties/STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN/minimum",
							keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err26);
					errors++;
				}
			}
			var valid0 = _errs17 === errors;
		}
		if(data.STREAMING_TRIAL_STREAMS_LIMIT !== undefined){
			let data9 = data.STREAMING_TRIAL_STREAMS_LIMIT;
			const _errs19 = errors;
			if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
				const err27 = {instancePath:instancePath+"/STREAMING_TRIAL_STREAMS_LIMIT",schemaPath:"#/properties/STREAMING_TRIAL_STREAMS_LIMIT/type",keyword:"type",
						params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err27);
				errors++;
			}
			const _errs20 = errors;
			if((typeof data9 == "number") && (isFinite(data9))){
				if(data9 > 2147483647 || isNaN(data9)){
					const err28 = {instancePath:instancePath+"/STREAMING_TRIAL_STREAMS_LIMIT",schemaPath:"#/properties/STREAMING_TRIAL_STREAMS_LIMIT/maximum",keyword:"maximum",
							params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err28);
					errors++;
				}
				if(data9 < 0 || isNaN(data9)){
					const err29 = {instancePath:instancePath+"/STREAMING_TRIAL_STREAMS_LIMIT",schemaPath:"#/properties/STREAMING_TRIAL_STREAMS_LIMIT/minimum",keyword:"minimum",
							params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err29);
					errors++;
				}
			}
			var valid0 = _errs19 === errors;
		}
		if(data.TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT !== undefined){
			let data10 = data.TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT;
			const _errs21 = errors;
			if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
				const err30 = {instancePath:instancePath+"/TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT",
						schemaPath:"#/properties/TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err30);
				errors++;
			}
			const _errs22 = errors;
			if((typeof data10 == "number") && (isFinite(data10))){
				if(data10 > 2147483647 || isNaN(data10)){
					const err31 = {instancePath:instancePath+"/TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT",
							schemaPath:"#/properties/TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},
							message:"must be <= 2147483647"};
					(vErrors ??= []).push(err31);
					errors++;
				}
				if(data10 < 0 || isNaN(data10)){
					const err32 = {instancePath:instancePath+"/TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT",
							schemaPath:"#/properties/TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err32);
					errors++;
				}
			}
			var valid0 = _errs21 === errors;
		}
		if(data.TRIAL_STREAMING_VOD !== undefined){
			let data11 = data.TRIAL_STREAMING_VOD;
			const _errs23 = errors;
			if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
				const err33 = {instancePath:instancePath+"/TRIAL_STREAMING_VOD",schemaPath:"#/properties/TRIAL_STREAMING_VOD/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err33);
				errors++;
			}
			const _errs24 = errors;
			if((typeof data11 == "number") && (isFinite(data11))){
				if(data11 > 2147483647 || isNaN(data11)){
					const err34 = {instancePath:instancePath+"/TRIAL_STREAMING_VOD",schemaPath:"#/properties/TRIAL_STREAMING_VOD/maximum",keyword:"maximum",
							params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err34);
					errors++;
				}
				if(data11 < 0 || isNaN(data11)){
					const err35 = {instancePath:instancePath+"/TRIAL_STREAMING_VOD",schemaPath:"#/properties/TRIAL_STREAMING_VOD/minimum",keyword:"minimum",
							params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err35);
					errors++;
				}
			}
			var valid0 = _errs23 === errors;
		}
		if(data.WAAP_TRIAL_DOMAINS_LIMIT !== undefined){
			let data12 = data.WAAP_TRIAL_DOMAINS_LIMIT;
			const _errs25 = errors;
			if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
				const err36 = {instancePath:instancePath+"/WAAP_TRIAL_DOMAINS_LIMIT",schemaPath:"#/properties/WAAP_TRIAL_DOMAINS_LIMIT/type",keyword:"type",
						params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err36);
				errors++;
			}
			const _errs26 = errors;
			if((typeof data12 == "number") && (isFinite(data12))){
				if(data12 > 2147483647 || isNaN(data12)){
					const err37 = {instancePath:instancePath+"/WAAP_TRIAL_DOMAINS_LIMIT",schemaPath:"#/properties/WAAP_TRIAL_DOMAINS_LIMIT/maximum",keyword:"maximum",
							params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err37);
					errors++;
				}
				if(data12 < 0 || isNaN(data12)){
					const err38 = {instancePath:instancePath+"/WAAP_TRIAL_DOMAINS_LIMIT",schemaPath:"#/properties/WAAP_TRIAL_DOMAINS_LIMIT/minimum",keyword:"minimum",
							params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err38);
					errors++;
				}
			}
			var valid0 = _errs25 === errors;
		}
		if(data.WAAP_TRIAL_REQUESTS_LIMIT !== undefined){
			let data13 = data.WAAP_TRIAL_REQUESTS_LIMIT;
			const _errs27 = errors;
			if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
				const err39 = {instancePath:instancePath+"/WAAP_TRIAL_REQUESTS_LIMIT",schemaPath:"#/properties/WAAP_TRIAL_REQUESTS_LIMIT/type",keyword:"type",
						params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err39);
				errors++;
			}
			const _errs28 = errors;
			if((typeof data13 == "number") && (isFinite(data13))){
				if(data13 > 2147483647 || isNaN(data13)){
					const err40 = {instancePath:instancePath+"/WAAP_TRIAL_REQUESTS_LIMIT",schemaPath:"#/properties/WAAP_TRIAL_REQUESTS_LIMIT/maximum",keyword:"maximum",
							params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err40);
					errors++;
				}
				if(data13 < 0 || isNaN(data13)){
					const err41 = {instancePath:instancePath+"/WAAP_TRIAL_REQUESTS_LIMIT",schemaPath:"#/properties/WAAP_TRIAL_REQUESTS_LIMIT/minimum",keyword:"minimum",
							params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err41);
					errors++;
				}
			}
			var valid0 = _errs27 === errors;
		}
		if(data.WAAP_TRIAL_VOLUME_LIMIT !== undefined){
			let data14 = data.WAAP_TRIAL_VOLUME_LIMIT;
			const _errs29 = errors;
			if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
				const err42 = {instancePath:instancePath+"/WAAP_TRIAL_VOLUME_LIMIT",schemaPath:"#/properties/WAAP_TRIAL_VOLUME_LIMIT/type",keyword:"type",
						params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err42);
				errors++;
			}
			const _errs30 = errors;
			if((typeof data14 == "number") && (isFinite(data14))){
				if(data14 > 2147483647 || isNaN(data14)){
					const err43 = {instancePath:instancePath+"/WAAP_TRIAL_VOLUME_LIMIT",schemaPath:"#/properties/WAAP_TRIAL_VOLUME_LIMIT/maximum",keyword:"maximum",
							params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
					(vErrors ??= []).push(err43);
					errors++;
				}
				if(data14 < 0 || isNaN(data14)){
					const err44 = {instancePath:instancePath+"/WAAP_TRIAL_VOLUME_LIMIT",schemaPath:"#/properties/WAAP_TRIAL_VOLUME_LIMIT/minimum",keyword:"minimum",
							params:{comparison: ">=", limit: 0},message:"must be >= 0"};
					(vErrors ??= []).push(err44);
					errors++;
				}
			}
			var valid0 = _errs29 === errors;
		}
	}
	else {
		const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err45);
		errors++;
	}
	schema_PatchedTrialUpdateForOrgSerializerV1Request.errors = vErrors;
	return errors === 0;
}

export function schema_PlanCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.name === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err4);
		errors++;
	}
	schema_PlanCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_PlanContentForOrgSerializerV1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.calc_rule_type === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "calc_rule_type"},
					message:"must have required property '"+"calc_rule_type"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.comment === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comment"},
					message:"must have required property '"+"comment"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.default === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "default"},
					message:"must have required property '"+"default"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.default_value === undefined){
			const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "default_value"},
					message:"must have required property '"+"default_value"+"'"};
			(vErrors ??= []).push(err3);
			errors++;
		}
		if(data.feature === undefined){
			const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feature"},
					message:"must have required property '"+"feature"+"'"};
			(vErrors ??= []).push(err4);
			errors++;
		}
		if(data.id === undefined){
			const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err5);
			errors++;
		}
		if(data.metric_ext_name === undefined){
			const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric_ext_name"},
					message:"must have required property '"+"metric_ext_name"+"'"};
			(vErrors ??= []).push(err6);
			errors++;
		}
		if(data.plan_id === undefined){
			const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plan_id"},
					message:"must have required property '"+"plan_id"+"'"};
			(vErrors ??= []).push(err7);
			errors++;
		}
		if(data.price === undefined){
			const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'"};
			(vErrors ??= []).push(err8);
			errors++;
		}
		if(data.product === undefined){
			const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},
					message:"must have required property '"+"product"+"'"};
			(vErrors ??= []).push(err9);
			errors++;
		}
		if(data.product_category === undefined){
			const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product_category"},
					message:"must have required property '"+"product_category"+"'"};
			(vErrors ??= []).push(err10);
			errors++;
		}
		if(data.regions === undefined){
			const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "regions"},
					message:"must have required property '"+"regions"+"'"};
			(vErrors ??= []).push(err11);
			errors++;
		}
		if(data.rounding_rule === undefined){
			const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rounding_rule"},
					message:"must have required property '"+"rounding_rule"+"'"};
			(vErrors ??= []).push(err12);
			errors++;
		}
		if(data.unit === undefined){
			const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
			(vErrors ??= []).push(err13);
			errors++;
		}
		if(data.unit_size === undefined){
			const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit_size"},
					message:"must have required property '"+"unit_size"+"'"};
			(vErrors ??= []).push(err14);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err15 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err15);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.plan_id !== undefined){
			let data1 = data.plan_id;
			const _errs3 = errors;
			if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
				const err16 = {instancePath:instancePath+"/plan_id",schemaPath:"#/properties/plan_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err16);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.default !== undefined){
			let data2 = data.default;
			const _errs5 = errors;
			if(typeof data2 !== "boolean"){
				const err17 = {instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
				(vErrors ??= []).push(err17);
				errors++;
			}
			const _errs6 = errors;
			var valid0 = _errs5 === errors;
		}
		if(data.feature !== undefined){
			let data3 = data.feature;
			const _errs7 = errors;
			const _errs8 = errors;
			if(!(schema_FeatureCommonShort(data3, {instancePath:instancePath+"/feature",parentData:data,parentDataProperty:"feature",rootData}))){
				vErrors = vErrors === null ? schema_FeatureCommonShort.errors : vErrors.concat(schema_FeatureCommonShort.errors);
				errors = vErrors.length;
			}
			var valid1 = _errs8 === errors;
			var valid0 = _errs7 === errors;
		}
		if(data.metric_ext_name !== undefined){
			let data4 = data.metric_ext_name;
			const _errs9 = errors;
			if(typeof data4 !== "string"){
				const err18 = {instancePath:instancePath+"/metric_ext_name",schemaPath:"#/properties/metric_ext_name/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err18);
				errors++;
			}
			const _errs10 = errors;
			var valid0 = _errs9 === errors;
		}
		if(data.regions !== undefined){
			let data5 = data.regions;
			const _errs11 = errors;
			const _errs12 = errors;
			if(Array.isArray(data5)){
				let valid3 = true;
				const len0 = data5.length;
				for(let i0=0; i0<len0; i0++){
					let data6 = data5[i0];
					const _errs13 = errors;
					if(!(schema_StatisticRegionCommonShort(data6, {instancePath:instancePath+"/regions/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_StatisticRegionCommonShort.errors : vErrors.concat(schema_StatisticRegionCommonShort.errors);
						errors = vErrors.length;
					}
					var valid2 = _errs13 === errors;
					if(!valid2){
						valid3 = false;
					}
				}
			}
			else {
				const err19 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err19);
				errors++;
			}
			var valid0 = _errs11 === errors;
		}
		if(data.product_category !== undefined){
			let data7 = data.product_category;
			const _errs14 = errors;
			const _errs15 = errors;
			if(!(schema_ProductCategoryCommonShort(data7, {instancePath:instancePath+"/product_category",parentData:data,parentDataProperty:"product_category",rootData}))){
				vErrors = vErrors === null ? schema_ProductCategoryCommonShort.errors : vErrors.concat(schema_ProductCategoryCommonShort.errors);
				errors = vErrors.length;
			}
			var valid4 = _errs15 === errors;
			var valid0 = _errs14 === errors;
		}
		if(data.product !== undefined){
			let data8 = data.product;
			const _errs16 = errors;
			const _errs17 = errors;
			if(!(schema_ProductCommonShort(data8, {instancePath:instancePath+"/product",parentData:data,parentDataProperty:"product",rootData}))){
				vErrors = vErrors === null ? schema_ProductCommonShort.errors : vErrors.concat(schema_ProductCommonShort.errors);
				errors = vErrors.length;
			}
			var valid5 = _errs17 === errors;
			var valid0 = _errs16 === errors;
		}
		if(data.calc_rule_type !== undefined){
			let data9 = data.calc_rule_type;
			const _errs18 = errors;
			if(typeof data9 !== "string"){
				const err20 = {instancePath:instancePath+"/calc_rule_type",schemaPath:"#/properties/calc_rule_type/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err20);
				errors++;
			}
			const _errs19 = errors;
			const vSchema0 = schema_PlanContentForOrgSerializerV1_schema0.properties.calc_rule_type.enum;
			if(!(((((data9 === "commit") || (data9 === "overcommit")) || (data9 === "stepped")) || (data9 === "staged")) || (data9 === "commit_hourly"))){
				const err21 = {instancePath:instancePath+"/calc_rule_type",schemaPath:"#/properties/calc_rule_type/enum",keyword:"enum",
						params:{allowedValues: schema_PlanContentForOrgSerializerV1_schema0.properties.calc_rule_type.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err21);
				errors++;
			}
			var valid0 = _errs18 === errors;
		}
		if(data.unit !== undefined){
			let data10 = data.unit;
			const _errs20 = errors;
			const _errs21 = errors;
			if(!(schema_UnitCommon(data10, {instancePath:instancePath+"/unit",parentData:data,parentDataProperty:"unit",rootData}))){
				vErrors = vErrors === null ? schema_UnitCommon.errors : vErrors.concat(schema_UnitCommon.errors);
				errors = vErrors.length;
			}
			var valid6 = _errs21 === errors;
			var valid0 = _errs20 === errors;
		}
		if(data.unit_size !== undefined){
			let data11 = data.unit_size;
			const _errs22 = errors;
			const _errs23 = errors;
			if(typeof data11 === "string"){
				if(!schema_PlanContentForOrgSerializerV1_pattern0.test(data11)){
					const err22 = {instancePath:instancePath+"/unit_size",schemaPath:"#/properties/unit_size/pattern",keyword:"pattern",
							params:{pattern: "^-?\\d{0,24}(?:\\.\\d{0,8})?$"},message:"must match pattern \""+"^-?\\d{0,24}(?:\\.\\d{0,8})?$"+"\""};
					(vErrors ??= []).push(err22);
					errors++;
				}
			}
			else {
				const err23 = {instancePath:instancePath+"/unit_size",schemaPath:"#/properties/unit_size/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err23);
				errors++;
			}
			var valid0 = _errs22 === errors;
		}
		if(data.price !== undefined){
			let data12 = data.price;
			const _errs24 = errors;
			const _errs25 = errors;
			if(!(schema_PriceCommonShort(data12, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData}))){
				vErrors = vErrors === null ? schema_PriceCommonShort.errors : vErrors.concat(schema_PriceCommonShort.errors);
				errors = vErrors.length;
			}
			var valid7 = _errs25 === errors;
			var valid0 = _errs24 === errors;
		}
		if(data.default_value !== undefined){
			let data13 = data.default_value;
			const _errs26 = errors;
			const _errs27 = errors;
			if(typeof data13 === "string"){
				if(!schema_PlanContentForOrgSerializerV1_pattern0.test(data13)){
					const err24 = {instancePath:instancePath+"/default_value",schemaPath:"#/properties/default_value/pattern",keyword:"pattern",
							params:{pattern: "^-?\\d{0,24}(?:\\.\\d{0,8})?$"},message:"must match pattern \""+"^-?\\d{0,24}(?:\\.\\d{0,8})?$"+"\""};
					(vErrors ??= []).push(err24);
					errors++;
				}
			}
			else {
				const err25 = {instancePath:instancePath+"/default_value",schemaPath:"#/properties/default_value/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err25);
				errors++;
			}
			var valid0 = _errs26 === errors;
		}
		if(data.rounding_rule !== undefined){
			let data14 = data.rounding_rule;
			const _errs28 = errors;
			const _errs29 = errors;
			if(!(schema_RoundingRuleCommon(data14, {instancePath:instancePath+"/rounding_rule",parentData:data,parentDataProperty:"rounding_rule",rootData}))){
				vErrors = vErrors === null ? schema_RoundingRuleCommon.errors : vErrors.concat(schema_RoundingRuleCommon.errors);
				errors = vErrors.length;
			}
			var valid8 = _errs29 === errors;
			var valid0 = _errs28 === errors;
		}
		if(data.comment !== undefined){
			let data15 = data.comment;
			const _errs30 = errors;
			if(typeof data15 !== "string"){
				const err26 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err26);
				errors++;
			}
			const _errs31 = errors;
			var valid0 = _errs30 === errors;
		}
	}
	else {
		const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err27);
		errors++;
	}
	schema_PlanContentForOrgSerializerV1.errors = vErrors;
	return errors === 0;
}

export function schema_PriceCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.currency === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},
					message:"must have required property '"+"currency"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.money_value === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "money_value"},
					message:"must have required property '"+"money_value"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.price_stages === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price_stages"},
					message:"must have required property '"+"price_stages"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.currency !== undefined){
			let data0 = data.currency;
			const _errs1 = errors;
			const _errs2 = errors;
			if(!(schema_CurrencyCommonShort(data0, {instancePath:instancePath+"/currency",parentData:data,parentDataProperty:"currency",rootData}))){
				vErrors = vErrors === null ? schema_CurrencyCommonShort.errors : vErrors.concat(schema_CurrencyCommonShort.errors);
				errors = vErrors.length;
			}
			var valid1 = _errs2 === errors;
			var valid0 = _errs1 === errors;
		}
		if(data.money_value !== undefined){
			let data1 = data.money_value;
			const _errs3 = errors;
			const _errs4 = errors;
			if(typeof data1 === "string"){
				if(!schema_ErpInvoice_pattern0.test(data1)){
					const err3 = {instancePath:instancePath+"/money_value",schemaPath:"#/properties/money_value/pattern",keyword:"pattern",params:{pattern: "^\\d{1,3}\\.\\d{12}$"},
							message:"must match pattern \""+"^\\d{1,3}\\.\\d{12}$"+"\""};
					(vErrors ??= []).push(err3);
					errors++;
				}
			}
			else {
				const err4 = {instancePath:instancePath+"/money_value",schemaPath:"#/properties/money_value/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.price_stages !== undefined){
			let data2 = data.price_stages;
			const _errs5 = errors;
			const _errs6 = errors;
			if(Array.isArray(data2)){
				let valid3 = true;
				const len0 = data2.length;
				for(let i0=0; i0<len0; i0++){
					let data3 = data2[i0];
					const _errs7 = errors;
					if(!(schema_PriceStageCommon(data3, {instancePath:instancePath+"/price_stages/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_PriceStageCommon.errors : vErrors.concat(schema_PriceStageCommon.errors);
						errors = vErrors.length;
					}
					var valid2 = _errs7 === errors;
					if(!valid2){
						valid3 = false;
					}
				}
			}
			else {
				const err5 = {instancePath:instancePath+"/price_stages",schemaPath:"#/properties/price_stages/type",keyword:"type",params:{type: "array"},
						message:"must be array"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err6);
		errors++;
	}
	schema_PriceCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_PriceStageCommon(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.money_value === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "money_value"},
					message:"must have required property '"+"money_value"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.threshold === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "threshold"},
					message:"must have required property '"+"threshold"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.money_value !== undefined){
			let data0 = data.money_value;
			const _errs1 = errors;
			const _errs2 = errors;
			if(typeof data0 === "string"){
				if(!schema_ErpInvoice_pattern0.test(data0)){
					const err2 = {instancePath:instancePath+"/money_value",schemaPath:"#/properties/money_value/pattern",keyword:"pattern",params:{pattern: "^\\d{1,3}\\.\\d{12}$"},
							message:"must match pattern \""+"^\\d{1,3}\\.\\d{12}$"+"\""};
					(vErrors ??= []).push(err2);
					errors++;
				}
			}
			else {
				const err3 = {instancePath:instancePath+"/money_value",schemaPath:"#/properties/money_value/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.threshold !== undefined){
			let data1 = data.threshold;
			const _errs3 = errors;
			const _errs4 = errors;
			if(typeof data1 === "string"){
				if(!schema_DiscountCommonShort_pattern0.test(data1)){
					const err4 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/pattern",keyword:"pattern",
							params:{pattern: "^-?\\d{0,24}(?:\\.\\d{0,12})?$"},message:"must match pattern \""+"^-?\\d{0,24}(?:\\.\\d{0,12})?$"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			else {
				const err5 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err6);
		errors++;
	}
	schema_PriceStageCommon.errors = vErrors;
	return errors === 0;
}

export function schema_ProductCategoryCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.name === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			const _errs4 = errors;
			if(typeof data1 === "string"){
				if(func_runtime_ucs2length(data1) > 255){
					const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},
							message:"must NOT have more than 255 characters"};
					(vErrors ??= []).push(err3);
					errors++;
				}
			}
			else {
				const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err5);
		errors++;
	}
	schema_ProductCategoryCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_ProductCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.internal_name === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "internal_name"},
					message:"must have required property '"+"internal_name"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.name === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.internal_name !== undefined){
			let data2 = data.internal_name;
			const _errs5 = errors;
			const _errs6 = errors;
			if(typeof data2 === "string"){
				if(func_runtime_ucs2length(data2) > 25){
					const err5 = {instancePath:instancePath+"/internal_name",schemaPath:"#/properties/internal_name/maxLength",keyword:"maxLength",params:{limit: 25},
							message:"must NOT have more than 25 characters"};
					(vErrors ??= []).push(err5);
					errors++;
				}
			}
			else {
				const err6 = {instancePath:instancePath+"/internal_name",schemaPath:"#/properties/internal_name/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err7);
		errors++;
	}
	schema_ProductCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_ProductForOrg(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.internal_name === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "internal_name"},
					message:"must have required property '"+"internal_name"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.name_en === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name_en"},
					message:"must have required property '"+"name_en"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.name_en !== undefined){
			let data1 = data.name_en;
			const _errs3 = errors;
			const _errs4 = errors;
			if(typeof data1 === "string"){
				if(func_runtime_ucs2length(data1) > 255){
					const err4 = {instancePath:instancePath+"/name_en",schemaPath:"#/properties/name_en/maxLength",keyword:"maxLength",params:{limit: 255},
							message:"must NOT have more than 255 characters"};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			else {
				const err5 = {instancePath:instancePath+"/name_en",schemaPath:"#/properties/name_en/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.internal_name !== undefined){
			let data2 = data.internal_name;
			const _errs5 = errors;
			const _errs6 = errors;
			if(typeof data2 === "string"){
				if(func_runtime_ucs2length(data2) > 25){
					const err6 = {instancePath:instancePath+"/internal_name",schemaPath:"#/properties/internal_name/maxLength",keyword:"maxLength",params:{limit: 25},
							message:"must NOT have more than 25 characters"};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/internal_name",schemaPath:"#/properties/internal_name/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
		if(data.archive !== undefined){
			let data3 = data.archive;
			const _errs7 = errors;
			if(typeof data3 !== "boolean"){
				const err8 = {instancePath:instancePath+"/archive",schemaPath:"#/properties/archive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
				(vErrors ??= []).push(err8);
				errors++;
			}
			const _errs8 = errors;
			var valid0 = _errs7 === errors;
		}
	}
	else {
		const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err9);
		errors++;
	}
	schema_ProductForOrg.errors = vErrors;
	return errors === 0;
}

export function schema_RoundingRuleCommon(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.unit === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.value === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.unit !== undefined){
			let data0 = data.unit;
			const _errs1 = errors;
			const _errs2 = errors;
			if(!(schema_UnitCommon(data0, {instancePath:instancePath+"/unit",parentData:data,parentDataProperty:"unit",rootData}))){
				vErrors = vErrors === null ? schema_UnitCommon.errors : vErrors.concat(schema_UnitCommon.errors);
				errors = vErrors.length;
			}
			var valid1 = _errs2 === errors;
			var valid0 = _errs1 === errors;
		}
		if(data.value !== undefined){
			let data1 = data.value;
			const _errs3 = errors;
			const _errs4 = errors;
			if(typeof data1 === "string"){
				if(!schema_PlanContentForOrgSerializerV1_pattern0.test(data1)){
					const err2 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/pattern",keyword:"pattern",params:{pattern: "^-?\\d{0,24}(?:\\.\\d{0,8})?$"},
							message:"must match pattern \""+"^-?\\d{0,24}(?:\\.\\d{0,8})?$"+"\""};
					(vErrors ??= []).push(err2);
					errors++;
				}
			}
			else {
				const err3 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.round_operation !== undefined){
			let data2 = data.round_operation;
			const _errs5 = errors;
			if(typeof data2 !== "string"){
				const err4 = {instancePath:instancePath+"/round_operation",schemaPath:"#/properties/round_operation/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs6 = errors;
			const vSchema0 = schema_RoundingRuleCommon_schema0.properties.round_operation.enum;
			if(!((data2 === "ceil") || (data2 === "floor"))){
				const err5 = {instancePath:instancePath+"/round_operation",schemaPath:"#/properties/round_operation/enum",keyword:"enum",
						params:{allowedValues: schema_RoundingRuleCommon_schema0.properties.round_operation.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err6);
		errors++;
	}
	schema_RoundingRuleCommon.errors = vErrors;
	return errors === 0;
}

export function schema_StatisticRegionCommonShort(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.external_name === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_name"},
					message:"must have required property '"+"external_name"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.id === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.name === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.external_name !== undefined){
			let data2 = data.external_name;
			const _errs5 = errors;
			if(typeof data2 !== "string"){
				const err5 = {instancePath:instancePath+"/external_name",schemaPath:"#/properties/external_name/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs6 = errors;
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err6);
		errors++;
	}
	schema_StatisticRegionCommonShort.errors = vErrors;
	return errors === 0;
}

export function schema_Template(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.code === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.description === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},
					message:"must have required property '"+"description"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.id === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.name_en === undefined){
			const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name_en"},
					message:"must have required property '"+"name_en"+"'"};
			(vErrors ??= []).push(err3);
			errors++;
		}
		if(data.parameters === undefined){
			const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parameters"},
					message:"must have required property '"+"parameters"+"'"};
			(vErrors ??= []).push(err4);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.code !== undefined){
			let data1 = data.code;
			const _errs3 = errors;
			const _errs4 = errors;
			if(typeof data1 === "string"){
				if(func_runtime_ucs2length(data1) > 100){
					const err6 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/maxLength",keyword:"maxLength",params:{limit: 100},
							message:"must NOT have more than 100 characters"};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.name_en !== undefined){
			let data2 = data.name_en;
			const _errs5 = errors;
			const _errs6 = errors;
			if(typeof data2 === "string"){
				if(func_runtime_ucs2length(data2) > 255){
					const err8 = {instancePath:instancePath+"/name_en",schemaPath:"#/properties/name_en/maxLength",keyword:"maxLength",params:{limit: 255},
							message:"must NOT have more than 255 characters"};
					(vErrors ??= []).push(err8);
					errors++;
				}
			}
			else {
				const err9 = {instancePath:instancePath+"/name_en",schemaPath:"#/properties/name_en/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err9);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
		if(data.description !== undefined){
			let data3 = data.description;
			const _errs7 = errors;
			if((typeof data3 !== "string") && (data3 !== null)){
				const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",
						params:{type: schema_Template_schema0.properties.description.type},message:"must be string,null"};
				(vErrors ??= []).push(err10);
				errors++;
			}
			const _errs8 = errors;
			var valid0 = _errs7 === errors;
		}
		if(data.parameters !== undefined){
			let data4 = data.parameters;
			const _errs9 = errors;
			const _errs10 = errors;
			if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
				if(data4.parameters !== undefined){
					let data5 = data4.parameters;
					const _errs11 = errors;
					const _errs12 = errors;
					if(Array.isArray(data5)){
						let valid3 = true;
						const len0 = data5.length;
						for(let i0=0; i0<len0; i0++){
							let data6 = data5[i0];
							const _errs13 = errors;
							const _errs14 = errors;
							if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
								if(data6.name === undefined){
									const err11 = {instancePath:instancePath+"/parameters/parameters/" + i0,schemaPath:"#/properties/parameters/properties/parameters/items/required",
											keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
									(vErrors ??= []).push(err11);
									errors++;
								}
								if(data6.name !== undefined){
									let data7 = data6.name;
									const _errs15 = errors;
									if(typeof data7 !== "string"){
										const err12 = {instancePath:instancePath+"/parameters/parameters/" + i0+"/name",
												schemaPath:"#/properties/parameters/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
										(vErrors ??= []).push(err12);
										errors++;
									}
									const _errs16 = errors;
									var valid4 = _errs15 === errors;
								}
								if(data6.required !== undefined){
									let data8 = data6.required;
									const _errs17 = errors;
									if(typeof data8 !== "boolean"){
										const err13 = {instancePath:instancePath+"/parameters/parameters/" + i0+"/required",
												schemaPath:"#/properties/parameters/properties/parameters/items/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
										(vErrors ??= []).push(err13);
										errors++;
									}
									const _errs18 = errors;
									var valid4 = _errs17 === errors;
								}
								if(data6.type !== undefined){
									let data9 = data6.type;
									const _errs19 = errors;
									if(typeof data9 !== "string"){
										const err14 = {instancePath:instancePath+"/parameters/parameters/" + i0+"/type",
												schemaPath:"#/properties/parameters/properties/parameters/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
										(vErrors ??= []).push(err14);
										errors++;
									}
									const _errs20 = errors;
									var valid4 = _errs19 === errors;
								}
								if(data6.format !== undefined){
									let data10 = data6.format;
									const _errs21 = errors;
									if((typeof data10 !== "string") && (data10 !== null)){
										const err15 = {instancePath:instancePath+"/parameters/parameters/" + i0+"/format",
												schemaPath:"#/properties/parameters/properties/parameters/items/properties/format/type",keyword:"type",
												params:{type: schema_Template_schema0.properties.parameters.properties.parameters.items.properties.format.type},message:"must be string,null"};
										(vErrors ??= []).push(err15);
										errors++;
									}
									const _errs22 = errors;
									var valid4 = _errs21 === errors;
								}
								if(data6.description !== undefined){
									let data11 = data6.description;
									const _errs23 = errors;
									if((typeof data11 !== "string") && (data11 !== null)){
										const err16 = {instancePath:instancePath+"/parameters/parameters/" + i0+"/description",
												schemaPath:"#/properties/parameters/properties/parameters/items/properties/description/type",keyword:"type",
												params:{type: schema_Template_schema0.properties.parameters.properties.parameters.items.properties.description.type},message:"must be string,null"};
										(vErrors ??= []).push(err16);
										errors++;
									}
									const _errs24 = errors;
									var valid4 = _errs23 === errors;
								}
								if(data6.enum !== undefined){
									let data12 = data6.enum;
									const _errs25 = errors;
									if((!(Array.isArray(data12))) && (data12 !== null)){
										const err17 = {instancePath:instancePath+"/parameters/parameters/" + i0+"/enum",
												schemaPath:"#/properties/parameters/properties/parameters/items/properties/enum/type",keyword:"type",
												params:{type: schema_Template_schema0.properties.parameters.properties.parameters.items.properties.enum.type},message:"must be array,null"};
										(vErrors ??= []).push(err17);
										errors++;
									}
									const _errs26 = errors;
									if(Array.isArray(data12)){
										let valid6 = true;
										const len1 = data12.length;
										for(let i1=0; i1<len1; i1++){
											let data13 = data12[i1];
											const _errs27 = errors;
											if(typeof data13 !== "string"){
												const err18 = {instancePath:instancePath+"/parameters/parameters/" + i0+"/enum/" + i1,
														schemaPath:"#/properties/parameters/properties/parameters/items/properties/enum/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
												(vErrors ??= []).push(err18);
												errors++;
											}
											const _errs28 = errors;
											var valid5 = _errs27 === errors;
											if(!valid5){
												valid6 = false;
											}
										}
									}
									var valid4 = _errs25 === errors;
								}
							}
							else {
								const err19 = {instancePath:instancePath+"/parameters/parameters/" + i0,schemaPath:"#/properties/parameters/properties/parameters/items/type",keyword:"type",
										params:{type: "object"},message:"must be object"};
								(vErrors ??= []).push(err19);
								errors++;
							}
							var valid2 = _errs13 === errors;
							if(!valid2){
								valid3 = false;
							}
						}
					}
					else {
						const err20 = {instancePath:instancePath+"/parameters/parameters",schemaPath:"#/properties/parameters/properties/parameters/type",keyword:"type",
								params:{type: "array"},message:"must be array"};
						(vErrors ??= []).push(err20);
						errors++;
					}
					var valid1 = _errs11 === errors;
				}
			}
			else {
				const err21 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "object"},
						message:"must be object"};
				(vErrors ??= []).push(err21);
				errors++;
			}
			var valid0 = _errs9 === errors;
		}
	}
	else {
		const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err22);
		errors++;
	}
	schema_Template.errors = vErrors;
	return errors === 0;
}

export function schema_TrialForOrgSerializerV1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.active_ranges === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "active_ranges"},
					message:"must have required property '"+"active_ranges"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.client === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client"},message:"must have required property '"+"client"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.client_id === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_id"},
					message:"must have required property '"+"client_id"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.created_at === undefined){
			const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},
					message:"must have required property '"+"created_at"+"'"};
			(vErrors ??= []).push(err3);
			errors++;
		}
		if(data.days_limit === undefined){
			const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "days_limit"},
					message:"must have required property '"+"days_limit"+"'"};
			(vErrors ??= []).push(err4);
			errors++;
		}
		if(data.id === undefined){
			const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err5);
			errors++;
		}
		if(data.is_trial_skipped === undefined){
			const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "is_trial_skipped"},
					message:"must have required property '"+"is_trial_skipped"+"'"};
			(vErrors ??= []).push(err6);
			errors++;
		}
		if(data.options === undefined){
			const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},
					message:"must have required property '"+"options"+"'"};
			(vErrors ??= []).push(err7);
			errors++;
		}
		if(data.plan === undefined){
			const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'"};
			(vErrors ??= []).push(err8);
			errors++;
		}
		if(data.product === undefined){
			const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},
					message:"must have required property '"+"product"+"'"};
			(vErrors ??= []).push(err9);
			errors++;
		}
		if(data.remaining_duration === undefined){
			const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "remaining_duration"},
					message:"must have required property '"+"remaining_duration"+"'"};
			(vErrors ??= []).push(err10);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err11);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.client_id !== undefined){
			let data1 = data.client_id;
			const _errs3 = errors;
			if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
				const err12 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err12);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.client !== undefined){
			let data2 = data.client;
			const _errs5 = errors;
			const _errs6 = errors;
			if(!(schema_CustomerCommonShort(data2, {instancePath:instancePath+"/client",parentData:data,parentDataProperty:"client",rootData}))){
				vErrors = vErrors === null ? schema_CustomerCommonShort.errors : vErrors.concat(schema_CustomerCommonShort.errors);
				errors = vErrors.length;
			}
			var valid1 = _errs6 === errors;
			var valid0 = _errs5 === errors;
		}
		if(data.product !== undefined){
			let data3 = data.product;
			const _errs7 = errors;
			const _errs8 = errors;
			if(!(schema_ProductCommonShort(data3, {instancePath:instancePath+"/product",parentData:data,parentDataProperty:"product",rootData}))){
				vErrors = vErrors === null ? schema_ProductCommonShort.errors : vErrors.concat(schema_ProductCommonShort.errors);
				errors = vErrors.length;
			}
			var valid2 = _errs8 === errors;
			var valid0 = _errs7 === errors;
		}
		if(data.plan !== undefined){
			let data4 = data.plan;
			const _errs9 = errors;
			const _errs10 = errors;
			if(!(schema_PlanCommonShort(data4, {instancePath:instancePath+"/plan",parentData:data,parentDataProperty:"plan",rootData}))){
				vErrors = vErrors === null ? schema_PlanCommonShort.errors : vErrors.concat(schema_PlanCommonShort.errors);
				errors = vErrors.length;
			}
			var valid3 = _errs10 === errors;
			var valid0 = _errs9 === errors;
		}
		if(data.days_limit !== undefined){
			let data5 = data.days_limit;
			const _errs11 = errors;
			if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
				const err13 = {instancePath:instancePath+"/days_limit",schemaPath:"#/properties/days_limit/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err13);
				errors++;
			}
			const _errs12 = errors;
			var valid0 = _errs11 === errors;
		}
		if(data.active_ranges !== undefined){
			let data6 = data.active_ranges;
			const _errs13 = errors;
			const _errs14 = errors;
			if(Array.isArray(data6)){
				let valid5 = true;
				const len0 = data6.length;
				for(let i0=0; i0<len0; i0++){
					let data7 = data6[i0];
					const _errs15 = errors;
					if(!(schema_DateTimeTZRange(data7, {instancePath:instancePath+"/active_ranges/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_DateTimeTZRange.errors : vErrors.concat(schema_DateTimeTZRange.errors);
						errors = vErrors.length;
					}
					var valid4 = _errs15 === errors;
					if(!valid4){
						valid5 = false;
					}
				}
			}
			else {
				const err14 = {instancePath:instancePath+"/active_ranges",schemaPath:"#/properties/active_ranges/type",keyword:"type",params:{type: "array"},
						message:"must be array"};
				(vErrors ??= []).push(err14);
				errors++;
			}
			var valid0 = _errs13 === errors;
		}
		if(data.created_at !== undefined){
			let data8 = data.created_at;
			const _errs16 = errors;
			const _errs17 = errors;
			if((typeof data8 == "number") && (isFinite(data8))){
			}
			if(typeof data8 === "string"){
				if(!(formats_date_time(data8))){
					const err15 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},
							message:"must match format \""+"date-time"+"\""};
					(vErrors ??= []).push(err15);
					errors++;
				}
			}
			else {
				const err16 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err16);
				errors++;
			}
			var valid0 = _errs16 === errors;
		}
		if(data.options !== undefined){
			let data9 = data.options;
			const _errs18 = errors;
			const _errs19 = errors;
			if(Array.isArray(data9)){
				let valid7 = true;
				const len1 = data9.length;
				for(let i1=0; i1<len1; i1++){
					let data10 = data9[i1];
					const _errs20 = errors;
					if(!(schema_TrialOptionForOrgSerializerV1(data10, {instancePath:instancePath+"/options/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
						vErrors = vErrors === null ? schema_TrialOptionForOrgSerializerV1.errors : vErrors.concat(schema_TrialOptionForOrgSerializerV1.errors);
						errors = vErrors.length;
					}
					var valid6 = _errs20 === errors;
					if(!valid6){
						valid7 = false;
					}
				}
			}
			else {
				const err17 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err17);
				errors++;
			}
			var valid0 = _errs18 === errors;
		}
		if(data.remaining_duration !== undefined){
			let data11 = data.remaining_duration;
			const _errs21 = errors;
			if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
				const err18 = {instancePath:instancePath+"/remaining_duration",schemaPath:"#/properties/remaining_duration/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err18);
				errors++;
			}
			const _errs22 = errors;
			var valid0 = _errs21 === errors;
		}
		if(data.is_trial_skipped !== undefined){
			let data12 = data.is_trial_skipped;
			const _errs23 = errors;
			if(typeof data12 !== "boolean"){
				const err19 = {instancePath:instancePath+"/is_trial_skipped",schemaPath:"#/properties/is_trial_skipped/type",keyword:"type",params:{type: "boolean"},
						message:"must be boolean"};
				(vErrors ??= []).push(err19);
				errors++;
			}
			const _errs24 = errors;
			var valid0 = _errs23 === errors;
		}
	}
	else {
		const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err20);
		errors++;
	}
	schema_TrialForOrgSerializerV1.errors = vErrors;
	return errors === 0;
}

export function schema_TrialOptionForOrgSerializerV1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.description === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},
					message:"must have required property '"+"description"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.feature === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feature"},
					message:"must have required property '"+"feature"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.internal_name === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "internal_name"},
					message:"must have required property '"+"internal_name"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.is_limit === undefined){
			const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "is_limit"},
					message:"must have required property '"+"is_limit"+"'"};
			(vErrors ??= []).push(err3);
			errors++;
		}
		if(data.name === undefined){
			const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err4);
			errors++;
		}
		if(data.remaining_value === undefined){
			const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "remaining_value"},
					message:"must have required property '"+"remaining_value"+"'"};
			(vErrors ??= []).push(err5);
			errors++;
		}
		if(data.unit === undefined){
			const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
			(vErrors ??= []).push(err6);
			errors++;
		}
		if(data.used_value === undefined){
			const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "used_value"},
					message:"must have required property '"+"used_value"+"'"};
			(vErrors ??= []).push(err7);
			errors++;
		}
		if(data.value === undefined){
			const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
			(vErrors ??= []).push(err8);
			errors++;
		}
		if(data.internal_name !== undefined){
			let data0 = data.internal_name;
			const _errs1 = errors;
			if(typeof data0 !== "string"){
				const err9 = {instancePath:instancePath+"/internal_name",schemaPath:"#/properties/internal_name/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err9);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err10);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.description !== undefined){
			let data2 = data.description;
			const _errs5 = errors;
			if(typeof data2 !== "string"){
				const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err11);
				errors++;
			}
			const _errs6 = errors;
			var valid0 = _errs5 === errors;
		}
		if(data.unit !== undefined){
			let data3 = data.unit;
			const _errs7 = errors;
			const _errs8 = errors;
			if(!(schema_UnitCommon(data3, {instancePath:instancePath+"/unit",parentData:data,parentDataProperty:"unit",rootData}))){
				vErrors = vErrors === null ? schema_UnitCommon.errors : vErrors.concat(schema_UnitCommon.errors);
				errors = vErrors.length;
			}
			var valid1 = _errs8 === errors;
			var valid0 = _errs7 === errors;
		}
		if(data.value !== undefined){
			let data4 = data.value;
			const _errs9 = errors;
			if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
				const err12 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err12);
				errors++;
			}
			const _errs10 = errors;
			if((typeof data4 == "number") && (isFinite(data4))){
				if(data4 < 0 || isNaN(data4)){
					const err13 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},
							message:"must be >= 0"};
					(vErrors ??= []).push(err13);
					errors++;
				}
			}
			var valid0 = _errs9 === errors;
		}
		if(data.used_value !== undefined){
			let data5 = data.used_value;
			const _errs11 = errors;
			if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
				const err14 = {instancePath:instancePath+"/used_value",schemaPath:"#/properties/used_value/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err14);
				errors++;
			}
			const _errs12 = errors;
			var valid0 = _errs11 === errors;
		}
		if(data.remaining_value !== undefined){
			let data6 = data.remaining_value;
			const _errs13 = errors;
			if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
				const err15 = {instancePath:instancePath+"/remaining_value",schemaPath:"#/properties/remaining_value/type",keyword:"type",params:{type: "integer"},
						message:"must be integer"};
				(vErrors ??= []).push(err15);
				errors++;
			}
			const _errs14 = errors;
			var valid0 = _errs13 === errors;
		}
		if(data.is_limit !== undefined){
			let data7 = data.is_limit;
			const _errs15 = errors;
			if(typeof data7 !== "boolean"){
				const err16 = {instancePath:instancePath+"/is_limit",schemaPath:"#/properties/is_limit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
				(vErrors ??= []).push(err16);
				errors++;
			}
			const _errs16 = errors;
			var valid0 = _errs15 === errors;
		}
		if(data.feature !== undefined){
			let data8 = data.feature;
			const _errs17 = errors;
			const _errs18 = errors;
			if(!(schema_FeatureCommonExternal(data8, {instancePath:instancePath+"/feature",parentData:data,parentDataProperty:"feature",rootData}))){
				vErrors = vErrors === null ? schema_FeatureCommonExternal.errors : vErrors.concat(schema_FeatureCommonExternal.errors);
				errors = vErrors.length;
			}
			var valid2 = _errs18 === errors;
			var valid0 = _errs17 === errors;
		}
	}
	else {
		const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err17);
		errors++;
	}
	schema_TrialOptionForOrgSerializerV1.errors = vErrors;
	return errors === 0;
}

export function schema_UnitCommon(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.internal_name === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "internal_name"},
					message:"must have required property '"+"internal_name"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.name === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs2 = errors;
			if((typeof data0 == "number") && (isFinite(data0))){
				if(data0 < 1 || isNaN(data0)){
					const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},
							message:"must be >= 1"};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs1 === errors;
		}
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.internal_name !== undefined){
			let data2 = data.internal_name;
			const _errs5 = errors;
			if(typeof data2 !== "string"){
				const err6 = {instancePath:instancePath+"/internal_name",schemaPath:"#/properties/internal_name/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			const _errs6 = errors;
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err7);
		errors++;
	}
	schema_UnitCommon.errors = vErrors;
	return errors === 0;
}

export function schema_Usage(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.amount === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.unit_name === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit_name"},
					message:"must have required property '"+"unit_name"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.amount !== undefined){
			let data0 = data.amount;
			const _errs1 = errors;
			const _errs2 = errors;
			if(typeof data0 === "string"){
				if(!schema_ErpInvoice_pattern0.test(data0)){
					const err2 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/pattern",keyword:"pattern",params:{pattern: "^\\d{1,3}\\.\\d{12}$"},
							message:"must match pattern \""+"^\\d{1,3}\\.\\d{12}$"+"\""};
					(vErrors ??= []).push(err2);
					errors++;
				}
			}
			else {
				const err3 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.unit_name !== undefined){
			let data1 = data.unit_name;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err4 = {instancePath:instancePath+"/unit_name",schemaPath:"#/properties/unit_name/type",keyword:"type",
						params:{type: schema_Usage_schema0.properties.unit_name.type},message:"must be string,null"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err5);
		errors++;
	}
	schema_Usage.errors = vErrors;
	return errors === 0;
}

export const response_v1_addendums_list_200 = schema_PaginatedAddendumForOrgSerializerV1List;
export const response_v1_addendums_retrieve_200 = schema_AddendumForOrgSerializerV1;
export const response_v1_calc_rules_list_200 = schema_PaginatedCalcRuleList;
export const response_v1_calc_rules_retrieve_200 = schema_CalcRule;
export const response_v1_currencies_list_200 = schema_PaginatedCurrencyForOrgList;
export const response_v1_currencies_retrieve_200 = schema_CurrencyForOrg;
export const response_v1_erp_invoices_list_200 = schema_PaginatedErpInvoiceExternalList;
export const response_v1_erp_invoices_retrieve_200 = schema_ErpInvoice;
export const response_v1_expenses_list_200 = schema_PaginatedExpenseForOrgSerializerV1List;
export const response_v1_expenses_retrieve_200 = schema_ExpenseForOrgSerializerV1;
export const response_v1_plans_contents_list_200 = schema_PaginatedPlanContentForOrgSerializerV1List;
export const response_v1_products_list_200 = schema_PaginatedProductForOrgList;
export const response_v1_products_retrieve_200 = schema_ProductForOrg;
export const response_v1_reports_create_201 = schema_FileTask;
export const response_v1_reports_list_200 = schema_PaginatedFileTaskList;
export const response_v1_reports_retrieve_200 = schema_FileTask;
export const response_v1_reports_templates_list_200 = schema_PaginatedTemplateList;
export const response_v1_trials_list_200 = schema_PaginatedTrialForOrgSerializerV1List;
export const response_v1_trials_partial_update_200 = schema_TrialForOrgSerializerV1;
export const response_v1_trials_retrieve_200 = schema_TrialForOrgSerializerV1;
export const response_v1_trials_start_trial_data_retrieve_200 = schema_TrialForOrgSerializerV1;
