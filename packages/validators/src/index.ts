export * from "./generated/index.js";
export { formats } from "./runtime/formats.js";
export {
  type CompiledValidator,
  createValidator,
  toIssues,
  ValidationError,
  type ValidationIssue,
  type ValidationResult,
  type Validator,
} from "./runtime/result.js";
