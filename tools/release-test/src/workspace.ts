import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./run.js";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export interface PublicPackage {
  name: string;
  dir: string;
  manifest: Record<string, unknown> & { name: string; version: string };
}

/** Every workspace package under packages/ that is not private: what `changeset publish` releases. */
export async function publicPackages(root = repoRoot): Promise<PublicPackage[]> {
  const found: PublicPackage[] = [];
  for (const entry of await readdir(join(root, "packages"), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(root, "packages", entry.name);
    let text: string;
    try {
      text = await readFile(join(dir, "package.json"), "utf8");
    } catch {
      continue; // a folder another change is still creating
    }
    const manifest = JSON.parse(text) as PublicPackage["manifest"] & { private?: boolean };
    if (!manifest.private) found.push({ name: manifest.name, dir, manifest });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

const skipped = new Set(["node_modules", ".git", ".turbo", "dist", "coverage", ".tmp"]);

/**
 * A throwaway copy of the working tree (not of the last commit, so uncommitted work is what gets released) as its own git
 * repository with its own node_modules, so versioning and tagging never touch the real repo.
 */
export async function copyWorkspace(dest: string, env: NodeJS.ProcessEnv): Promise<void> {
  await cp(repoRoot, dest, { recursive: true, filter: (source) => !skipped.has(basename(source)) });
  await dropProvenance(dest);
  await run("git", ["init", "--quiet", "--initial-branch=main"], { cwd: dest, env });
  await run("git", ["add", "--all"], { cwd: dest, env });
  await run(
    "git",
    ["-c", "user.name=release-test", "-c", "user.email=release-test@localhost", "commit", "--quiet", "-m", "release test base"],
    {
      cwd: dest,
      env,
    },
  );
  // Offline: the store already holds everything the real checkout installed; the copy must not reach any registry.
  await run("pnpm", ["install", "--offline", "--frozen-lockfile"], { cwd: dest, env });
}

/**
 * npm signs provenance only inside GitHub Actions (it needs the job's OIDC token) and `publishConfig.provenance` beats
 * NPM_CONFIG_PROVENANCE=false, so the local copy drops that one key; release.yml publishes the real manifests with it.
 */
export async function dropProvenance(root: string): Promise<void> {
  for (const pkg of await publicPackages(root)) {
    const file = join(pkg.dir, "package.json");
    const manifest = JSON.parse(await readFile(file, "utf8")) as { publishConfig?: Record<string, unknown> };
    if (manifest.publishConfig) delete manifest.publishConfig.provenance;
    await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

/** Commits whatever the test changed in the copy, as a release workflow would between `changeset version` and publish. */
export async function commitAll(root: string, message: string, env: NodeJS.ProcessEnv): Promise<void> {
  await run("git", ["add", "--all"], { cwd: root, env });
  await run(
    "git",
    ["-c", "user.name=release-test", "-c", "user.email=release-test@localhost", "commit", "--quiet", "--allow-empty", "-m", message],
    {
      cwd: root,
      env,
    },
  );
}
