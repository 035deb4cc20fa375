export { type FastScanner, fastPaths } from "./generated/fast-path.js";
export * from "./generated/index.js";
export { AMOUNT_SCALE, addAmounts, compareAmounts, formatAmount, parseAmount, tryParseAmount } from "./runtime/decimal.js";
export { createLineChecker, type LineChecker, type LineCheckerOptions, type LineCheckResult } from "./runtime/fast-line.js";
export { formats } from "./runtime/formats.js";
export { gunzipMembers, isTrailingData, type RawInflater, type ZlibLike, zlibInflater } from "./runtime/gzip.js";
export {
  DEFAULT_MAX_LINE_BYTES,
  type DecodedText,
  NdjsonFramer,
  type NdjsonFramerOptions,
  type NdjsonLineProblem,
  type NdjsonLineSink,
  type NdjsonTextCodec,
  webTextCodec,
} from "./runtime/ndjson.js";
export {
  DEFAULT_MAX_DOCUMENT_BYTES,
  decompressed,
  fastPathFor,
  type Gunzip,
  GzipReadError,
  isGzip,
  isJsonBlank,
  type NdjsonRecordResult,
  type NdjsonSource,
  nodeGunzip,
  parseRecord,
  type ReadRecordsOptions,
  type ReadSummary,
  type RecordFormat,
  RecordReader,
  type RecordReaderOptions,
  type RecordSink,
  type RecordSource,
  readRecords,
  type ValidateNdjsonOptions,
  type ValueCheck,
  validateNdjson,
  validatorCheck,
} from "./runtime/records.js";
export {
  type CompiledValidator,
  createValidator,
  toIssues,
  ValidationError,
  type ValidationIssue,
  type ValidationResult,
  type Validator,
} from "./runtime/result.js";
export {
  createStandardSchema,
  type GcoreStandardProps,
  type GcoreStandardSchema,
  JSON_SCHEMA_TARGETS,
  type JsonSchemaObject,
  jsonSchemaFor,
  pointerToPath,
  type StandardIssue,
  type StandardJSONSchemaV1,
  type StandardResult,
  type StandardSchemaV1,
  type StandardTypedV1,
  toStandardIssues,
} from "./runtime/standard-schema.js";
