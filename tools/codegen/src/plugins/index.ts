import type { Plugin } from "./plugin.ts";

export interface PluginEntry {
  /** Target name: `--target <name>` and the output folder `packages/<name>/src/generated`. */
  readonly name: string;
  /** The plugin's folder module; it exports `plugin`. */
  readonly module: URL;
  /**
   * Emit in a worker thread of its own when the CLI generates several targets: the types plugin
   * spends about 0.8 s importing openapi-typescript, Redocly and TypeScript and 1.1 s converting
   * Gcore's Cloud API, all of it independent of the validators, which take the main thread.
   */
  readonly ownThread: boolean;
}

const entry = <N extends string>(name: N, ownThread = false): PluginEntry & { readonly name: N } => ({
  name,
  module: new URL(`./${name}/index.ts`, import.meta.url),
  ownThread,
});

/**
 * Every emitter, in the order they run and their files are listed. A plugin is its folder, named
 * after its target: register a new one here and nowhere else. Modules are imported only when
 * their target is generated.
 */
export const PLUGINS = [entry("types", true), entry("validators"), entry("client"), entry("mocks")] as const;

export async function loadPlugin(entry: PluginEntry): Promise<Plugin> {
  const mod = (await import(entry.module.href)) as { plugin: Plugin };
  return mod.plugin;
}
