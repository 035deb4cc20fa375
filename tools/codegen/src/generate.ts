import { resolve } from "node:path";
import { emitClient } from "./emit/client.ts";
import type { EmittedFiles } from "./emit/header.ts";
import { emitTypes } from "./emit/types.ts";
import { emitValidators } from "./emit/validators.ts";
import type { Model } from "./model.ts";
import { loadSpec } from "./stages/load.ts";
import { normalise } from "./stages/normalise.ts";

export const TARGETS = ["types", "validators", "client"] as const;
export type Target = (typeof TARGETS)[number];

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
  for (const target of targets) {
    if (target === "types") files.set(target, await emitTypes(model));
    if (target === "validators") files.set(target, emitValidators(model, specFile));
    if (target === "client") files.set(target, emitClient(model));
  }
  return { model, files };
}
