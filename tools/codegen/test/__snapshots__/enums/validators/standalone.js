// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: enums.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: c0ce47c2b3f4d98ec9bf703f83ad4c879f574288f734aa9ca3d76013af2189c8
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";

const schema_Thing_schema0 = {"type":"object","properties":{"move_type":{"type":"string","enum":["out_invoice","out_refund"]},"level":{"type":"integer",
		"enum":[1,2,3]},"maybe":{"type":["string","null"],"enum":["x","y",null]}}};

export function schema_Thing(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.move_type !== undefined){
			let data0 = data.move_type;
			const _errs1 = errors;
			if(typeof data0 !== "string"){
				const err0 = {instancePath:instancePath+"/move_type",schemaPath:"#/properties/move_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err0);
				errors++;
			}
			const _errs2 = errors;
			const vSchema0 = schema_Thing_schema0.properties.move_type.enum;
			if(!((data0 === "out_invoice") || (data0 === "out_refund"))){
				const err1 = {instancePath:instancePath+"/move_type",schemaPath:"#/properties/move_type/enum",keyword:"enum",
						params:{allowedValues: schema_Thing_schema0.properties.move_type.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err1);
				errors++;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.level !== undefined){
			let data1 = data.level;
			const _errs3 = errors;
			if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
				const err2 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err2);
				errors++;
			}
			const _errs4 = errors;
			const vSchema1 = schema_Thing_schema0.properties.level.enum;
			if(!(((data1 === 1) || (data1 === 2)) || (data1 === 3))){
				const err3 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",
						params:{allowedValues: schema_Thing_schema0.properties.level.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.maybe !== undefined){
			let data2 = data.maybe;
			const _errs5 = errors;
			if((typeof data2 !== "string") && (data2 !== null)){
				const err4 = {instancePath:instancePath+"/maybe",schemaPath:"#/properties/maybe/type",keyword:"type",params:{type: schema_Thing_schema0.properties.maybe.type},
						message:"must be string,null"};
				(vErrors ??= []).push(err4);
				errors++;
			}
			const _errs6 = errors;
			const vSchema2 = schema_Thing_schema0.properties.maybe.enum;
			if(!(((data2 === "x") || (data2 === "y")) || (data2 === null))){
				const err5 = {instancePath:instancePath+"/maybe",schemaPath:"#/properties/maybe/enum",keyword:"enum",
						params:{allowedValues: schema_Thing_schema0.properties.maybe.enum},message:"must be equal to one of the allowed values"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err6);
		errors++;
	}
	schema_Thing.errors = vErrors;
	return errors === 0;
}

export const response_v1_things_list_200 = schema_Thing;
