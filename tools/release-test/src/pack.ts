import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { run } from "./run.js";

/** Packs a workspace package the way `pnpm publish` does (workspace: ranges resolved), into `dest`; returns the tarball path. */
export async function packPackage(dir: string, dest: string): Promise<string> {
  const before = new Set(await readdir(dest));
  await run("pnpm", ["pack", "--pack-destination", dest], { cwd: dir });
  const created = (await readdir(dest)).filter((file) => file.endsWith(".tgz") && !before.has(file));
  if (created.length !== 1) throw new Error(`pnpm pack in ${dir} produced ${created.length} tarballs in ${dest}`);
  return join(dest, created[0]!);
}
