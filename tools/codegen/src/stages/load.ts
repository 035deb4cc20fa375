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

type Position = { line: number; col: number };

/**
 * js-yaml with the YAML 1.2 core schema reads a large document about ten times faster than
 * `yaml` (1.4 s against 20 s for Gcore's Cloud API on a loaded machine) and gives the same value.
 * Anything it rejects (syntax, duplicate keys), or aliases that expand far beyond the text, goes
 * to `yaml`, which decides and reports with a line and column.
 *
 * Its node events also give every key's position for next to nothing (about 5 ms on the Cloud
 * API, where a second parse with `yaml` costs 0.6 s), so warnings get a line and column without
 * parsing the text twice.
 */
function fastLoad(text: string): { value: unknown; locate: (pointer: string) => Position | undefined } | undefined {
  const positions = new WeakMap<object, Map<string, Position>>();
  // One frame per node being composed; a frame collects its children's [position, value] in order.
  const stack: { at: Position; children: [Position, unknown][] }[] = [];
  const listener = (event: "open" | "close", state: { line: number; position: number; lineStart: number; result: unknown }) => {
    if (event === "open") {
      stack.push({ at: { line: state.line + 1, col: state.position - state.lineStart + 1 }, children: [] });
      return;
    }
    const frame = stack.pop()!;
    const result = state.result;
    stack[stack.length - 1]?.children.push([frame.at, result]);
    if (typeof result !== "object" || result === null || positions.has(result)) return;
    const at = new Map<string, Position>();
    const { children } = frame;
    // Children are the items of a sequence, or key, value, key, value... of a mapping. Anything else
    // (merge keys, empty items) does not line up: the node then locates as a whole.
    if (Array.isArray(result)) {
      sequencePositions(result, children, at, positions);
    } else if (children.length === 2 * Object.keys(result).length) {
      for (let i = 0; i < children.length; i += 2) at.set(String(children[i]![1]), children[i]![0]);
    }
    positions.set(result, at);
  };
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, listener } as jsYaml.LoadOptions);
  } catch {
    return undefined;
  }
  if (expandedSize(value, new WeakMap()) > 1000 + 4 * text.length) return undefined;
  const root = value;
  return {
    value,
    // The position of the key (or sequence item) of the deepest node on the pointer's path that is in the text.
    locate(pointer) {
      let node: unknown = root;
      let found: Position | undefined = { line: 1, col: 1 };
      for (const token of pointer.split("/").slice(1).map(unescapePointer)) {
        if (typeof node !== "object" || node === null) break;
        const at = positions.get(node)?.get(token);
        if (at === undefined) break;
        found = at;
        node = (node as Record<string, unknown>)[token];
      }
      return found;
    },
  };
}

/**
 * Item positions of a sequence from its children's events. An item is one child, except a flow
 * sequence's single-pair entry (`[url: x]` is `[{url: x}]`), whose key and value arrive as two.
 */
function sequencePositions(
  items: unknown[],
  children: [Position, unknown][],
  at: Map<string, Position>,
  positions: WeakMap<object, Map<string, Position>>,
): void {
  let c = 0;
  for (let i = 0; i < items.length; i++, c++) {
    const item = items[i];
    const child = children[c];
    if (child === undefined) {
      at.clear();
      return;
    }
    if (child[1] !== item && typeof item === "object" && item !== null && !Array.isArray(item)) {
      const keys = Object.keys(item);
      if (keys.length !== 1 || String(child[1]) !== keys[0] || children[c + 1]?.[1] !== (item as Record<string, unknown>)[keys[0]!]) {
        at.clear();
        return;
      }
      // The entry's mapping has no node events of its own: its one key is where the entry starts.
      if (!positions.has(item)) positions.set(item, new Map([[keys[0]!, child[0]]]));
      c++;
    }
    at.set(String(i), child[0]);
  }
  if (c !== children.length) at.clear();
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
  const fast = fastLoad(text);
  let value: unknown;
  let locate: (pointer: string) => Position | undefined;
  if (fast) {
    ({ value, locate } = fast);
  } else {
    const parsed = parseWithPositions(text);
    const { doc, lineCounter } = parsed;
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
    locate = (pointer) => positionIn(parsed, pointer);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new SpecError(file, "", "the document is not an object; expected an OpenAPI 3.0 or 3.1 document");
  }
  checkVersion(file, value as Record<string, unknown>);
  return { document: value as Record<string, unknown>, locate };
}

function parseWithPositions(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // uniqueKeys catches duplicated mapping keys, which silently shadow each other otherwise.
  return { doc: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
}

function positionIn(
  { doc, lineCounter }: ReturnType<typeof parseWithPositions>,
  pointer: string,
): { line: number; col: number } | undefined {
  const path = pointer.split("/").slice(1).map(unescapePointer);
  // The last token may name a key whose value is a scalar; point at the key's pair instead of failing.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]);
  }
  return undefined;
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
