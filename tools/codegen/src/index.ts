export { SpecError } from "./errors.ts";
export { DEFAULT_SPEC, defaultOutDir, generate, TARGETS, type Target } from "./generate.ts";
export type * from "./model.ts";
export { compileValidators, createAjv, standaloneModule } from "./plugins/validators/index.ts";
export { escapePointer, isObject, joinPointer, resolvePointer, unescapePointer } from "./pointer.ts";
export { type LoadedSpec, loadSpec, loadSpecText, parseSpecText } from "./stages/load.ts";
export { normalise } from "./stages/normalise.ts";
export { findDrift, writeAtomically } from "./stages/write.ts";
