import { type Bump, type Change, GROUPS, type Group, groupOf, PACKAGES, type PackageName } from "./changes.ts";

export interface DiffResult {
  changes: Change[];
  bumps: Record<PackageName, Bump>;
}

/** The `--json` shape, field for field; `detail` is for people and stays out. */
export function toJson(result: DiffResult): string {
  const changes = result.changes.map(({ kind, location, breaking, packages }) => ({ kind, location, breaking, packages }));
  return `${JSON.stringify({ changes, bumps: result.bumps }, null, 2)}\n`;
}

const TITLES: Record<Group, string> = { breaking: "Breaking", added: "Added", changed: "Changed", docs: "Docs" };

/** Changes under breaking / added / changed / docs headings, in document order within each. */
export function grouped(changes: readonly Change[]): Map<Group, Change[]> {
  const out = new Map<Group, Change[]>(GROUPS.map((g) => [g, []]));
  for (const c of changes) out.get(groupOf(c))?.push(c);
  return out;
}

const short = (p: PackageName) => p.replace("@gcore-billing/", "");

/** Markdown that reads fine in a terminal and in a pull request. */
export function toMarkdown(result: DiffResult, opts: { heading?: string; withBumps?: boolean } = {}): string {
  const lines: string[] = [];
  if (opts.heading) lines.push(opts.heading, "");
  if (opts.withBumps !== false) {
    lines.push(`Bumps: ${PACKAGES.map((p) => `${short(p)} ${result.bumps[p]}`).join(", ")}`, "");
  }
  if (result.changes.length === 0) lines.push("No changes.", "");
  for (const [group, list] of grouped(result.changes)) {
    if (list.length === 0) continue;
    lines.push(`### ${TITLES[group]} (${list.length})`, "");
    for (const c of list) {
      const affected = Object.entries(c.packages)
        .map(([p, b]) => `${short(p as PackageName)} ${b}`)
        .join(", ");
      lines.push(`- ${c.detail} \`${c.kind}\`${affected ? ` (${affected})` : ""}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
