/** The packages a spec change can affect, in the order reports list them. */
export const PACKAGES = ["@gcore-billing/types", "@gcore-billing/client", "@gcore-billing/validators", "@gcore-billing/cli"] as const;
export type PackageName = (typeof PACKAGES)[number];

export type Bump = "major" | "minor" | "patch" | "none";
export const BUMP_ORDER: readonly Bump[] = ["none", "patch", "minor", "major"];

export const maxBump = (...bumps: Bump[]): Bump =>
  bumps.reduce<Bump>((a, b) => (BUMP_ORDER.indexOf(b) > BUMP_ORDER.indexOf(a) ? b : a), "none");

/** One classified difference between two documents; `--json` prints these four fields and nothing else. */
export interface Change {
  kind: string;
  /** A JSON pointer into the head document (the base document for removals), or `METHOD /path`. */
  location: string;
  breaking: boolean;
  /** Only packages the change affects (bump other than none). */
  packages: Partial<Record<PackageName, Bump>>;
  /** One line for people: what changed, in words. Not part of the JSON output. */
  detail: string;
}

export type Group = "breaking" | "added" | "changed" | "docs";
export const GROUPS: readonly Group[] = ["breaking", "added", "changed", "docs"];

export function groupOf(change: Change): Group {
  if (change.breaking) return "breaking";
  const top = maxBump(...Object.values(change.packages));
  if (top === "patch" || top === "none") return "docs";
  return /(^|\.)added$/.test(change.kind) ? "added" : "changed";
}
