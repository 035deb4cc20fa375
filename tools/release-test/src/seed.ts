import { access, cp, readFile, realpath, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { run } from "./run.js";
import type { Registry } from "./verdaccio.js";
import type { PublicPackage } from "./workspace.js";

interface Manifest {
  name: string;
  version: string;
  packageManager?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** Node's own lookup: `node_modules/<name>` in `from` and each of its parents. */
async function locate(name: string, from: string): Promise<string> {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (await exists(join(candidate, "package.json"))) return realpath(candidate);
    if (dirname(dir) === dir) throw new Error(`cannot find ${name} installed anywhere above ${from}`);
  }
}

const isWorkspace = (range: string) => range.startsWith("workspace:");

function runtimeDependencies(manifest: Manifest): string[] {
  const optionalPeers = manifest.peerDependenciesMeta ?? {};
  return [
    ...Object.entries(manifest.dependencies ?? {}),
    ...Object.entries(manifest.peerDependencies ?? {}).filter(([name]) => !optionalPeers[name]?.optional),
  ]
    .filter(([, range]) => !isWorkspace(range))
    .map(([name]) => name);
}

/**
 * The registry has no uplinks, so the third-party packages our packages depend on at run time are published into it
 * from the copies the workspace already installed: exactly the versions the lockfile pinned, and nothing else.
 * `alongside` names packages other teams use beside ours (tRPC, Hono...), published the same way from the copies
 * installed for `alongsideFrom` (this package's devDependencies), with their runtime dependencies.
 */
export function seedThirdPartyDependencies(
  packages: readonly PublicPackage[],
  registry: Registry,
  env: NodeJS.ProcessEnv,
  workDir: string,
  alongside: readonly string[] = [],
  alongsideFrom = workDir,
): Promise<string[]> {
  const queue = [
    ...packages.flatMap((pkg) => runtimeDependencies(pkg.manifest as Manifest).map((name) => ({ name, from: pkg.dir }))),
    ...alongside.map((name) => ({ name, from: alongsideFrom })),
  ];
  return publishInstalled(queue, registry, env, workDir);
}

/**
 * Packs from a fresh copy, never from the installed folder itself: pnpm's store hard-links files with equal content
 * (a package's `index.d.ts` and `index.d.cts`), `npm pack` then writes the second as a tar hard link, and npm's
 * install drops hard links, so the consumer would get no `index.d.ts`. The copy also leaves out `packageManager`:
 * npm 11 dies with "Exit handler never called!" on one naming a pnpm it does not know (hono's names pnpm@12).
 */
async function packable(dir: string, manifest: Manifest, workDir: string): Promise<string> {
  const copy = join(workDir, "staging", `${manifest.name.replace("/", "+")}@${manifest.version}`);
  await cp(dir, copy, { recursive: true, filter: (source) => !source.includes("/node_modules/", dir.length) });
  const { packageManager: _, ...rest } = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as Manifest;
  await writeFile(join(copy, "package.json"), `${JSON.stringify(rest, null, 2)}\n`);
  return copy;
}

async function publishInstalled(
  queue: { name: string; from: string }[],
  registry: Registry,
  env: NodeJS.ProcessEnv,
  workDir: string,
): Promise<string[]> {
  const published = new Set<string>();
  while (queue.length > 0) {
    const next = queue.shift()!;
    const dir = await locate(next.name, next.from);
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as Manifest;
    const id = `${manifest.name}@${manifest.version}`;
    if (published.has(id)) continue;
    published.add(id);
    const packed = await run(
      "npm",
      ["pack", await packable(dir, manifest, workDir), "--pack-destination", workDir, "--ignore-scripts", "--json"],
      { cwd: workDir, env },
    );
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    // Flags, not config: on npm's command line they beat a `publishConfig` the third-party manifest may carry.
    await run(
      "npm",
      ["publish", join(workDir, filename), "--ignore-scripts", "--provenance=false", `--registry=${registry.url}`, "--tag=latest"],
      {
        cwd: workDir,
        env,
      },
    );
    for (const name of runtimeDependencies(manifest)) queue.push({ name, from: dir });
  }
  return [...published].sort();
}
