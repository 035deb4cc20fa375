import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS from "openapi-typescript";
import { afterAll, describe, expect, it } from "vitest";
import { generate, TARGETS } from "../src/generate.ts";
import { REPO_ROOT, typecheckGenerated } from "./helpers.ts";

/**
 * hey-api's public spec corpus (CI keeps `shared/` beside the clone): every document that
 * openapi-typescript accepts must generate every target, in memory. About 30 s on an idle
 * 2-core machine; the timeouts leave room for a fully loaded one.
 */
const CORPUS = resolve(REPO_ROOT, "../shared/corpus/hey-api/specs");

/** Documents openapi-typescript itself rejects, with its reason; the test checks that it still does. */
const REJECTED_BY_OPENAPI_TYPESCRIPT: Record<string, RegExp> = {
  // Not a root document: the components file that external.yaml and full.yaml reference.
  "3.0.x/external-shared.json": /expected `openapi: 3\.x`/,
  "3.1.x/external-shared.json": /expected `openapi: 3\.x`/,
  "3.1.x/validators-circular-ref.json": /circular/i,
};

const documents = ["3.0.x", "3.1.x"].flatMap((version) =>
  existsSync(join(CORPUS, version))
    ? readdirSync(join(CORPUS, version))
        .filter((f) => /\.(json|ya?ml)$/.test(f) && statSync(join(CORPUS, version, f)).isFile())
        .sort()
        .map((f) => `${version}/${f}`)
    : [],
);

const started = performance.now();
let generated = 0;

describe("hey-api corpus", { timeout: 120_000 }, () => {
  afterAll(() => {
    console.log(
      `corpus: ${generated} of ${documents.length - Object.keys(REJECTED_BY_OPENAPI_TYPESCRIPT).length} documents accepted by openapi-typescript generated every target in ${Math.round(performance.now() - started)} ms`,
    );
  });

  it(`is present at ${CORPUS}`, () => {
    expect(documents.length).toBeGreaterThan(160);
  });

  it.each(documents)("%s", async (document) => {
    const file = join(CORPUS, document);
    const rejected = REJECTED_BY_OPENAPI_TYPESCRIPT[document];
    if (rejected) {
      await expect(openapiTS(pathToFileURL(file), { silent: true })).rejects.toThrow(rejected);
      return;
    }
    const { model, files } = await generate(file);
    expect([...files.keys()]).toEqual(TARGETS);
    for (const emitted of files.values()) for (const [name, content] of emitted) expect(content.length, name).toBeGreaterThan(0);
    expect(model.source.fileName).toBe(document.slice(document.indexOf("/") + 1));
    generated++;
  });
});

/**
 * The generated packages, mocks included, compile for documents where openapi-typescript's types
 * and the JSON Schema part ways. Each one broke the mocks' typed literals once; all of them in one
 * tsc run would take minutes, so these stand for their classes.
 */
const TYPED_MOCKS: Record<string, string> = {
  "3.0.x/case.yaml": "a component named 201 (builder build_201 was not imported)",
  "3.0.x/faker.yaml": "a property with a default is present in the types",
  "3.1.x/circular.yaml": "prefixItems: the tuple's positions hold their own schemas",
  "3.1.x/discriminator-all-of.yaml": "discriminator members carry their mapped tag",
  "3.1.x/object-property-names.yaml": "an object of additionalProperties only, with overrides",
  "3.1.x/pattern-properties.json": "patternProperties become an index signature",
  "3.1.x/type-invalid.json": "an invalid type is any value to the mocks and Record<string, never> to the types",
  "3.0.x/internal-name-conflict.json": "operationIds create, create_ and create__ on one path (client names clashed)",
  "3.0.x/full.yaml": "type: object beside a oneOf is Record<string, never> & ... in the types",
  "3.1.x/full.yaml": "const values keep their literal type inside optional properties",
  "3.1.x/opencode.yaml": "a prefixItems tuple inside an anyOf keeps its tuple type",
  "3.0.x/discriminator-non-string.yaml": 'a mapping key "False" for a boolean const: the value follows the schema',
  "3.1.x/discriminator-one-of.yaml": "a mapping value outside the tag's enum: the types make the member never",
};

describe("hey-api corpus: generated packages type-check", { timeout: 300_000 }, () => {
  it.each(Object.entries(TYPED_MOCKS))("%s (%s)", async (document) => {
    const { files } = await generate(join(CORPUS, document));
    expect([...files.keys()]).toContain("mocks");
    expect(await typecheckGenerated(files)).toBe("");
  });
});
