export { SpecError } from "./errors.ts";
export { DEFAULT_SPEC, defaultOutDir, generate, loadModel, modelOf, TARGETS, type Target } from "./generate.ts";
export type * from "./model.ts";
export {
  ANNOTATION_KEYWORDS,
  DOCUMENTATION_KEYWORDS,
  HTTP_METHODS,
  isDocumentation,
  mediaTypeKind,
  visitStructure,
} from "./openapi.ts";
export { compileValidators, createAjv, standaloneModule } from "./plugins/validators/index.ts";
export {
  componentSchemaName,
  componentSchemaRef,
  defsName,
  defsRef,
  deref,
  escapePointer,
  isObject,
  joinPointer,
  resolvePointer,
  unescapePointer,
} from "./pointer.ts";
export { bundleSpec, hasExternalRefs } from "./stages/bundle.ts";
export { checkVersion, type LoadedSpec, loadSpec, loadSpecText, parseSpecText } from "./stages/load.ts";
export { formatLocation, type NormaliseOptions, normalise } from "./stages/normalise.ts";
export { splitNullable } from "./stages/nullability.ts";
export { type PatternTranslation, translatePattern } from "./stages/patterns.ts";
export { findDrift, writeAtomically } from "./stages/write.ts";
