import type { Model } from "../model.ts";

/** Relative file path inside the target's output directory -> file contents. */
export type EmittedFiles = Map<string, string>;

export interface EmitOptions {
  /** The document's path as the user gave it; only for messages. */
  specFile: string;
}

/**
 * The one contract every emitter implements: read the model, return files. A plugin never
 * reads the raw document, never writes to disk and never imports another plugin, so adding
 * one touches nothing else but the registry in `plugins/index.ts`.
 */
export interface Plugin {
  /** Target name: `--target <name>` and the output folder `packages/<name>/src/generated`. */
  name: string;
  emit(model: Model, options: EmitOptions): EmittedFiles | Promise<EmittedFiles>;
}
