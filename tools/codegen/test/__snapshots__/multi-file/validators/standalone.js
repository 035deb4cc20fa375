// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: openapi.yaml (OpenAPI 3.1, info.version 1)
// sha256: abc99ccbfa02ad9963b2d08c61aa28b9a7c4a606b9afc8d784874fe508d1488a
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";
import { ucs2length as __runtime_ucs2length } from "../runtime/ajv-runtime.js";

const func_runtime_ucs2length = __runtime_ucs2length;
const schema_Kind_schema0 = {"type":"string","enum":["cat","dog"]};

export function response_v1_pets_list_200(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(Array.isArray(data)){
		let valid1 = true;
		const len0 = data.length;
		for(let i0=0; i0<len0; i0++){
			let data0 = data[i0];
			const _errs1 = errors;
			if(!(schema_Pet(data0, {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
				vErrors = vErrors === null ? schema_Pet.errors : vErrors.concat(schema_Pet.errors);
				errors = vErrors.length;
			}
			var valid0 = _errs1 === errors;
			if(!valid0){
				valid1 = false;
			}
		}
	}
	else {
		const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
		(vErrors ??= []).push(err0);
		errors++;
	}
	response_v1_pets_list_200.errors = vErrors;
	return errors === 0;
}

export function schema_Kind(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	if(typeof data !== "string"){
		const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
		(vErrors ??= []).push(err0);
		errors++;
	}
	const _errs0 = errors;
	const vSchema0 = schema_Kind_schema0.enum;
	if(!((data === "cat") || (data === "dog"))){
		const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema_Kind_schema0.enum},
				message:"must be equal to one of the allowed values"};
		(vErrors ??= []).push(err1);
		errors++;
	}
	schema_Kind.errors = vErrors;
	return errors === 0;
}

export function schema_Owner(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.pet === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pet"},message:"must have required property '"+"pet"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.pet !== undefined){
			let data0 = data.pet;
			const _errs1 = errors;
			if(!(schema_Pet(data0, {instancePath:instancePath+"/pet",parentData:data,parentDataProperty:"pet",rootData}))){
				vErrors = vErrors === null ? schema_Pet.errors : vErrors.concat(schema_Pet.errors);
				errors = vErrors.length;
			}
			var valid0 = _errs1 === errors;
		}
	}
	else {
		const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err1);
		errors++;
	}
	schema_Owner.errors = vErrors;
	return errors === 0;
}

export function schema_Pet(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.name === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.name !== undefined){
			let data0 = data.name;
			const _errs1 = errors;
			const _errs2 = errors;
			if(typeof data0 === "string"){
				if(func_runtime_ucs2length(data0) < 1){
					const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},
							message:"must NOT have fewer than 1 characters"};
					(vErrors ??= []).push(err1);
					errors++;
				}
			}
			else {
				const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.kind !== undefined){
			let data1 = data.kind;
			const _errs3 = errors;
			if(!(schema_Kind(data1, {instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData}))){
				vErrors = vErrors === null ? schema_Kind.errors : vErrors.concat(schema_Kind.errors);
				errors = vErrors.length;
			}
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err3);
		errors++;
	}
	schema_Pet.errors = vErrors;
	return errors === 0;
}
