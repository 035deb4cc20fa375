import { createHash } from "node:crypto";
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Fetched, fetchSpec } from "./fetch.ts";
import { lintSpec } from "./lint.ts";

export interface Provenance {
  file: string;
  source: { repository: string; path: string; commit: string | null; url?: string; file?: string };
  sha256: string;
  retrieved: string;
  infoVersion: string;
}

/** Repository, path and ref when the URL is a raw GitHub file; otherwise the URL or file stands for itself. */
export function describeSource(fetched: Fetched): Provenance["source"] {
  if (fetched.kind === "file") return { repository: "local file", path: fetched.source, commit: null, file: fetched.source };
  const raw = /^https:\/\/raw\.githubusercontent\.com\/([^/]+\/[^/]+)\/([^/]+)\/(.+)$/.exec(fetched.source);
  if (raw) return { repository: `https://github.com/${raw[1]}`, path: raw[3]!, commit: raw[2]!, url: fetched.source };
  return { repository: new URL(fetched.source).origin, path: new URL(fetched.source).pathname, commit: null, url: fetched.source };
}

export interface UpdateResult {
  provenance: Provenance;
  changed: boolean;
  warnings: { pointer: string; message: string; rule: string }[];
}

/**
 * Fetches, lints and writes the document into `specDir` with fresh provenance. Nothing in
 * `specDir` is touched unless every check passed; both files are swapped in by rename.
 */
export async function updateSpec(opts: {
  source: string;
  cwd: string;
  specDir: string;
  fileName: string;
  date: string;
  previousSha?: string;
}): Promise<UpdateResult> {
  const fetched = await fetchSpec(opts.source, opts.cwd);
  const { model, errors, warnings } = await lintSpec(fetched.source, fetched.bytes);
  if (errors.length > 0) {
    const list = errors
      .map((e) => `  ${fetched.source}${e.pointer.startsWith("#") ? "" : "#"}${e.pointer}: ${e.message} (${e.rule})`)
      .join("\n");
    throw new Error(`${fetched.source} does not pass the lint (${errors.length} error${errors.length > 1 ? "s" : ""}):\n${list}`);
  }
  const sha256 = createHash("sha256").update(fetched.bytes).digest("hex");
  const provenance: Provenance = {
    file: opts.fileName,
    source: describeSource(fetched),
    sha256,
    retrieved: opts.date,
    infoVersion: model.source.version,
  };
  const specFile = join(opts.specDir, opts.fileName);
  const provenanceFile = join(opts.specDir, "provenance.json");
  const stamp = `.staging-${process.pid}`;
  writeFileSync(specFile + stamp, fetched.bytes);
  writeFileSync(provenanceFile + stamp, `${JSON.stringify(provenance, null, 2)}\n`);
  renameSync(specFile + stamp, specFile);
  renameSync(provenanceFile + stamp, provenanceFile);
  return { provenance, changed: opts.previousSha !== sha256, warnings };
}
