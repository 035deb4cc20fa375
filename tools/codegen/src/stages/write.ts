import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { EmittedFiles } from "../plugins/plugin.ts";

/**
 * Replaces each output directory as a whole: every file is first written to a
 * staging directory next to its target, and the targets are swapped only after
 * all staging succeeded. A failure before the swap leaves the old output as it was.
 */
export function writeAtomically(outputs: Map<string, EmittedFiles>): void {
  const token = `${process.pid}-${Date.now()}`;
  const staged: [target: string, staging: string][] = [];
  try {
    for (const [target, files] of outputs) {
      const staging = `${target}.staging-${token}`;
      for (const [name, content] of files) {
        const path = join(staging, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      }
      staged.push([target, staging]);
    }
  } catch (error) {
    for (const [, staging] of staged) rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  for (const [target, staging] of staged) {
    const old = `${target}.old-${token}`;
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target)) renameSync(target, old);
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
  }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  walk(dir);
  return out;
}

/** Differences between what the generator would write and what is on disk. */
export function findDrift(outputs: Map<string, EmittedFiles>): string[] {
  const problems: string[] = [];
  for (const [target, files] of outputs) {
    const onDisk = new Set(listFiles(target));
    for (const [name, content] of files) {
      const path = join(target, name);
      if (!onDisk.has(name)) problems.push(`missing: ${path}`);
      else if (readFileSync(path, "utf8") !== content) problems.push(`stale:   ${path}`);
      onDisk.delete(name);
    }
    for (const extra of onDisk) problems.push(`extra:   ${join(target, extra)}`);
  }
  return problems;
}
