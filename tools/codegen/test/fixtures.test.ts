import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SPEC, generate, loadModel } from "../src/generate.ts";
import { compileValidators } from "../src/plugins/validators/index.ts";
import { resolvePointer } from "../src/pointer.ts";
import { FIXTURES, importStandalone, inMemoryValidator, TMP, typecheckGenerated } from "./helpers.ts";
import { versionOf, withoutProvenance, writeTwin } from "./versions.ts";

/** `name.yaml`, or `name/openapi.yaml` for a multi-file fixture. */
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".yaml") || existsSync(resolve(FIXTURES, f, "openapi.yaml")))
  .map((f) => f.replace(/\.yaml$/, ""))
  .sort();
const fixtureFile = (name: string) =>
  existsSync(resolve(FIXTURES, name, "openapi.yaml")) ? resolve(FIXTURES, name, "openapi.yaml") : resolve(FIXTURES, `${name}.yaml`);

describe.each(fixtures)("fixture %s", (fixture) => {
  it("matches the committed snapshot tree", async () => {
    const { files } = await generate(fixtureFile(fixture));
    for (const [target, emitted] of files) {
      for (const [name, content] of emitted) {
        await expect(content).toMatchFileSnapshot(`__snapshots__/${fixture}/${target}/${name}`);
      }
    }
  });

  it("type-checks as the packages would", async () => {
    const { files } = await generate(fixtureFile(fixture));
    expect(await typecheckGenerated(files)).toBe("");
  });

  // The matrix: the same document written as the other minor version generates the same sources.
  it(`generates the same sources when written as OpenAPI ${versionOf(fixtureFile(fixture)) === "3.0" ? "3.1" : "3.0"}`, async () => {
    const twin = writeTwin(fixtureFile(fixture), resolve(TMP, `twin-${fixture}`));
    expect(versionOf(twin.file)).toBe(twin.version);
    const [original, converted] = await Promise.all([generate(fixtureFile(fixture)), generate(twin.file)]);
    expect(converted.model.warnings).toEqual(original.model.warnings.map((w) => ({ ...w, positions: expect.any(Array) })));
    for (const [target, emitted] of original.files) {
      const other = converted.files.get(target)!;
      expect([...other.keys()]).toEqual([...emitted.keys()]);
      for (const [name, content] of emitted)
        expect(withoutProvenance(other.get(name)!), `${target}/${name}`).toBe(withoutProvenance(content));
    }
  });
});

/** [name, { given: [fixture, schema, data], want: valid }]: run through both the standalone and the in-memory validator. */
const behaviour: [string, { given: [string, string, unknown]; want: boolean }][] = [
  ["3.0 nullable string accepts null", { given: ["nullable-3.0", "Thing", { name: "a", note: null, ref: null }], want: true }],
  ["3.0 nullable string still rejects a number", { given: ["nullable-3.0", "Thing", { name: "a", note: 1, ref: null }], want: false }],
  ["3.0 nullable allOf accepts the object", { given: ["nullable-3.0", "Thing", { name: "a", note: "n", ref: { id: 1 } }], want: true }],
  [
    "3.0 nullable allOf rejects a bad object",
    { given: ["nullable-3.0", "Thing", { name: "a", note: "n", ref: { id: "x" } }], want: false },
  ],
  [
    "3.0 boolean exclusiveMinimum excludes the bound",
    { given: ["nullable-3.0", "Thing", { name: "a", note: null, ref: null, score: 0 }], want: false },
  ],
  [
    "3.0 boolean exclusiveMinimum admits above",
    { given: ["nullable-3.0", "Thing", { name: "a", note: null, ref: null, score: 0.5 }], want: true },
  ],
  ["3.1 doc with nullable: true accepts null", { given: ["nullable-3.1", "Thing", { a: null, b: null, c: 1 }], want: true }],
  ["3.1 nullable date still checks the format", { given: ["nullable-3.1", "Thing", { a: "2026-02-30", b: null, c: 1 }], want: false }],
  ["nullable: false stays not nullable", { given: ["nullable-3.1", "Thing", { a: null, b: "x", c: null }], want: false }],
  ["enum accepts a member", { given: ["enums", "Thing", { move_type: "out_refund", level: 2 }], want: true }],
  ["enum rejects a non-member", { given: ["enums", "Thing", { move_type: "in_invoice" }], want: false }],
  ["integer enum rejects a string", { given: ["enums", "Thing", { level: "2" }], want: false }],
  ["nullable enum accepts null", { given: ["enums", "Thing", { maybe: null }], want: true }],
  ["recursive $ref accepts a tree", { given: ["refs", "Node", { value: "a", children: [{ value: "b", children: [] }] }], want: true }],
  ["recursive $ref rejects a bad child", { given: ["refs", "Node", { value: "a", children: [{ children: [] }] }], want: false }],
  ["$ref into a property", { given: ["refs", "Node", { value: "a", parent: 3 }], want: false }],
  ["allOf requires both parts", { given: ["composition", "Named", { id: 1 }], want: false }],
  ["allOf accepts both parts", { given: ["composition", "Named", { id: 1, name: "n" }], want: true }],
  ["oneOf accepts exactly one", { given: ["composition", "Shape", { radius: 1 }], want: true }],
  ["oneOf rejects none", { given: ["composition", "Shape", { radius: 1, side: 2 }], want: false }],
  ["anyOf accepts an integer", { given: ["composition", "IdOrName", 3], want: true }],
  ["anyOf rejects an empty string", { given: ["composition", "IdOrName", ""], want: false }],
  ["date format", { given: ["formats", "Formats", { date: "2024-02-29" }], want: true }],
  ["date format rejects Feb 30", { given: ["formats", "Formats", { date: "2024-02-30" }], want: false }],
  ["date-time format", { given: ["formats", "Formats", { date_time: "2026-07-14T10:20:30.5+02:00" }], want: true }],
  ["date-time rejects a space separator", { given: ["formats", "Formats", { date_time: "2026-07-14 10:20:30Z" }], want: false }],
  ["uri rejects a relative reference", { given: ["formats", "Formats", { uri: "/relative" }], want: false }],
  ["uuid4 is checked as a uuid", { given: ["formats", "Formats", { uuid4: "not-a-uuid" }], want: false }],
  ["uuid accepts upper case", { given: ["formats", "Formats", { uuid: "2EB8AA08-AA98-11EA-B4AA-73B441D16380" }], want: true }],
  ["email", { given: ["formats", "Formats", { email: "joe@example.com" }], want: true }],
  ["email rejects no @", { given: ["formats", "Formats", { email: "joe.example.com" }], want: false }],
  ["ipv4 rejects leading zeros", { given: ["formats", "Formats", { ipv4: "087.10.0.1" }], want: false }],
  ["ipv6 accepts ::1", { given: ["formats", "Formats", { ipv6: "::1" }], want: true }],
  ["ipvanyaddress accepts ipv4", { given: ["formats", "Formats", { any_ip: "10.0.0.1" }], want: true }],
  ["ipvanyaddress rejects a hostname", { given: ["formats", "Formats", { any_ip: "example.com" }], want: false }],
  ["int32 upper bound", { given: ["formats", "Formats", { int32: 2147483647 }], want: true }],
  ["int32 overflow", { given: ["formats", "Formats", { int32: 2147483648 }], want: false }],
  ["uint64 rejects negatives", { given: ["formats", "Formats", { uint64: -1 }], want: false }],
  ["int64 accepts a large value", { given: ["formats", "Formats", { int64: -9007199254740991 }], want: true }],
  ["decimal is enforced by its pattern", { given: ["formats", "Formats", { amount: "1.50" }], want: false }],
  ["decimal pattern accepts 12 decimals", { given: ["formats", "Formats", { amount: "1.500000000000" }], want: true }],
  ["decimal without a pattern accepts a decimal", { given: ["formats", "Formats", { loose_amount: "-1.5" }], want: true }],
  ["decimal without a pattern rejects text", { given: ["formats", "Formats", { loose_amount: "abc" }], want: false }],
  ["binary is documentation only", { given: ["formats", "Formats", { file: "\u0000\u0001" }], want: true }],
  ["unknown formats are not validated", { given: ["unknown-format", "Net", { a: "anything", c: "zz" }], want: true }],
  ["readOnly/example/x-* do not break strict mode", { given: ["readonly", "Invoice", { id: 1, name: "INV/1" }], want: true }],
  ["readOnly properties are still required in a response", { given: ["readonly", "Invoice", { id: 1 }], want: false }],
  ["an identity-escaped quote is a quote", { given: ["patterns", "Patterns", { quoted: `it's "x"` }], want: true }],
  ["a translated class still rejects other characters", { given: ["patterns", "Patterns", { quoted: "a1" }], want: false }],
  ["\\- outside a class is a dash", { given: ["patterns", "Patterns", { dashed: "-12" }], want: true }],
  ["\\- outside a class is not a digit", { given: ["patterns", "Patterns", { dashed: "12" }], want: false }],
  ["[\\w-.] is word characters, dash and dot", { given: ["patterns", "Patterns", { word_range: "a-b.c_1" }], want: true }],
  ["[\\w-.] is not a range", { given: ["patterns", "Patterns", { word_range: "a,b" }], want: false }],
  ["a lone brace is literal", { given: ["patterns", "Patterns", { brace: "a{b}" }], want: true }],
  ["a Python named group and backreference", { given: ["patterns", "Patterns", { python_group: "aa" }], want: true }],
  ["a Python backreference must repeat the group", { given: ["patterns", "Patterns", { python_group: "ab" }], want: false }],
  ["a translated patternProperties key applies", { given: ["patterns", "Patterns", { "x-a": "not an integer" }], want: false }],
  ["a duplicate required entry still requires it", { given: ["broken", "Thing", { name: "n" }], want: false }],
  ["a deduplicated required list accepts the object", { given: ["broken", "Thing", { id: 1, name: "n" }], want: true }],
  ["an unknown type accepts any value", { given: ["broken", "Thing", { id: 1, name: "n", upload: { any: "thing" } }], want: true }],
  ["`required: true` on a property is ignored", { given: ["broken", "Thing", { id: 1, name: "n" }], want: true }],
  ["a bundled external schema is validated", { given: ["multi-file", "Owner", { pet: { name: "" } }], want: false }],
  ["a bundled external enum is validated", { given: ["multi-file", "Owner", { pet: { name: "x", kind: "cow" } }], want: false }],
  ["a bundled schema accepts a valid record", { given: ["multi-file", "Owner", { pet: { name: "x", kind: "cat" } }], want: true }],
  ["a property named example is a real $ref", { given: ["example-refs", "Thing", { example: { id: "x" } }], want: false }],
  ["collided names keep their own schema", { given: ["collisions", "foo_bar", { a: 1 }], want: false }],
  ["collided names keep their own schema (2)", { given: ["collisions", "fooBar", { b: 1 }], want: true }],
];

describe("generated validators behave like in-memory ajv", () => {
  const compiled = new Map<
    string,
    Promise<{
      standalone: Awaited<ReturnType<typeof importStandalone>>;
      exports: Map<string, string>;
      memory: Awaited<ReturnType<typeof inMemoryValidator>>;
    }>
  >();
  const load = (fixture: string) => {
    let entry = compiled.get(fixture);
    if (!entry) {
      entry = (async () => {
        const file = fixtureFile(fixture);
        const model = await loadModel(file);
        const { code, schemaExports } = compileValidators(model, file);
        return {
          standalone: await importStandalone(code),
          exports: new Map(schemaExports.map((s) => [s.name, s.ident])),
          memory: await inMemoryValidator({ $id: `memory-${fixture}`, $defs: model.validationSchemas }),
        };
      })();
      compiled.set(fixture, entry);
    }
    return entry;
  };

  it.each(behaviour)("%s", async (_name, { given: [fixture, schema, data], want }) => {
    const { standalone, exports, memory } = await load(fixture);
    const standaloneCheck = standalone[exports.get(schema)!]!;
    expect(standaloneCheck(data)).toBe(want);
    expect(memory(schema)(data)).toBe(want);
  });
});

describe("model", () => {
  it("reports each unknown format once, with every location", async () => {
    const model = await loadModel(resolve(FIXTURES, "unknown-format.yaml"));
    const unknown = model.warnings.filter((w) => w.code === "unknown-format");
    expect(unknown.map((w) => [w.message, w.pointers])).toEqual([
      [
        'unknown format "ipvanynetwork" is not validated',
        ["/components/schemas/Net/properties/a/format", "/components/schemas/Net/properties/b/format"],
      ],
      ['unknown format "mac-address" is not validated', ["/components/schemas/Net/properties/c/format"]],
    ]);
  });

  it("names the client methods from operationIds and tags", async () => {
    const model = await loadModel(resolve(FIXTURES, "binary.yaml"));
    expect(model.operations.map((o) => `${o.resource}.${o.action}`)).toEqual(["files.download"]);
  });

  it.each([
    [
      "collisions",
      "name-collision",
      ["/components/schemas/Event.tui.prompt.append", "/components/schemas/foo_bar", "/components/schemas/path"],
    ],
    ["broken", "duplicate-operation-id", ["/paths/~1b/get/operationId"]],
    ["broken", "duplicate-required", ["/components/schemas/Thing/required"]],
    ["broken", "unknown-type", ["/components/schemas/Thing/properties/upload/type"]],
    ["broken", "invalid-required", ["/components/schemas/Thing/properties/size/required"]],
    ["patterns", "non-unicode-pattern", []],
    ["example-refs", "name-collision", []],
    ["multi-file", "name-collision", []],
  ])("%s warns %s at exactly these locations", async (fixture, code, pointers) => {
    const model = await loadModel(fixtureFile(fixture));
    expect(model.warnings.filter((w) => w.code === code).flatMap((w) => w.pointers)).toEqual(pointers);
    for (const w of model.warnings) expect(w.positions?.every((p) => p && p.line > 0)).toBe(true);
  });

  it("derives names from where a schema or enum sits, never from document order", async () => {
    const model = await loadModel(fixtureFile("collisions"));
    expect(Object.fromEntries(model.schemas.map((s) => [s.name, s.exportName]))).toEqual({
      foo_bar: "foo_bar",
      fooBar: "FooBar",
      path: "path",
      Path: "Path",
      "Event.tui.prompt.append": "Event_tui_prompt_append",
      EventTuiPromptAppend: "EventTuiPromptAppend",
      Mode: "Mode",
    });
    expect(model.enums.map((e) => [e.name, e.pointer])).toEqual([
      ["Mode_level_x", "/components/schemas/Mode/properties/level_x"],
      ["ModeLevelX", "/components/schemas/Mode/properties/levelX"],
    ]);
  });

  it("renames a duplicate operationId in the model and its document", async () => {
    const model = await loadModel(fixtureFile("broken"));
    expect(model.operations.map((o) => o.operationId)).toEqual(["same", "get_b"]);
    expect((model.document.paths as Record<string, { get: { operationId: string } }>)["/b"]!.get.operationId).toBe("get_b");
  });

  it("keeps $ref-shaped example data as data, in the model's document", async () => {
    const model = await loadModel(fixtureFile("example-refs"));
    const media = resolvePointer(model.document, "#/paths/~1things/post/requestBody/content/application~1json") as {
      example: unknown;
      examples: { literal: { value: unknown } };
    };
    expect(media.example).toEqual({ $ref: "#/components/schemas/DoesNotExist" });
    expect(media.examples.literal.value).toEqual({ $ref: "./not-a-file.yaml" });
  });

  it("bundles a multi-file document, keeps example data and lists every file", async () => {
    const model = await loadModel(fixtureFile("multi-file"));
    expect(model.schemas.map((s) => s.name).sort()).toEqual(["Owner", "Pet", "kind"]);
    expect(model.source.files?.map((f) => f.slice(f.lastIndexOf("/") + 1)).sort()).toEqual([
      "kind.yaml",
      "openapi.yaml",
      "parameters.yaml",
      "pet.yaml",
    ]);
    const op = model.operations[0]!;
    expect(op.parameters.map((p) => [p.in, p.name, p.required])).toEqual([["query", "limit", false]]);
    const media = resolvePointer(model.document, "#/paths/~1pets/get/responses/200/content/application~1json") as {
      example: unknown;
      examples: { literal: { value: unknown } };
    };
    expect(media.example).toEqual([{ $ref: "./parts/not-a-reference.yaml" }]);
  });

  it("puts offset pagination on the operation: limit/offset query parameters and a { count, results } JSON 200", async () => {
    const model = await loadModel(DEFAULT_SPEC, { strict: true });
    const paginated = model.operations.filter((o) => o.pagination !== null);
    expect(paginated.map((o) => o.operationId)).toEqual(
      model.operations.filter((o) => o.operationId.endsWith("_list")).map((o) => o.operationId),
    );
    const invoices = model.operations.find((o) => o.operationId === "v1_erp_invoices_list")!;
    expect(invoices.pagination).toMatchObject({
      kind: "offset",
      limitParameter: "limit",
      offsetParameter: "offset",
      itemsSchema: { $ref: "#/$defs/ErpInvoiceExternal" },
    });
    expect(model.operations.find((o) => o.operationId === "v1_erp_invoices_retrieve")!.pagination).toBeNull();
  });

  it("keeps every media type of a response, classified", async () => {
    const model = await loadModel(DEFAULT_SPEC);
    const download = model.operations.find((o) => o.operationId === "v1_reports_download_retrieve")!;
    expect(download.responses.filter((r) => r.status === "200").map((r) => [r.contentType, r.kind, r.schema !== null])).toEqual([
      ["application/json", "json", true],
      ["text/csv", "text", false],
      ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "binary", false],
    ]);
    const update = model.operations.find((o) => o.operationId === "v1_trials_partial_update")!;
    expect(update.requestBody?.required).toBe(false);
    expect(update.requestBody?.content.map((m) => m.kind)).toEqual(["json", "text", "binary"]);
    const start = model.operations.find((o) => o.operationId === "v1_trials_start_trial_data_retrieve")!;
    expect(start.parameters.filter((p) => p.required).map((p) => `${p.in} ${p.name}`)).toEqual(
      expect.arrayContaining(["query client_id", "query product_id"]),
    );
  });
});
