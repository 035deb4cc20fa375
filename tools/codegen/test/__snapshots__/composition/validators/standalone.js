// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: composition.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: ab1ec56c8e7da3298fc4431184a9d5624c38d99b8ae96214109726398eb8b55f
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";
import { ucs2length as __runtime_ucs2length } from "../runtime/ajv-runtime.js";

const func_runtime_ucs2length = __runtime_ucs2length;

export function schema_Base(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.id === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.id !== undefined){
			let data0 = data.id;
			const _errs1 = errors;
			if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
				const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err1);
				errors++;
			}
			const _errs2 = errors;
			var valid0 = _errs1 === errors;
		}
	}
	else {
		const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err2);
		errors++;
	}
	schema_Base.errors = vErrors;
	return errors === 0;
}

export function schema_IdOrName(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	let valid0 = false;
	const _errs1 = errors;
	if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
		const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
		(vErrors ??= []).push(err0);
		errors++;
	}
	const _errs2 = errors;
	var _valid0 = _errs1 === errors;
	valid0 = valid0 || _valid0;
	if(!valid0){
		const _errs3 = errors;
		const _errs4 = errors;
		if(typeof data === "string"){
			if(func_runtime_ucs2length(data) < 1){
				const err1 = {instancePath,schemaPath:"#/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
				(vErrors ??= []).push(err1);
				errors++;
			}
		}
		else {
			const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		var _valid0 = _errs3 === errors;
		valid0 = valid0 || _valid0;
		if(!valid0){
		}
	}
	if(!valid0){
		const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
		(vErrors ??= []).push(err3);
		errors++;
	}
	else {
		errors = _errs0;
		if(vErrors !== null){
			if(_errs0){
				vErrors.length = _errs0;
			}
			else {
				vErrors = null;
			}
		}
	}
	schema_IdOrName.errors = vErrors;
	return errors === 0;
}

export function schema_Named(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(!(schema_Base(data, {instancePath,parentData,parentDataProperty,rootData}))){
		vErrors = vErrors === null ? schema_Base.errors : vErrors.concat(schema_Base.errors);
		errors = vErrors.length;
	}
	var valid0 = _errs0 === errors;
	const _errs1 = errors;
	const _errs2 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.name === undefined){
			const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "name"},
					message:"must have required property '"+"name"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.name !== undefined){
			let data0 = data.name;
			const _errs3 = errors;
			if(typeof data0 !== "string"){
				const err1 = {instancePath:instancePath+"/name",schemaPath:"#/allOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err1);
				errors++;
			}
			const _errs4 = errors;
			var valid1 = _errs3 === errors;
		}
	}
	else {
		const err2 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err2);
		errors++;
	}
	var valid0 = _errs1 === errors;
	schema_Named.errors = vErrors;
	return errors === 0;
}

export function schema_Shape(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	let valid0 = false;
	let passing0 = null;
	const _errs1 = errors;
	const _errs2 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.radius === undefined){
			const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "radius"},
					message:"must have required property '"+"radius"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		const _errs3 = errors;
		for(const key0 in data){
			if(!(key0 === "radius")){
				const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},
						message:"must NOT have additional properties"};
				(vErrors ??= []).push(err1);
				errors++;
			}
		}
		if(data.radius !== undefined){
			let data0 = data.radius;
			const _errs4 = errors;
			if(!((typeof data0 == "number") && (isFinite(data0)))){
				const err2 = {instancePath:instancePath+"/radius",schemaPath:"#/oneOf/0/properties/radius/type",keyword:"type",params:{type: "number"},
						message:"must be number"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs5 = errors;
			var valid1 = _errs4 === errors;
		}
	}
	else {
		const err3 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err3);
		errors++;
	}
	var _valid0 = _errs1 === errors;
	if(_valid0){
		valid0 = true;
		passing0 = 0;
	}
	const _errs6 = errors;
	const _errs7 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.side === undefined){
			const err4 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "side"},
					message:"must have required property '"+"side"+"'"};
			(vErrors ??= []).push(err4);
			errors++;
		}
		const _errs8 = errors;
		for(const key1 in data){
			if(!(key1 === "side")){
				const err5 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},
						message:"must NOT have additional properties"};
				(vErrors ??= []).push(err5);
				errors++;
			}
		}
		if(data.side !== undefined){
			let data1 = data.side;
			const _errs9 = errors;
			if(!((typeof data1 == "number") && (isFinite(data1)))){
				const err6 = {instancePath:instancePath+"/side",schemaPath:"#/oneOf/1/properties/side/type",keyword:"type",params:{type: "number"},message:"must be number"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			const _errs10 = errors;
			var valid2 = _errs9 === errors;
		}
	}
	else {
		const err7 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err7);
		errors++;
	}
	var _valid0 = _errs6 === errors;
	if(_valid0 && valid0){
		valid0 = false;
		passing0 = [passing0, 1];
	}
	else {
		if(_valid0){
			valid0 = true;
			passing0 = 1;
		}
	}
	if(!valid0){
		const err8 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
		(vErrors ??= []).push(err8);
		errors++;
	}
	else {
		errors = _errs0;
		if(vErrors !== null){
			if(_errs0){
				vErrors.length = _errs0;
			}
			else {
				vErrors = null;
			}
		}
	}
	schema_Shape.errors = vErrors;
	return errors === 0;
}
