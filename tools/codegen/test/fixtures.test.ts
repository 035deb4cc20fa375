import { readdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../src/generate.ts";
import { compileValidators } from "../src/plugins/validators/index.ts";
import { loadSpec } from "../src/stages/load.ts";
import { normalise } from "../src/stages/normalise.ts";
import { FIXTURES, importStandalone, inMemoryValidator, typecheckGenerated } from "./helpers.ts";

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

describe.each(fixtures)("fixture %s", (fixture) => {
  it("matches the committed snapshot tree", async () => {
    const { files } = await generate(resolve(FIXTURES, fixture));
    for (const [target, emitted] of files) {
      for (const [name, content] of emitted) {
        await expect(content).toMatchFileSnapshot(`__snapshots__/${basename(fixture, ".yaml")}/${target}/${name}`);
      }
    }
  });

  it("type-checks as the three packages would", async () => {
    const { files } = await generate(resolve(FIXTURES, fixture));
    expect(await typecheckGenerated(files)).toBe("");
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
        const file = resolve(FIXTURES, `${fixture}.yaml`);
        const model = normalise(loadSpec(file));
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
  it("reports each unknown format once, with every location", () => {
    const model = normalise(loadSpec(resolve(FIXTURES, "unknown-format.yaml")));
    const unknown = model.warnings.filter((w) => w.code === "unknown-format");
    expect(unknown.map((w) => [w.message, w.pointers])).toEqual([
      [
        'unknown format "ipvanynetwork" is not validated',
        ["/components/schemas/Net/properties/a/format", "/components/schemas/Net/properties/b/format"],
      ],
      ['unknown format "mac-address" is not validated', ["/components/schemas/Net/properties/c/format"]],
    ]);
  });

  it("names the client methods from operationIds and tags", () => {
    const model = normalise(loadSpec(resolve(FIXTURES, "binary.yaml")));
    expect(model.operations.map((o) => `${o.resource}.${o.action}`)).toEqual(["files.download"]);
  });
});
