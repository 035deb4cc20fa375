// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: refs.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0d2301c4a39e4c6969377f1350ec2cd2bd3601a198b95f562298be5029ce34f
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";

const schema_Node_wrapper0 = {validate: schema_Node};

export function schema_Node(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.value === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.value !== undefined){
			let data0 = data.value;
			const _errs1 = errors;
			if(typeof data0 !== "string"){
				const err1 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err1);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.children !== undefined){
			let data1 = data.children;
			const _errs3 = errors;
			const _errs4 = errors;
			if(Array.isArray(data1)){
				let valid2 = true;
				const len0 = data1.length;
				for(let i0=0; i0<len0; i0++){
					let data2 = data1[i0];
					const _errs5 = errors;
					if(!(schema_Node_wrapper0.validate(data2, {instancePath:instancePath+"/children/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
						vErrors = vErrors === null ? schema_Node_wrapper0.validate.errors : vErrors.concat(schema_Node_wrapper0.validate.errors);
						errors = vErrors.length;
					}
					var valid1 = _errs5 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err2 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"},message:"must be array"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.parent !== undefined){
			let data3 = data.parent;
			const _errs6 = errors;
			if(!(schema_Node_properties_value(data3, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData}))){
				vErrors = vErrors === null ? schema_Node_properties_value.errors : vErrors.concat(schema_Node_properties_value.errors);
				errors = vErrors.length;
			}
			var valid0 = _errs6 === errors;
		}
	}
	else {
		const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err3);
		errors++;
	}
	schema_Node.errors = vErrors;
	return errors === 0;
}

function schema_Node_properties_value(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	if(typeof data !== "string"){
		const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
		(vErrors ??= []).push(err0);
		errors++;
	}
	const _errs0 = errors;
	schema_Node_properties_value.errors = vErrors;
	return errors === 0;
}
