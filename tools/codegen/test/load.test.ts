import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
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
