import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "./workspace.js";

export const specFile = join(repoRoot, "spec", "billing_reseller_api.yaml");

/** `info.version` and sha256 of the vendored document, read independently of the generator. */
export async function specFacts(): Promise<{ version: string; sha256: string }> {
  const bytes = await readFile(specFile);
  const version = /^info:\n(?:[ \t]+.*\n)*?[ \t]+version:[ \t]*['"]?([^'"\n]+?)['"]?[ \t]*$/m.exec(bytes.toString("utf8"))?.[1];
  if (!version) throw new Error(`${specFile}: no info.version found`);
  return { version, sha256: createHash("sha256").update(bytes).digest("hex") };
}
