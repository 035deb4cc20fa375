import type { Model } from "@gcore-billing/codegen";
import { deriveBumps } from "./bumps.ts";
import { diffModels } from "./document-diff.ts";
import type { DiffResult } from "./report.ts";

/** Structural diff of two normalised documents with the bump each package needs. */
export function diff(base: Model, head: Model): DiffResult {
  const changes = diffModels(base, head);
  return { changes, bumps: deriveBumps(changes) };
}
