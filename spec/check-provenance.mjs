// Compares the vendored document with its provenance record. A mismatch is a
// warning, not a failure: maintainers edit the spec locally to try changes, and
// `pnpm spec:update` is what records new provenance.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

const here = new URL(".", import.meta.url);
const provenance = JSON.parse(readFileSync(new URL("provenance.json", here), "utf8"));
const bytes = readFileSync(new URL(provenance.file, here));
const sha256 = createHash("sha256").update(bytes).digest("hex");
if (sha256 === provenance.sha256) {
  console.log(`spec: ${provenance.file} matches provenance (${provenance.source.repository}@${provenance.source.commit})`);
} else {
  console.warn(
    `spec: ${provenance.file} differs from provenance.json (sha256 ${sha256.slice(0, 12)}… vs ${provenance.sha256.slice(0, 12)}…). ` +
      "This is expected while editing locally; run `pnpm spec:update <file>` to record new provenance.",
  );
}
