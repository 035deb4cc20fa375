import { readFileSync } from "node:fs";
import jsYaml from "js-yaml";
import { type Document, isNode, LineCounter, parseDocument } from "yaml";
import { SpecError } from "../errors.ts";
import { unescapePointer } from "../pointer.ts";

export interface LoadedSpec {
  /** Path as given by the caller; used in every message. */
  file: string;
  /** Raw bytes, kept so provenance (sha256) is computed on what was read. */
  bytes: Buffer;
  document: Record<string, unknown>;
  /** Provenance hash when it is not the sha256 of `bytes` (a bundle of several files). */
  sha256?: string;
  /** Every file a bundled document was assembled from. */
  files?: string[];
  /** Line and column of the node at a JSON pointer, for messages. */
  locate?(pointer: string): { line: number; col: number } | undefined;
}

/** Reads an OpenAPI document in YAML or JSON (JSON is parsed by the same YAML 1.2 parser). */
export function loadSpec(file: string): LoadedSpec {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new SpecError(file, "", `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return loadSpecText(file, bytes);
}

/** Same as loadSpec for a document already in memory (from git, the network...). */
export function loadSpecText(file: string, text: string | Buffer): LoadedSpec {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  return { file, bytes, ...parseWithLocations(file, bytes.toString("utf8")) };
}

export function parseSpecText(file: string, text: string): Record<string, unknown> {
  return parseWithLocations(file, text).document;
}

/**
 * js-yaml with the YAML 1.2 core schema reads a large document about ten times faster than
 * `yaml` (1.4 s against 20 s for Gcore's Cloud API on a loaded machine) and gives the same value.
 * Anything it rejects (syntax, duplicate keys), or aliases that expand far beyond the text, goes
 * to `yaml`, which decides and reports with a line and column.
 */
function fastLoad(text: string): unknown {
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return expandedSize(value, new WeakMap()) <= 1000 + 4 * text.length ? value : undefined;
}

/** Nodes of the value with every alias expanded (js-yaml shares one object per anchor). */
function expandedSize(value: unknown, seen: WeakMap<object, number>): number {
  if (typeof value !== "object" || value === null) return 1;
  const known = seen.get(value);
  if (known !== undefined) return known;
  seen.set(value, Number.POSITIVE_INFINITY);
  let size = 1;
  for (const v of Object.values(value)) size += expandedSize(v, seen);
  seen.set(value, size);
  return size;
}

function parseWithLocations(file: string, text: string): Pick<LoadedSpec, "document" | "locate"> {
  const lineCounter = new LineCounter();
  let parsed: Document.Parsed | undefined;
  // uniqueKeys catches duplicated mapping keys, which silently shadow each other otherwise.
  const yamlDocument = () => (parsed ??= parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }));
  let value = fastLoad(text);
  if (value === undefined) {
    const doc = yamlDocument();
    const [first] = doc.errors;
    if (first) {
      const position = lineCounter.linePos(first.pos[0]);
      throw new SpecError(file, "", `invalid YAML/JSON: ${first.message.split("\n")[0]}`, position);
    }
    try {
      value = doc.toJS({ maxAliasCount: 1000 }) as unknown;
    } catch (error) {
      // `yaml` refuses an alias bomb with a ReferenceError.
      throw new SpecError(file, "", `invalid YAML/JSON: ${(error as Error).message}`);
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new SpecError(file, "", "the document is not an object; expected an OpenAPI 3.0 or 3.1 document");
  }
  checkVersion(file, value as Record<string, unknown>);
  const locate = (pointer: string) => {
    const path = pointer.split("/").slice(1).map(unescapePointer);
    // The last token may name a key whose value is a scalar; point at the key's pair instead of failing.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = yamlDocument().getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]);
    }
    return undefined;
  };
  return { document: value as Record<string, unknown>, locate };
}

/** `3.0`, `3.1.0`, `3.0.3-rc1`... pass; Swagger 2.0 gets instructions to convert it. */
export function checkVersion(file: string, document: Record<string, unknown>): void {
  if ("swagger" in document) {
    throw new SpecError(
      file,
      "/swagger",
      `Swagger ${JSON.stringify(document.swagger)} documents are not supported; convert it to OpenAPI 3 first, ` +
        "e.g. `npx swagger2openapi --yaml --outfile openapi.yaml <file>` (or paste it into https://converter.swagger.io), then generate from the result",
    );
  }
  const version = document.openapi;
  if (typeof version !== "string" || !OPENAPI_VERSION.test(version)) {
    throw new SpecError(file, "/openapi", `unsupported OpenAPI version ${JSON.stringify(version)}; expected 3.0, 3.0.x, 3.1 or 3.1.x`);
  }
}

/** `3.0` or `3.1`, with or without a patch (and pre-release) part. */
const OPENAPI_VERSION = /^3\.[01](?:\.\d+(?:-[0-9A-Za-z.-]+)?)?$/;

/** The version with a patch number, as tools that insist on one (Redocly, openapi-typescript) expect. */
export const fullVersion = (version: string): string => (/^3\.[01]$/.test(version) ? `${version}.0` : version);
