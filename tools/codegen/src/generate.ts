import { resolve } from "node:path";
import type { Model } from "./model.ts";
import { PLUGINS } from "./plugins/index.ts";
import type { EmittedFiles } from "./plugins/plugin.ts";
import { loadSpec } from "./stages/load.ts";
import { normalise } from "./stages/normalise.ts";

export const TARGETS = PLUGINS.map((p) => p.name);
export type Target = (typeof PLUGINS)[number]["name"] | (string & {});

const REPO_ROOT = resolve(import.meta.dirname, "../../..");
export const DEFAULT_SPEC = resolve(REPO_ROOT, "spec/billing_reseller_api.yaml");
export const defaultOutDir = (target: Target) => resolve(REPO_ROOT, "packages", target, "src/generated");

/** spec file -> model -> the emitted files of each requested target. Nothing is written here. */
export async function generate(
  specFile: string,
  targets: readonly Target[] = TARGETS,
): Promise<{ model: Model; files: Map<Target, EmittedFiles> }> {
  const model = normalise(loadSpec(specFile));
  const files = new Map<Target, EmittedFiles>();
  for (const plugin of PLUGINS) {
    if (targets.includes(plugin.name)) files.set(plugin.name, await plugin.emit(model, { specFile }));
  }
  return { model, files };
}
