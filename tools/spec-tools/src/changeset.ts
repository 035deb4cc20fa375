import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGES, type PackageName } from "./changes.ts";
import { type DiffResult, toMarkdown } from "./report.ts";

/** Names of the packages in the workspace, so a changeset never names one that does not exist (changesets rejects it). */
export function workspacePackages(repoRoot: string): Set<string> {
  const names = new Set<string>();
  for (const folder of ["packages", "tools"]) {
    const dir = join(repoRoot, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      const file = join(dir, entry, "package.json");
      if (existsSync(file)) names.add(String(JSON.parse(readFileSync(file, "utf8")).name));
    }
  }
  return names;
}

export interface ChangesetInput {
  result: DiffResult;
  /** e.g. "cbaae10272d2 → 1234567890ab" */
  title: string;
  /** Only these packages may appear in the frontmatter. */
  present: ReadonlySet<string>;
}

/** The changeset file's text: frontmatter with the bumps (no `none`), then the grouped changelog. */
export function renderChangeset({ result, title, present }: ChangesetInput): string {
  const front = PACKAGES.filter((p: PackageName) => result.bumps[p] !== "none" && present.has(p)).map((p) => `"${p}": ${result.bumps[p]}`);
  const body = toMarkdown(result, { heading: `Spec update: ${title}`, withBumps: false }).trimEnd();
  return `---\n${front.join("\n")}\n---\n\n${body}\n`;
}

/** Writes `.changeset/<name>.md` and returns its path; the name follows the content so reruns overwrite, not pile up. */
export function writeChangeset(dir: string, input: ChangesetInput, sha256: string): string {
  mkdirSync(dir, { recursive: true });
  const text = renderChangeset(input);
  const name = `spec-update-${sha256.slice(0, 12) || createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
  const file = join(dir, `${name}.md`);
  writeFileSync(file, text);
  return file;
}
