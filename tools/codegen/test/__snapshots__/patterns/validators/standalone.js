// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: patterns.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: f167006d1b05bae936da472f4956ee3771ff05550ec48d8a1b24b1661c3a702e
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";

const schema_Patterns_pattern0 = new RegExp("^[a-z\"' ]+$", "u");
const schema_Patterns_pattern1 = new RegExp("^-\\d+$", "u");
const schema_Patterns_pattern2 = new RegExp("^[\\w\\-.]+$", "u");
const schema_Patterns_pattern3 = new RegExp("^a\\{b\\}$", "u");
const schema_Patterns_pattern4 = new RegExp("^(?<x>[ab])\\k<x>$", "u");
const schema_Patterns_pattern5 = new RegExp("^[A-Z]{3}$", "u");
const schema_Patterns_pattern6 = new RegExp("^x-", "u");

export function schema_Patterns(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.quoted !== undefined){
			let data0 = data.quoted;
			const _errs1 = errors;
			const _errs2 = errors;
			if(typeof data0 === "string"){
				if(!schema_Patterns_pattern0.test(data0)){
					const err0 = {instancePath:instancePath+"/quoted",schemaPath:"#/properties/quoted/pattern",keyword:"pattern",params:{pattern: "^[a-z\"' ]+$"},
							message:"must match pattern \""+"^[a-z\"' ]+$"+"\""};
					(vErrors ??= []).push(err0);
					errors++;
				}
			}
			else {
				const err1 = {instancePath:instancePath+"/quoted",schemaPath:"#/properties/quoted/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err1);
				errors++;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.dashed !== undefined){
			let data1 = data.dashed;
			const _errs3 = errors;
			const _errs4 = errors;
			if(typeof data1 === "string"){
				if(!schema_Patterns_pattern1.test(data1)){
					const err2 = {instancePath:instancePath+"/dashed",schemaPath:"#/properties/dashed/pattern",keyword:"pattern",params:{pattern: "^-\\d+$"},
							message:"must match pattern \""+"^-\\d+$"+"\""};
					(vErrors ??= []).push(err2);
					errors++;
				}
			}
			else {
				const err3 = {instancePath:instancePath+"/dashed",schemaPath:"#/properties/dashed/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.word_range !== undefined){
			let data2 = data.word_range;
			const _errs5 = errors;
			const _errs6 = errors;
			if(typeof data2 === "string"){
				if(!schema_Patterns_pattern2.test(data2)){
					const err4 = {instancePath:instancePath+"/word_range",schemaPath:"#/properties/word_range/pattern",keyword:"pattern",params:{pattern: "^[\\w\\-.]+$"},
							message:"must match pattern \""+"^[\\w\\-.]+$"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			else {
				const err5 = {instancePath:instancePath+"/word_range",schemaPath:"#/properties/word_range/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
		if(data.brace !== undefined){
			let data3 = data.brace;
			const _errs7 = errors;
			const _errs8 = errors;
			if(typeof data3 === "string"){
				if(!schema_Patterns_pattern3.test(data3)){
					const err6 = {instancePath:instancePath+"/brace",schemaPath:"#/properties/brace/pattern",keyword:"pattern",params:{pattern: "^a\\{b\\}$"},
							message:"must match pattern \""+"^a\\{b\\}$"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/brace",schemaPath:"#/properties/brace/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
		if(data.python_group !== undefined){
			let data4 = data.python_group;
			const _errs9 = errors;
			const _errs10 = errors;
			if(typeof data4 === "string"){
				if(!schema_Patterns_pattern4.test(data4)){
					const err8 = {instancePath:instancePath+"/python_group",schemaPath:"#/properties/python_group/pattern",keyword:"pattern",params:{pattern: "^(?<x>[ab])\\k<x>$"},
							message:"must match pattern \""+"^(?<x>[ab])\\k<x>$"+"\""};
					(vErrors ??= []).push(err8);
					errors++;
				}
			}
			else {
				const err9 = {instancePath:instancePath+"/python_group",schemaPath:"#/properties/python_group/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err9);
				errors++;
			}
			var valid0 = _errs9 === errors;
		}
		if(data.unicode_ok !== undefined){
			let data5 = data.unicode_ok;
			const _errs11 = errors;
			const _errs12 = errors;
			if(typeof data5 === "string"){
				if(!schema_Patterns_pattern5.test(data5)){
					const err10 = {instancePath:instancePath+"/unicode_ok",schemaPath:"#/properties/unicode_ok/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},
							message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
					(vErrors ??= []).push(err10);
					errors++;
				}
			}
			else {
				const err11 = {instancePath:instancePath+"/unicode_ok",schemaPath:"#/properties/unicode_ok/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err11);
				errors++;
			}
			var valid0 = _errs11 === errors;
		}
		var props0 = {};
		for(const key0 in data){
			if(schema_Patterns_pattern6.test(key0)){
				let data6 = data[key0];
				const _errs13 = errors;
				if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
					const err12 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5Ex-/type",keyword:"type",
							params:{type: "integer"},message:"must be integer"};
					(vErrors ??= []).push(err12);
					errors++;
				}
				const _errs14 = errors;
				var valid1 = _errs13 === errors;
			}
		}
	}
	else {
		const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err13);
		errors++;
	}
	schema_Patterns.errors = vErrors;
	return errors === 0;
}
