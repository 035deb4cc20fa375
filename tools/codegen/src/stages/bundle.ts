import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { SpecError } from "../errors.ts";
import { visitStructure } from "../openapi.ts";
import { isObject, resolvePointer, unescapePointer } from "../pointer.ts";
import { fullVersion, type LoadedSpec } from "./load.ts";

/** True when some `$ref` (outside example data) points into another file or URL. */
export function hasExternalRefs(document: unknown): boolean {
  let found = false;
  visitStructure(document, (node) => {
    if (typeof node.$ref === "string" && !node.$ref.startsWith("#")) found = true;
    return !found;
  });
  return found;
}

/** Pointers of the data nodes (examples, defaults...) under which a `$ref` is a value, not a reference. */
const DATA_POINTER = /\/(?:example|default|const|enum|x-[^/]*)(?:\/|$)|\/examples\/(?:\d+|[^/]+\/value)(?:\/|$)/;

/**
 * Multi-file documents become one document: Redocly's bundler pulls every external `$ref` into
 * `components`. Single-file documents pass through untouched (same bytes, same positions).
 * Example values in the root file are hidden from the bundler, which would otherwise treat a
 * `$ref`-shaped example as a reference and inline or reject it.
 */
export async function bundleSpec(loaded: LoadedSpec): Promise<LoadedSpec> {
  if (!hasExternalRefs(loaded.document)) return loaded;
  // Imported here: Redocly takes about 0.4 s to load, and single-file documents never need it.
  const { bundle, createConfig, getLineColLocation, Source } = await import("@redocly/openapi-core");
  const file = resolve(loaded.file);
  const { masked, restore } = maskData(loaded.document);
  const config = await createConfig({});
  const source = new Source(file, loaded.bytes.toString("utf8"));
  const parsed = { ...masked, openapi: fullVersion(String(loaded.document.openapi)) };
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result = await bundle({ doc: { source, parsed }, config, dereference: false });
  } catch (error) {
    throw new SpecError(loaded.file, "", `cannot bundle the document: ${(error as Error).message}`);
  }
  const problem = result.problems.find((p) => p.severity === "error" && !p.location.some((l) => DATA_POINTER.test(l.pointer ?? "")));
  if (problem) {
    const where = problem.location[0];
    const position = where ? getLineColLocation(where).start : undefined;
    const at = where?.source.absoluteRef ?? loaded.file;
    throw new SpecError(
      at === file ? loaded.file : at,
      (where?.pointer ?? "").replace(/^#/, ""),
      `${problem.message} (while bundling the external $refs of ${loaded.file})`,
      position && { line: position.line, col: position.col },
    );
  }
  const document = restore(result.bundle.parsed as Record<string, unknown>);
  document.openapi = loaded.document.openapi;
  // Provenance covers every file that went into the bundle, in a stable order.
  const hash = createHash("sha256").update(loaded.bytes);
  for (const dep of [...result.fileDependencies].sort()) hash.update(`\0${dep.slice(dep.lastIndexOf("/") + 1)}\0`);
  hash.update(JSON.stringify(document));
  return {
    file: loaded.file,
    bytes: loaded.bytes,
    sha256: hash.digest("hex"),
    document,
    // Positions hold only for nodes that came from the root file and kept their pointer.
    locate: (pointer) => (resolvePointer(loaded.document, `#${pointer}`) !== undefined ? loaded.locate?.(pointer) : undefined),
    files: [...new Set([file, ...result.fileDependencies])].sort(),
  };
}

/**
 * Replaces each example/default/const/enum value of the root document that holds a `$ref`-shaped
 * object by a unique string, and returns a function that puts the originals back wherever the
 * bundler moved them.
 */
function maskData(document: Record<string, unknown>): {
  masked: Record<string, unknown>;
  restore: (bundled: Record<string, unknown>) => Record<string, unknown>;
} {
  const originals = new Map<string, unknown>();
  const token = `\u0000gcore-codegen-data-${process.pid}-`;
  const masked = structuredClone(document);
  visitStructure(
    masked,
    () => true,
    "",
    (holder, key) => {
      if (!containsRef(holder[key])) return;
      const id = `${token}${originals.size}`;
      originals.set(id, holder[key]);
      holder[key] = id;
    },
  );
  const restore = (node: unknown): unknown => {
    if (typeof node === "string" && originals.has(node)) return originals.get(node);
    if (Array.isArray(node)) return node.map(restore);
    if (!isObject(node)) return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, restore(v)]));
  };
  return { masked, restore: (b) => restore(b) as Record<string, unknown> };
}

const containsRef = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(containsRef) : isObject(value) && ("$ref" in value || Object.values(value).some(containsRef));

/**
 * The document without the example values and `x-*` extensions that hold `$ref`-shaped objects, for
 * tools that would take them for references (openapi-typescript resolves every `$ref` key it meets).
 */
export function withoutRefShapedData(document: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  const pointers: string[] = [];
  visitStructure(
    document,
    () => true,
    "",
    (holder, key, pointer) => {
      if ((key === "example" || key === "examples" || key === "value" || key.startsWith("x-")) && containsRef(holder[key]))
        pointers.push(pointer);
    },
  );
  for (const pointer of pointers) {
    copy ??= structuredClone(document);
    const cut = pointer.lastIndexOf("/");
    const holder = resolvePointer(copy, `#${pointer.slice(0, cut)}`);
    if (isObject(holder)) delete holder[unescapePointer(pointer.slice(cut + 1))];
  }
  return copy ?? document;
}
