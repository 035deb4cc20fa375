// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: unknown-format.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6f4de0151ba1040f5bc05bb61bcbbfaa06e743b1f5bc6eb546c7f93369fe72a1
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";


export function schema_Net(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.a !== undefined){
			let data0 = data.a;
			const _errs1 = errors;
			if(typeof data0 !== "string"){
				const err0 = {instancePath:instancePath+"/a",schemaPath:"#/properties/a/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err0);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
		if(data.b !== undefined){
			let data1 = data.b;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err1 = {instancePath:instancePath+"/b",schemaPath:"#/properties/b/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err1);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.c !== undefined){
			let data2 = data.c;
			const _errs5 = errors;
			if(typeof data2 !== "string"){
				const err2 = {instancePath:instancePath+"/c",schemaPath:"#/properties/c/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs6 = errors;
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err3);
		errors++;
	}
	schema_Net.errors = vErrors;
	return errors === 0;
}
