// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.0.yaml (OpenAPI 3.0.3, info.version 1)
// sha256: 2a5268d6b4cd509b548257154ad45bcef0bc03c1b79745db5add6ac8a76219ca
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";

const schema_Thing_schema0 = {"type":"object","required":["name","note","ref"],"properties":{"name":{"type":"string"},"note":{"type":["string","null"]},
		"ref":{"anyOf":[{"allOf":[{"$ref":"https://gcore-billing-spec.invalid/schemas/Other"}]},{"type":"null"}]},"score":{"type":"number","exclusiveMinimum":0}}};

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
		if(data.name === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.note === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.ref === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.name !== undefined){
			let data0 = data.name;
			const _errs1 = errors;
			if(typeof data0 !== "string"){
				const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.note !== undefined){
			let data1 = data.note;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err4 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: schema_Thing_schema0.properties.note.type},
						message:"must be string,null"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.ref !== undefined){
			let data2 = data.ref;
			const _errs5 = errors;
			const _errs6 = errors;
			let valid1 = false;
			const _errs7 = errors;
			const _errs8 = errors;
			if(!(schema_Other(data2, {instancePath:instancePath+"/ref",parentData:data,parentDataProperty:"ref",rootData}))){
				vErrors = vErrors === null ? schema_Other.errors : vErrors.concat(schema_Other.errors);
				errors = vErrors.length;
			}
			var valid2 = _errs8 === errors;
			var _valid0 = _errs7 === errors;
			valid1 = valid1 || _valid0;
			if(!valid1){
				const _errs9 = errors;
				if(data2 !== null){
					const err5 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
					(vErrors ??= []).push(err5);
					errors++;
				}
				const _errs10 = errors;
				var _valid0 = _errs9 === errors;
				valid1 = valid1 || _valid0;
				if(!valid1){
				}
			}
			if(!valid1){
				const err6 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			else {
				errors = _errs6;
				if(vErrors !== null){
					if(_errs6){
						vErrors.length = _errs6;
					}
					else {
						vErrors = null;
					}
				}
			}
			var valid0 = _errs5 === errors;
		}
		if(data.score !== undefined){
			let data3 = data.score;
			const _errs11 = errors;
			const _errs12 = errors;
			if((typeof data3 == "number") && (isFinite(data3))){
				if(data3 <= 0 || isNaN(data3)){
					const err7 = {instancePath:instancePath+"/score",schemaPath:"#/properties/score/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},
							message:"must be > 0"};
					(vErrors ??= []).push(err7);
					errors++;
				}
			}
			else {
				const err8 = {instancePath:instancePath+"/score",schemaPath:"#/properties/score/type",keyword:"type",params:{type: "number"},message:"must be number"};
				(vErrors ??= []).push(err8);
				errors++;
			}
			var valid0 = _errs11 === errors;
		}
	}
	else {
		const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err9);
		errors++;
	}
	schema_Thing.errors = vErrors;
	return errors === 0;
}
