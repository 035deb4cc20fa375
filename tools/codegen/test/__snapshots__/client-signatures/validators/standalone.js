// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: client-signatures.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 0d9302271aeacde45a2d3b935b9aba1237df728aa3dd1b72a88d5f442fb59236
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";


export function response_v1_widgets_list_200(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(Array.isArray(data)){
		let valid1 = true;
		const len0 = data.length;
		for(let i0=0; i0<len0; i0++){
			let data0 = data[i0];
			const _errs1 = errors;
			if(!(schema_Widget(data0, {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
				vErrors = vErrors === null ? schema_Widget.errors : vErrors.concat(schema_Widget.errors);
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
	response_v1_widgets_list_200.errors = vErrors;
	return errors === 0;
}

export function response_v1_widgets_parts_list_200(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(Array.isArray(data)){
		let valid1 = true;
		const len0 = data.length;
		for(let i0=0; i0<len0; i0++){
			let data0 = data[i0];
			const _errs1 = errors;
			if(typeof data0 !== "string"){
				const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err0);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
			if(!valid0){
				valid1 = false;
			}
		}
	}
	else {
		const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
		(vErrors ??= []).push(err1);
		errors++;
	}
	response_v1_widgets_parts_list_200.errors = vErrors;
	return errors === 0;
}

export function schema_Widget(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
		if(data.name !== undefined){
			let data1 = data.name;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err1);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err2);
		errors++;
	}
	schema_Widget.errors = vErrors;
	return errors === 0;
}

export const response_v1_widgets_create_201 = schema_Widget;
export const response_v1_widgets_export_retrieve_200 = schema_Widget;
export const response_v1_widgets_partial_update_200 = schema_Widget;
