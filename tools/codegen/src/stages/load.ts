import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import { SpecError } from "../errors.ts";

export interface LoadedSpec {
  /** Path as given by the caller; used in every message. */
  file: string;
  /** Raw bytes, kept so provenance (sha256) is computed on what was read. */
  bytes: Buffer;
  document: Record<string, unknown>;
}

/** Reads an OpenAPI document in YAML or JSON (JSON is parsed by the same YAML 1.2 parser). */
export function loadSpec(file: string): LoadedSpec {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new SpecError(file, "", `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return { file, bytes, document: parseSpecText(file, bytes.toString("utf8")) };
}

export function parseSpecText(file: string, text: string): Record<string, unknown> {
  const lineCounter = new LineCounter();
  // uniqueKeys catches duplicated mapping keys, which silently shadow each other otherwise.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const [first] = doc.errors;
  if (first) {
    const position = lineCounter.linePos(first.pos[0]);
    throw new SpecError(file, "", `invalid YAML/JSON: ${first.message.split("\n")[0]}`, position);
  }
  const value = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new SpecError(file, "", "the document is not an object; expected an OpenAPI 3.0 or 3.1 document");
  }
  const version = (value as { openapi?: unknown }).openapi;
  if (typeof version !== "string" || !/^3\.[01]\.\d+/.test(version)) {
    throw new SpecError(
      file,
      "/openapi",
      `unsupported OpenAPI version ${JSON.stringify(version)}; expected 3.0.x or 3.1.x (Swagger 2.0 must be converted first)`,
    );
  }
  return value as Record<string, unknown>;
}
