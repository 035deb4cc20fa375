import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../src/generate.ts";
import { REPO_ROOT, typecheckGenerated } from "./helpers.ts";

/**
 * On demand (three minutes on an idle 2-core machine, too long for every `pnpm test`):
 * every corpus document's four packages type-check as packages.
 *
 *   pnpm --filter @gcore-billing/codegen test:corpus-types
 *
 * `corpus.test.ts` type-checks a few documents for each class that once failed, in every run.
 */
const CORPUS = resolve(REPO_ROOT, "../shared/corpus/hey-api/specs");
const NOT_ROOT_DOCUMENTS = new Set(["external-shared.json", "validators-circular-ref.json"]);
/** openapi-typescript's own output for these does not compile (openapi-ts/openapi-typescript#1742: a $ref into a schema's properties). */
const OPENAPI_TYPESCRIPT_INVALID = new Set(["3.0.x/ref-deep.yaml", "3.1.x/ref-deep.yaml"]);

const documents = ["3.0.x", "3.1.x"].flatMap((v) =>
  existsSync(join(CORPUS, v))
    ? readdirSync(join(CORPUS, v))
        .filter((f) => /\.(json|ya?ml)$/.test(f) && statSync(join(CORPUS, v, f)).isFile() && !NOT_ROOT_DOCUMENTS.has(f))
        .sort()
        .map((f) => `${v}/${f}`)
    : [],
);

describe.runIf(process.env.CORPUS_TYPES === "1")("hey-api corpus: every document's packages type-check", { timeout: 300_000 }, () => {
  it.each(documents)("%s", async (document) => {
    const { files } = await generate(join(CORPUS, document));
    const errors = await typecheckGenerated(files);
    if (OPENAPI_TYPESCRIPT_INVALID.has(document)) {
      // Only the types package fails, and only because of openapi-typescript; the day it is fixed, this fails too.
      expect(errors).toMatch(/types\/src\/generated\/openapi\.ts/);
      expect(errors).not.toMatch(/(client|validators|mocks)\/src\/generated/);
    } else expect(errors).toBe("");
  });
});
