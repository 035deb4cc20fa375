// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: formats.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 6ab268ce2c2f4d566bebb74e3d0456ef525e100fdfe6afec02b78da8bb90c5d5
// ---------------------------------------------------------------------------
// @ts-nocheck
import { formats as __formats } from "../runtime/formats.js";

const formats_date = __formats.date;
const formats_date_time = __formats["date-time"];
const formats_email = __formats.email;
const formats_ip = __formats.ip;
const formats_ipv4 = __formats.ipv4;
const formats_ipv6 = __formats.ipv6;
const formats_uri = __formats.uri;
const formats_uuid = __formats.uuid;
const schema_Formats_pattern0 = new RegExp("^\\d{1,3}\\.\\d{12}$", "u");
const schema_Formats_pattern1 = new RegExp("^-?\\d+(\\.\\d+)?$", "u");

export function schema_Formats(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
		if(data.date !== undefined){
			let data0 = data.date;
			const _errs1 = errors;
			const _errs2 = errors;
			if((typeof data0 == "number") && (isFinite(data0))){
			}
			if(typeof data0 === "string"){
				if(!(formats_date(data0))){
					const err0 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date"},
							message:"must match format \""+"date"+"\""};
					(vErrors ??= []).push(err0);
					errors++;
				}
			}
			else {
				const err1 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err1);
				errors++;
			}
			var valid0 = _errs1 === errors;
		}
		if(data.date_time !== undefined){
			let data1 = data.date_time;
			const _errs3 = errors;
			const _errs4 = errors;
			if((typeof data1 == "number") && (isFinite(data1))){
			}
			if(typeof data1 === "string"){
				if(!(formats_date_time(data1))){
					const err2 = {instancePath:instancePath+"/date_time",schemaPath:"#/properties/date_time/format",keyword:"format",params:{format: "date-time"},
							message:"must match format \""+"date-time"+"\""};
					(vErrors ??= []).push(err2);
					errors++;
				}
			}
			else {
				const err3 = {instancePath:instancePath+"/date_time",schemaPath:"#/properties/date_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err3);
				errors++;
			}
			var valid0 = _errs3 === errors;
		}
		if(data.uri !== undefined){
			let data2 = data.uri;
			const _errs5 = errors;
			const _errs6 = errors;
			if((typeof data2 == "number") && (isFinite(data2))){
			}
			if(typeof data2 === "string"){
				if(!(formats_uri(data2))){
					const err4 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/format",keyword:"format",params:{format: "uri"},
							message:"must match format \""+"uri"+"\""};
					(vErrors ??= []).push(err4);
					errors++;
				}
			}
			else {
				const err5 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err5);
				errors++;
			}
			var valid0 = _errs5 === errors;
		}
		if(data.uuid !== undefined){
			let data3 = data.uuid;
			const _errs7 = errors;
			const _errs8 = errors;
			if((typeof data3 == "number") && (isFinite(data3))){
			}
			if(typeof data3 === "string"){
				if(!(formats_uuid(data3))){
					const err6 = {instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/format",keyword:"format",params:{format: "uuid"},
							message:"must match format \""+"uuid"+"\""};
					(vErrors ??= []).push(err6);
					errors++;
				}
			}
			else {
				const err7 = {instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err7);
				errors++;
			}
			var valid0 = _errs7 === errors;
		}
		if(data.uuid4 !== undefined){
			let data4 = data.uuid4;
			const _errs9 = errors;
			const _errs10 = errors;
			if((typeof data4 == "number") && (isFinite(data4))){
			}
			if(typeof data4 === "string"){
				if(!(formats_uuid(data4))){
					const err8 = {instancePath:instancePath+"/uuid4",schemaPath:"#/properties/uuid4/format",keyword:"format",params:{format: "uuid"},
							message:"must match format \""+"uuid"+"\""};
					(vErrors ??= []).push(err8);
					errors++;
				}
			}
			else {
				const err9 = {instancePath:instancePath+"/uuid4",schemaPath:"#/properties/uuid4/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err9);
				errors++;
			}
			var valid0 = _errs9 === errors;
		}
		if(data.email !== undefined){
			let data5 = data.email;
			const _errs11 = errors;
			const _errs12 = errors;
			if((typeof data5 == "number") && (isFinite(data5))){
			}
			if(typeof data5 === "string"){
				if(!(formats_email(data5))){
					const err10 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},
							message:"must match format \""+"email"+"\""};
					(vErrors ??= []).push(err10);
					errors++;
				}
			}
			else {
				const err11 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err11);
				errors++;
			}
			var valid0 = _errs11 === errors;
		}
		if(data.ipv4 !== undefined){
			let data6 = data.ipv4;
			const _errs13 = errors;
			const _errs14 = errors;
			if((typeof data6 == "number") && (isFinite(data6))){
			}
			if(typeof data6 === "string"){
				if(!(formats_ipv4(data6))){
					const err12 = {instancePath:instancePath+"/ipv4",schemaPath:"#/properties/ipv4/format",keyword:"format",params:{format: "ipv4"},
							message:"must match format \""+"ipv4"+"\""};
					(vErrors ??= []).push(err12);
					errors++;
				}
			}
			else {
				const err13 = {instancePath:instancePath+"/ipv4",schemaPath:"#/properties/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err13);
				errors++;
			}
			var valid0 = _errs13 === errors;
		}
		if(data.ipv6 !== undefined){
			let data7 = data.ipv6;
			const _errs15 = errors;
			const _errs16 = errors;
			if((typeof data7 == "number") && (isFinite(data7))){
			}
			if(typeof data7 === "string"){
				if(!(formats_ipv6(data7))){
					const err14 = {instancePath:instancePath+"/ipv6",schemaPath:"#/properties/ipv6/format",keyword:"format",params:{format: "ipv6"},
							message:"must match format \""+"ipv6"+"\""};
					(vErrors ??= []).push(err14);
					errors++;
				}
			}
			else {
				const err15 = {instancePath:instancePath+"/ipv6",schemaPath:"#/properties/ipv6/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err15);
				errors++;
			}
			var valid0 = _errs15 === errors;
		}
		if(data.any_ip !== undefined){
			let data8 = data.any_ip;
			const _errs17 = errors;
			const _errs18 = errors;
			if((typeof data8 == "number") && (isFinite(data8))){
			}
			if(typeof data8 === "string"){
				if(!(formats_ip(data8))){
					const err16 = {instancePath:instancePath+"/any_ip",schemaPath:"#/properties/any_ip/format",keyword:"format",params:{format: "ip"},
							message:"must match format \""+"ip"+"\""};
					(vErrors ??= []).push(err16);
					errors++;
				}
			}
			else {
				const err17 = {instancePath:instancePath+"/any_ip",schemaPath:"#/properties/any_ip/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err17);
				errors++;
			}
			var valid0 = _errs17 === errors;
		}
		if(data.int32 !== undefined){
			let data9 = data.int32;
			const _errs19 = errors;
			if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
				const err18 = {instancePath:instancePath+"/int32",schemaPath:"#/properties/int32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err18);
				errors++;
			}
			const _errs20 = errors;
			if((typeof data9 == "number") && (isFinite(data9))){
				if(data9 > 2147483647 || isNaN(data9)){
					const err19 = {instancePath:instancePath+"/int32",schemaPath:"#/properties/int32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},
							message:"must be <= 2147483647"};
					(vErrors ??= []).push(err19);
					errors++;
				}
				if(data9 < -2147483648 || isNaN(data9)){
					const err20 = {instancePath:instancePath+"/int32",schemaPath:"#/properties/int32/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},
							message:"must be >= -2147483648"};
					(vErrors ??= []).push(err20);
					errors++;
				}
			}
			var valid0 = _errs19 === errors;
		}
		if(data.int64 !== undefined){
			let data10 = data.int64;
			const _errs21 = errors;
			if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
				const err21 = {instancePath:instancePath+"/int64",schemaPath:"#/properties/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err21);
				errors++;
			}
			const _errs22 = errors;
			if((typeof data10 == "number") && (isFinite(data10))){
				if(data10 > 9223372036854776000 || isNaN(data10)){
					const err22 = {instancePath:instancePath+"/int64",schemaPath:"#/properties/int64/maximum",keyword:"maximum",params:{comparison: "<=",
							limit: 9223372036854776000},message:"must be <= 9223372036854776000"};
					(vErrors ??= []).push(err22);
					errors++;
				}
				if(data10 < -9223372036854776000 || isNaN(data10)){
					const err23 = {instancePath:instancePath+"/int64",schemaPath:"#/properties/int64/minimum",keyword:"minimum",params:{comparison: ">=",
							limit: -9223372036854776000},message:"must be >= -9223372036854776000"};
					(vErrors ??= []).push(err23);
					errors++;
				}
			}
			var valid0 = _errs21 === errors;
		}
		if(data.uint64 !== undefined){
			let data11 = data.uint64;
			const _errs23 = errors;
			if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
				const err24 = {instancePath:instancePath+"/uint64",schemaPath:"#/properties/uint64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
				(vErrors ??= []).push(err24);
				errors++;
			}
			const _errs24 = errors;
			if((typeof data11 == "number") && (isFinite(data11))){
				if(data11 > 18446744073709552000 || isNaN(data11)){
					const err25 = {instancePath:instancePath+"/uint64",schemaPath:"#/properties/uint64/maximum",keyword:"maximum",params:{comparison: "<=",
							limit: 18446744073709552000},message:"must be <= 18446744073709552000"};
					(vErrors ??= []).push(err25);
					errors++;
				}
				if(data11 < 0 || isNaN(data11)){
					const err26 = {instancePath:instancePath+"/uint64",schemaPath:"#/properties/uint64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},
							message:"must be >= 0"};
					(vErrors ??= []).push(err26);
					errors++;
				}
			}
			var valid0 = _errs23 === errors;
		}
		if(data.amount !== undefined){
			let data12 = data.amount;
			const _errs25 = errors;
			const _errs26 = errors;
			if(typeof data12 === "string"){
				if(!schema_Formats_pattern0.test(data12)){
					const err27 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/pattern",keyword:"pattern",params:{pattern: "^\\d{1,3}\\.\\d{12}$"},
							message:"must match pattern \""+"^\\d{1,3}\\.\\d{12}$"+"\""};
					(vErrors ??= []).push(err27);
					errors++;
				}
			}
			else {
				const err28 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err28);
				errors++;
			}
			var valid0 = _errs25 === errors;
		}
		if(data.loose_amount !== undefined){
			let data13 = data.loose_amount;
			const _errs27 = errors;
			const _errs28 = errors;
			if(typeof data13 === "string"){
				if(!schema_Formats_pattern1.test(data13)){
					const err29 = {instancePath:instancePath+"/loose_amount",schemaPath:"#/properties/loose_amount/pattern",keyword:"pattern",
							params:{pattern: "^-?\\d+(\\.\\d+)?$"},message:"must match pattern \""+"^-?\\d+(\\.\\d+)?$"+"\""};
					(vErrors ??= []).push(err29);
					errors++;
				}
			}
			else {
				const err30 = {instancePath:instancePath+"/loose_amount",schemaPath:"#/properties/loose_amount/type",keyword:"type",params:{type: "string"},
						message:"must be string"};
				(vErrors ??= []).push(err30);
				errors++;
			}
			var valid0 = _errs27 === errors;
		}
		if(data.file !== undefined){
			let data14 = data.file;
			const _errs29 = errors;
			if(typeof data14 !== "string"){
				const err31 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
				(vErrors ??= []).push(err31);
				errors++;
			}
			const _errs30 = errors;
			var valid0 = _errs29 === errors;
		}
	}
	else {
		const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
		(vErrors ??= []).push(err32);
		errors++;
	}
	schema_Formats.errors = vErrors;
	return errors === 0;
}
