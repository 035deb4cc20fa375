import { type Bump, type Change, maxBump, PACKAGES, type PackageName } from "./changes.ts";

/** The release each package needs: the largest bump any change asks of it. */
export function deriveBumps(changes: readonly Change[]): Record<PackageName, Bump> {
  const out = Object.fromEntries(PACKAGES.map((p) => [p, "none"])) as Record<PackageName, Bump>;
  for (const c of changes) for (const p of PACKAGES) out[p] = maxBump(out[p], c.packages[p] ?? "none");
  return out;
}
