// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";

const schema_Mode_schema0 = {"type":"object","properties":{"level_x":{"type":"string","enum":["a","b"]},"levelX":{"type":"string","enum":["c","d"]}}};

export function schema_EventTuiPromptAppend(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
	schema_EventTuiPromptAppend.errors = vErrors;
	return errors === 0;
}

export function schema_Event_tui_prompt_append(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.text !== undefined){
			let data0 = data.text;
			const _errs1 = errors;
			if(typeof data0 !== "string"){
				const err0 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
	schema_Event_tui_prompt_append.errors = vErrors;
	return errors === 0;
}

export function schema_FooBar(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.b !== undefined){
			let data0 = data.b;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err0 = {instancePath:instancePath+"/b",schemaPath:"#/properties/b/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
	schema_FooBar.errors = vErrors;
	return errors === 0;
}

export function schema_Mode(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.level_x !== undefined){
			let data0 = data.level_x;
			const _errs1 = errors;
			if(typeof data0 !== "string"){
				const err0 = {instancePath:instancePath+"/level_x",schemaPath:"#/properties/level_x/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err0);
				errors++;
			}
			const _errs2 = errors;
			const vSchema0 = schema_Mode_schema0.properties.level_x.enum;
			if(!((data0 === "a") || (data0 === "b"))){
				const err1 = {instancePath:instancePath+"/level_x",schemaPath:"#/properties/level_x/enum",keyword:"enum",
						params:{allowedValues: schema_Mode_schema0.properties.level_x.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err1);
				errors++;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.levelX !== undefined){
			let data1 = data.levelX;
			const _errs3 = errors;
			if(typeof data1 !== "string"){
				const err2 = {instancePath:instancePath+"/levelX",schemaPath:"#/properties/levelX/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs4 = errors;
			const vSchema1 = schema_Mode_schema0.properties.levelX.enum;
			if(!((data1 === "c") || (data1 === "d"))){
				const err3 = {instancePath:instancePath+"/levelX",schemaPath:"#/properties/levelX/enum",keyword:"enum",
						params:{allowedValues: schema_Mode_schema0.properties.levelX.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
	}
	else {
		const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err4);
		errors++;
	}
	schema_Mode.errors = vErrors;
	return errors === 0;
}

export function schema_Path(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
		const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
		(vErrors ??= []).push(err0);
		errors++;
	}
	const _errs0 = errors;
	schema_Path.errors = vErrors;
	return errors === 0;
}

export function schema_foo_bar(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
	}
	else {
		const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err1);
		errors++;
	}
	schema_foo_bar.errors = vErrors;
	return errors === 0;
}

export function schema_path(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	if(typeof data !== "string"){
		const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
		(vErrors ??= []).push(err0);
		errors++;
	}
	const _errs0 = errors;
	schema_path.errors = vErrors;
	return errors === 0;
}
