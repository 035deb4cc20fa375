import { resolve } from "node:path";
import type { Model } from "./model.ts";
import { PLUGINS } from "./plugins/index.ts";
import type { EmittedFiles } from "./plugins/plugin.ts";
import { bundleSpec } from "./stages/bundle.ts";
import { type LoadedSpec, loadSpec } from "./stages/load.ts";
import { type NormaliseOptions, normalise } from "./stages/normalise.ts";

export const TARGETS = PLUGINS.map((p) => p.name);
export type Target = (typeof PLUGINS)[number]["name"] | (string & {});

const REPO_ROOT = resolve(import.meta.dirname, "../../..");
export const DEFAULT_SPEC = resolve(REPO_ROOT, "spec/billing_reseller_api.yaml");
export const defaultOutDir = (target: Target) => resolve(REPO_ROOT, "packages", target, "src/generated");

/** load -> bundle -> normalise: the one model of a document file, as every emitter and spec-tools read it. */
export async function loadModel(specFile: string, options: NormaliseOptions = {}): Promise<Model> {
  return modelOf(loadSpec(specFile), options);
}

/** bundle -> normalise for a document already read (from a file, git or the network). */
export async function modelOf(loaded: LoadedSpec, options: NormaliseOptions = {}): Promise<Model> {
  return normalise(await bundleSpec(loaded), options);
}

/** load -> bundle -> normalise -> model -> the emitted files of each requested plugin. Nothing is written here. */
export async function generate(
  specFile: string,
  targets: readonly Target[] = TARGETS,
  options: NormaliseOptions = {},
): Promise<{ model: Model; files: Map<Target, EmittedFiles> }> {
  const model = await loadModel(specFile, options);
  const files = new Map<Target, EmittedFiles>();
  for (const plugin of PLUGINS) {
    if (targets.includes(plugin.name)) files.set(plugin.name, await plugin.emit(model, { specFile }));
  }
  return { model, files };
}
