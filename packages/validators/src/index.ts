export { type FastScanner, fastPaths } from "./generated/fast-path.js";
export * from "./generated/index.js";
export { AMOUNT_SCALE, addAmounts, compareAmounts, formatAmount, parseAmount, tryParseAmount } from "./runtime/decimal.js";
export { createLineChecker, type LineChecker, type LineCheckerOptions, type LineCheckResult } from "./runtime/fast-line.js";
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
