import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/generate.ts";
import { FIXTURES, importMocks, inMemoryValidator, REPO_ROOT } from "./helpers.ts";
import KNOWN_INVALID from "./mocks-values.known.json" with { type: "json" };

/**
 * Every generated mock factory, for every fixture and every corpus document, builds values that
 * the generated validators accept: 20 seeds per component schema, checked with the in-memory ajv.
 *
 * `mocks-values.known.json` lists the schemas whose mocks are still invalid, by document. The test
 * fails when a schema is missing from that list (a regression) and when a listed one has become
 * valid (so the list can only shrink). What the listed ones have in common:
 * - a `oneOf` whose members overlap, so the member the mock picked also matches another one (the
 *   mock has no validator to try again with);
 * - `allOf` parts that contradict each other (a number and a string, `additionalProperties: false`
 *   in one part and the other part's properties), which no value satisfies;
 * - `required` names declared only in a sibling `oneOf`/`anyOf` member, and composed duplicate
 *   properties of different types;
 * - required self-references that never end (the builder runs out of stack).
 *
 * `UPDATE_KNOWN=1 npx vitest run test/mocks-values.test.ts` rewrites the list from what it sees.
 */
const CORPUS = resolve(REPO_ROOT, "../shared/corpus/hey-api/specs");
const SEEDS = 20;
const NOT_ROOT_DOCUMENTS = new Set(["external-shared.json", "validators-circular-ref.json"]);

const documents = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => ({ label: `fixtures/${f}`, file: join(FIXTURES, f) })),
  ...readdirSync(FIXTURES)
    .filter((f) => existsSync(join(FIXTURES, f, "openapi.yaml")))
    .map((f) => ({ label: `fixtures/${f}`, file: join(FIXTURES, f, "openapi.yaml") })),
  ...["3.0.x", "3.1.x"].flatMap((v) =>
    existsSync(join(CORPUS, v))
      ? readdirSync(join(CORPUS, v))
          .filter((f) => /\.(json|ya?ml)$/.test(f) && statSync(join(CORPUS, v, f)).isFile() && !NOT_ROOT_DOCUMENTS.has(f))
          .map((f) => ({ label: `${v}/${f}`, file: join(CORPUS, v, f) }))
      : [],
  ),
].sort((a, b) => a.label.localeCompare(b.label));

const known = KNOWN_INVALID as Record<string, string[]>;
const update = process.env.UPDATE_KNOWN === "1";
const seen: Record<string, string[]> = {};
let checked = 0;

describe("mock values satisfy the generated validators", { timeout: 120_000 }, () => {
  it("covers the corpus", () => expect(documents.length).toBeGreaterThan(160));
  afterAll(() => {
    const bad = Object.values(seen).reduce((n, names) => n + names.length, 0);
    console.log(`mocks: ${checked - bad} of ${checked} component factories gave ${SEEDS} valid values in ${documents.length} documents`);
    if (!update) return;
    const sorted = Object.fromEntries(Object.entries(seen).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(new URL("./mocks-values.known.json", import.meta.url), `${JSON.stringify(sorted, null, 2)}\n`);
  });

  it.each(documents)("$label", async ({ label, file }) => {
    const { model, files } = await generate(file, ["validators", "mocks"]);
    const check = await inMemoryValidator({ $id: `mocks-${basename(label)}`, $defs: model.validationSchemas });
    const { builders, MockContext, cleanup } = await importMocks(files);
    const invalid: string[] = [];
    const first: string[] = [];
    try {
      for (const [name, build] of Object.entries(builders)) {
        const validate = check(name);
        checked++;
        for (let seed = 1; seed <= SEEDS; seed++) {
          let value: unknown;
          let ok: boolean;
          try {
            value = build(new MockContext({ seed }));
            ok = validate(value) as boolean;
          } catch (error) {
            ok = false;
            value = `threw ${(error as Error).message.slice(0, 100)}`;
          }
          if (!ok) {
            invalid.push(name);
            if (!(known[label] ?? []).includes(name))
              first.push(`${name} (seed ${seed}): ${JSON.stringify(validate.errors?.slice(0, 2) ?? value).slice(0, 400)}`);
            break;
          }
        }
      }
    } finally {
      cleanup();
    }
    if (invalid.length > 0) seen[label] = invalid.sort();
    if (update) return;
    expect(first, "mocks that became invalid").toEqual([]);
    expect(invalid.sort(), "the known-invalid list, exactly (remove the names that pass now)").toEqual([...(known[label] ?? [])].sort());
  });
});
