// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: params.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6366930c1c9c9695893e5f83ee08d16015acddeaab3156a6ada87d6ae7e09cc5
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";


export function response_v1_items_retrieve_200(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
		if(data.results !== undefined){
			let data1 = data.results;
			const _errs3 = errors;
			const _errs4 = errors;
			if(Array.isArray(data1)){
				let valid2 = true;
				const len0 = data1.length;
				for(let i0=0; i0<len0; i0++){
					let data2 = data1[i0];
					const _errs5 = errors;
					if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
						const err3 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"},
								message:"must be object"};
						(vErrors ??= []).push(err3);
						errors++;
					}
					const _errs6 = errors;
					var valid1 = _errs5 === errors;
					if(!valid1){
						valid2 = false;
					}
				}
			}
			else {
				const err4 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
	response_v1_items_retrieve_200.errors = vErrors;
	return errors === 0;
}
