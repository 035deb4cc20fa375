import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { Model } from "./model.ts";
import { loadPlugin, PLUGINS } from "./plugins/index.ts";
import type { EmitOptions, EmittedFiles } from "./plugins/plugin.ts";
import { bundleSpec } from "./stages/bundle.ts";
import { type LoadedSpec, loadSpec } from "./stages/load.ts";
import { type NormaliseOptions, normalise } from "./stages/normalise.ts";
import { startThread, type Thread } from "./threads.ts";

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

export interface GenerateOptions extends NormaliseOptions {
  /**
   * Emit plugins marked `ownThread` in worker threads, started before the document is read so
   * their imports overlap with it. The
   * files are the same either way (a test compares them). Off by default: a library caller
   * generating many small documents would pay a thread start-up for each.
   */
  threads?: boolean;
}

type EmitThread = Thread<[Model, EmitOptions], EmittedFiles>;

/** load -> bundle -> normalise -> model -> the emitted files of each requested plugin. Nothing is written here. */
export async function generate(
  specFile: string,
  targets: readonly Target[] = TARGETS,
  options: GenerateOptions = {},
): Promise<{ model: Model; files: Map<Target, EmittedFiles> }> {
  const entries = PLUGINS.filter((p) => targets.includes(p.name));
  const threaded = options.threads === true && entries.length > 1 && availableParallelism() > 1;
  const threads = new Map<string, EmitThread>();
  if (threaded) {
    for (const entry of entries) if (entry.ownThread) threads.set(entry.name, startThread(entry.module, "plugin.emit"));
  }
  try {
    const model = await modelOf(loadSpec(specFile), { strict: options.strict });
    const emitOptions: EmitOptions = { specFile };
    const pending = new Map<string, Promise<EmittedFiles>>();
    for (const [name, thread] of threads) pending.set(name, thread.run(model, emitOptions));
    const emitted = new Map<string, EmittedFiles>();
    for (const entry of entries) {
      if (!pending.has(entry.name)) emitted.set(entry.name, await (await loadPlugin(entry)).emit(model, emitOptions));
    }
    for (const [name, inThread] of pending) emitted.set(name, await inThread);
    // Registry order whichever thread finished first, so the output lists do not depend on timing.
    const files = new Map<Target, EmittedFiles>(entries.map((e) => [e.name, emitted.get(e.name)!]));
    return { model, files };
  } finally {
    for (const thread of threads.values()) thread.cancel();
  }
}
