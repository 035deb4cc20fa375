// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: example-refs.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: dd09d2670b03c27e5d885ee640faf5fc47ba719e9a4a4110a81b4f73c7af2ef8
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";


export function schema_Other(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err0);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
	}
	else {
		const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err1);
		errors++;
	}
	schema_Other.errors = vErrors;
	return errors === 0;
}

export function schema_Thing(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.example !== undefined){
			let data0 = data.example;
			const _errs1 = errors;
			if(!(schema_Other(data0, {instancePath:instancePath+"/example",parentData:data,parentDataProperty:"example",rootData}))){
				vErrors = vErrors === null ? schema_Other.errors : vErrors.concat(schema_Other.errors);
				errors = vErrors.length;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.config !== undefined){
			let data1 = data.config;
			const _errs2 = errors;
			if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
				const err0 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
				(vErrors ??= []).push(err0);
				errors++;
			}
			const _errs3 = errors;
			var valid0 = _errs2 === errors;
		}
	}
	else {
		const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err1);
		errors++;
	}
	schema_Thing.errors = vErrors;
	return errors === 0;
}

export const response_v1_things_create_201 = schema_Thing;
