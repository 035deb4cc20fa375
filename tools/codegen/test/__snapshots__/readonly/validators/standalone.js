// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: readonly.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: cd81dffb3618ce659fe224a653161c71148b0873358ea90802319efe2f67dc7f
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";


export function schema_Invoice(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
		if(data.secret !== undefined){
			let data2 = data.secret;
			const _errs5 = errors;
			if(typeof data2 !== "string"){
				const err4 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs6 = errors;
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err5);
		errors++;
	}
	schema_Invoice.errors = vErrors;
	return errors === 0;
}
