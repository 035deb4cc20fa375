export * from "./generated/index.js";
export { AMOUNT_SCALE, addAmounts, compareAmounts, formatAmount, parseAmount, tryParseAmount } from "./runtime/decimal.js";
export { formats } from "./runtime/formats.js";
export {
  DEFAULT_MAX_LINE_BYTES,
  type DecodedText,
  NdjsonFramer,
  type NdjsonFramerOptions,
  type NdjsonLineProblem,
  type NdjsonLineSink,
  type NdjsonRecordResult,
  type NdjsonSource,
  type NdjsonTextCodec,
  parseRecord,
  type ValidateNdjsonOptions,
  validateNdjson,
  webTextCodec,
} from "./runtime/ndjson.js";
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
