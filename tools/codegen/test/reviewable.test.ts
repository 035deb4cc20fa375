import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument, type Scalar } from "yaml";
import { DEFAULT_SPEC, generate, TARGETS } from "../src/generate.ts";
import type { EmittedFiles } from "../src/plugins/plugin.ts";
import { writeAtomically } from "../src/stages/write.ts";

/** "A few dozen lines per package": the budget for a one-value enum edit, added plus removed. */
const LINE_BUDGET = 40;
const CHAR_BUDGET = 6_000;
const work = mkdtempSync(join(tmpdir(), "codegen-reviewable-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const specText = readFileSync(DEFAULT_SPEC, "utf8");

/** Offsets of the first string value of every `enum` under components/schemas, in document order. */
function enumValues(text: string): Scalar[] {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const out: Scalar[] = [];
  const visit = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === "enum" && isSeq(pair.value)) {
          const first = pair.value.items.find((v): v is Scalar => isScalar(v) && typeof v.value === "string");
          if (first) out.push(first);
        } else visit(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) visit(item);
  };
  visit(doc.getIn(["components", "schemas"], true));
  return out;
}

/** The spec with one enum value renamed, everything else byte for byte the same. */
function renameEnumValue(text: string, which: number): { text: string; from: string; to: string } {
  const scalar = enumValues(text)[which];
  if (!scalar?.range) throw new Error(`the spec has no enum #${which}`);
  const [start, end] = scalar.range;
  const from = String(scalar.value);
  const to = `${from}_renamed`;
  return { text: `${text.slice(0, start)}${JSON.stringify(to)}${text.slice(end)}`, from, to };
}

async function generateInto(name: string, text: string): Promise<string> {
  const dir = join(work, name);
  const spec = join(dir, "billing_reseller_api.yaml");
  writeAtomically(new Map([[dir, new Map([["billing_reseller_api.yaml", text]]) as EmittedFiles]]));
  const { files } = await generate(spec);
  const out = join(dir, "out");
  writeAtomically(new Map([...files].map(([target, emitted]) => [join(out, target), emitted])));
  return out;
}

/**
 * Lines and characters added plus removed per package, from `git diff`. Characters count too:
 * a module written as one long line would change "one line" for any edit.
 */
function changed(before: string, after: string): Record<string, { lines: number; chars: number }> {
  const diff = spawnSync("git", ["diff", "--no-index", "--unified=0", "--no-color", "--", before, after], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (diff.status !== 0 && diff.status !== 1) throw new Error(`git diff failed: ${diff.stderr}`);
  const perPackage: Record<string, { lines: number; chars: number }> = {};
  for (const target of TARGETS) perPackage[target] = { lines: 0, chars: 0 };
  let current: { lines: number; chars: number } | undefined;
  for (const line of diff.stdout.split("\n")) {
    if (line.startsWith("diff --git")) {
      const target = new RegExp(`/out/(${TARGETS.join("|")})/`).exec(line)?.[1];
      if (target === undefined) throw new Error(`unexpected file in diff: ${line}`);
      current = perPackage[target];
    } else if (/^[+-]/.test(line) && !/^(\+\+\+|---) /.test(line) && current) {
      current.lines++;
      current.chars += line.length - 1;
    }
  }
  return perPackage;
}

describe("a one-value enum change is a small diff in every package", () => {
  it("renaming one value of an enum changes a few dozen lines per package", { timeout: 180_000 }, async () => {
    const edited = renameEnumValue(specText, 0);
    expect(edited.text).not.toBe(specText);
    const before = await generateInto("before", specText);
    const after = await generateInto("after", edited.text);
    const diff = changed(before, after);
    console.log(`enum value ${edited.from} -> ${edited.to}: changed per package ${JSON.stringify(diff)}`);
    // The edit must reach the output at all, or the budget below proves nothing.
    expect(diff.types?.lines).toBeGreaterThan(0);
    expect(diff.validators?.lines).toBeGreaterThan(0);
    for (const [target, { lines, chars }] of Object.entries(diff)) {
      expect(lines, `${target}: ${lines} changed lines`).toBeLessThanOrEqual(LINE_BUDGET);
      expect(chars, `${target}: ${chars} changed characters`).toBeLessThanOrEqual(CHAR_BUDGET);
    }
  });
});
