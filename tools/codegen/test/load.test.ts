import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { SpecError } from "../src/errors.ts";
import { loadSpecText } from "../src/stages/load.ts";
import { FIXTURES, REPO_ROOT, SHARED } from "./helpers.ts";

/** Every YAML/JSON document at hand: the vendored upstream ones, the fixtures and, where present, hey-api's corpus. */
function documents(): string[] {
  const roots = [resolve(SHARED, "upstream"), FIXTURES, resolve(REPO_ROOT, "../shared/corpus/hey-api/specs")];
  const out: string[] = [resolve(REPO_ROOT, "spec/billing_reseller_api.yaml")];
  for (const root of roots) {
    let entries: string[];
    try {
      entries = readdirSync(root, { recursive: true }) as string[];
    } catch {
      continue;
    }
    out.push(...entries.filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => join(root, f)));
  }
  return out.sort();
}

/** What the careful parser (`yaml`, YAML 1.2 core schema) makes of a text, or undefined when it rejects it. */
function careful(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch {
    return undefined;
  }
}

describe("loading a document: the fast path gives what the careful parser gives", () => {
  const files = documents();

  it("finds documents to compare", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)("%s", (file) => {
    const text = readFileSync(file, "utf8");
    const want = careful(text);
    let got: unknown;
    try {
      got = loadSpecText(file, text).document;
    } catch (error) {
      // Not OpenAPI 3 (Swagger 2.0, partial files): rejected after parsing, whichever parser ran.
      expect(error).toBeInstanceOf(SpecError);
      return;
    }
    expect(got).toEqual(want);
  });

  it("duplicate keys still fail with a line and column", () => {
    const text = "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\npaths: {}\n";
    expect(() => loadSpecText("dup.yaml", text)).toThrow(/dup\.yaml:4:1.*invalid YAML\/JSON.*/s);
  });

  it("an alias bomb is refused by the careful parser, not expanded", () => {
    const lines = ["openapi: 3.1.0", "info: { title: t, version: '1' }", "paths: {}", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]`,
      );
    expect(() => loadSpecText("bomb.yaml", `${lines.join("\n")}\n`)).toThrow(/bomb\.yaml.*invalid YAML\/JSON.*alias/is);
  });

  it("plain YAML 1.2 scalars: dates stay strings, octal and hex are numbers, `<<` is a key", () => {
    const text =
      "openapi: 3.1.0\ninfo: { title: t, version: 2023-12-25 }\npaths: {}\nx-n: [0o17, 0x1f, .inf, ~, Yes]\nx-m: { <<: { a: 1 } }\n";
    const doc = loadSpecText("s.yaml", text).document;
    expect(doc).toEqual(careful(text));
    expect((doc.info as { version: unknown }).version).toBe("2023-12-25");
  });
});

/**
 * The key (or sequence item) a pointer names, found by walking `yaml`'s node tree: an
 * independent answer to what the loader's `locate` gets from js-yaml's node events.
 */
function keyPosition(text: string): (pointer: string) => { line: number; col: number } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  return (pointer) => {
    let node: unknown = doc.contents;
    let at: number | undefined;
    for (const token of pointer
      .split("/")
      .slice(1)
      .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))) {
      // Through an alias the path goes on where its anchor is written.
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === token);
        if (!pair) return undefined;
        at = (pair.key as Node).range?.[0];
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)] as Node | undefined;
        if (!item) return undefined;
        at = item.range?.[0];
        node = item;
      } else return undefined;
    }
    return at === undefined ? undefined : lineCounter.linePos(at);
  };
}

/** Every pointer of the value's nodes, at most `limit` of them spread evenly over the document. */
function pointersOf(value: unknown, limit: number): string[] {
  const all: string[] = [];
  const walk = (node: unknown, pointer: string) => {
    if (typeof node !== "object" || node === null) return;
    for (const [k, v] of Object.entries(node)) {
      const child = `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      all.push(child);
      walk(v, child);
    }
  };
  walk(value, "");
  const step = Math.max(1, Math.floor(all.length / limit));
  return all.filter((_, i) => i % step === 0);
}

describe("locating a pointer: js-yaml's node events give the position `yaml` gives the key", () => {
  it.each(documents())("%s", (file) => {
    const text = readFileSync(file, "utf8");
    let loaded: ReturnType<typeof loadSpecText>;
    try {
      loaded = loadSpecText(file, text);
    } catch {
      return; // Not an OpenAPI 3 document: covered above.
    }
    const oracle = keyPosition(text);
    const pointers = pointersOf(loaded.document, 2000);
    const wrong = pointers
      .map((p) => ({ pointer: p, got: loaded.locate?.(p), want: oracle(p) }))
      .filter((r) => r.got?.line !== r.want?.line || r.got?.col !== r.want?.col);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
