// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: nullable-3.1.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: e0362799e7a6562f227156dd643f8c063c7fb4ac8f024a46383f3bfa92350224
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";

const formats_date = __formats.date;
const schema_Thing_schema0 = {"type":"object","required":["a","b","c"],"properties":{"a":{"type":["string","null"],"format":"date"},"b":{"type":["string",
		"null"]},"c":{"type":"integer"}}};

export function schema_Thing(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.a === undefined){
			const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
			(vErrors ??= []).push(err0);
			errors++;
		}
		if(data.b === undefined){
			const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
			(vErrors ??= []).push(err1);
			errors++;
		}
		if(data.c === undefined){
			const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "c"},message:"must have required property '"+"c"+"'"};
			(vErrors ??= []).push(err2);
			errors++;
		}
		if(data.a !== undefined){
			let data0 = data.a;
			const _errs1 = errors;
			if((typeof data0 !== "string") && (data0 !== null)){
				const err3 = {instancePath:instancePath+"/a",schemaPath:"#/properties/a/type",keyword:"type",params:{type: schema_Thing_schema0.properties.a.type},
						message:"must be string,null"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			const _errs2 = errors;
			if((typeof data0 == "number") && (isFinite(data0))){
			}
			if(typeof data0 === "string"){
				if(!(formats_date(data0))){
					const err4 = {instancePath:instancePath+"/a",schemaPath:"#/properties/a/format",keyword:"format",params:{format: "date"},
							message:"must match format \""+"date"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			var valid0 = _errs1 === errors;
		}
		if(data.b !== undefined){
			let data1 = data.b;
			const _errs3 = errors;
			if((typeof data1 !== "string") && (data1 !== null)){
				const err5 = {instancePath:instancePath+"/b",schemaPath:"#/properties/b/type",keyword:"type",params:{type: schema_Thing_schema0.properties.b.type},
						message:"must be string,null"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			const _errs4 = errors;
			var valid0 = _errs3 === errors;
		}
		if(data.c !== undefined){
			let data2 = data.c;
			const _errs5 = errors;
			if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
				const err6 = {instancePath:instancePath+"/c",schemaPath:"#/properties/c/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err6);
				errors++;
			}
			const _errs6 = errors;
			var valid0 = _errs5 === errors;
		}
	}
	else {
		const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err7);
		errors++;
	}
	schema_Thing.errors = vErrors;
	return errors === 0;
}
