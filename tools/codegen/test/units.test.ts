import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpecError } from "../src/errors.ts";
import { mediaTypeKind } from "../src/openapi.ts";
import { directRefs } from "../src/plugins/validators/standard-schema.ts";
import { hasExternalRefs, withoutRefShapedData } from "../src/stages/bundle.ts";
import { checkVersion, loadSpecText } from "../src/stages/load.ts";
import { assignExportNames } from "../src/stages/naming.ts";
import { normalise } from "../src/stages/normalise.ts";
import { splitNullable } from "../src/stages/nullability.ts";
import { translatePattern } from "../src/stages/patterns.ts";

describe("mediaTypeKind", () => {
  it.each([
    ["application/json", "json"],
    ["application/json; charset=utf-8", "json"],
    ["Application/JSON", "json"],
    ["application/problem+json", "json"],
    ["application/vnd.api+json", "json"],
    ["text/json", "json"],
    ["application/x-ndjson", "text"],
    ["application/json-seq", "text"],
    ["text/csv", "text"],
    ["text/plain; charset=utf-8", "text"],
    ["application/xml", "text"],
    ["application/atom+xml", "text"],
    ["application/x-www-form-urlencoded", "text"],
    ["application/octet-stream", "binary"],
    ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "binary"],
    ["application/pdf", "binary"],
    ["image/png", "binary"],
    ["multipart/form-data", "binary"],
    ["*/*", "binary"],
  ])("%s is %s", (contentType, kind) => {
    expect(mediaTypeKind(contentType)).toBe(kind);
  });
});

describe("translatePattern", () => {
  it.each([
    ["^[A-Z]{3}$", "unicode", "^[A-Z]{3}$"],
    ["^[a-z\\\"\\']+$", "translated", "^[a-z\"']+$"],
    ["^\\-\\d+$", "translated", "^-\\d+$"],
    ["^[\\w-.]+$", "translated", "^[\\w\\-.]+$"],
    ["[a-\\d]", "translated", "[a\\-\\d]"],
    ["a{", "translated", "a\\{"],
    ["a{b}", "translated", "a\\{b\\}"],
    ["x]", "translated", "x\\]"],
    ["\\012", "translated", "\\x0a"],
    ["(?P<n>a)(?P=n)", "translated", "(?<n>a)\\k<n>"],
    ["^\\a$", "legacy", "^a$"],
    ["(a)\\1\\2", "legacy", "(a)(?:\\1)\\x02"],
    ["(b)\\1\\8", "legacy", "(b)(?:\\1)8"],
    ["\\8", "legacy", "8"],
    ["{,3}", "legacy", "\\{,3\\}"],
    ["(?P<x", "invalid", null],
    ["\\", "invalid", null],
  ])("%s is %s", (source, status, pattern) => {
    const t = translatePattern(source);
    expect([t.status, t.pattern]).toEqual([status, pattern]);
    if (t.pattern !== null) expect(() => new RegExp(t.pattern!, "u")).not.toThrow();
  });

  // Differential: wherever the source compiles as a non-Unicode RegExp, the translation under `u`
  // must accept exactly the same strings (BMP text, where the two modes agree on what a character is).
  const pieces = [
    "a",
    "b",
    "-",
    "\\-",
    '\\"',
    "\\'",
    "\\.",
    "[\\w-.]",
    "[a\\-z]",
    "[\\d-x]",
    "{",
    "}",
    "]",
    "x{2}",
    "\\1",
    "\\2",
    "\\012",
    "\\a",
    "(b)",
    "(?:a|b)",
    "\\d",
    "\\s",
    ".",
    "*",
    "+",
    "?",
    "^",
    "$",
    "|",
    "\\8",
    "{,2}",
  ];
  it("accepts what a non-Unicode RegExp accepts (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }),
        fc.array(
          fc.string({
            unit: fc.constantFrom("a", "b", "x", "-", '"', "'", ".", "{", "}", "]", "1", "2", "\u0001", "\u0002", "\n", " ", "_"),
          }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        (parts, inputs) => {
          const source = parts.join("");
          let legacy: RegExp;
          try {
            legacy = new RegExp(source);
          } catch {
            return;
          }
          const t = translatePattern(source);
          expect(t.status).not.toBe("invalid");
          const unicode = new RegExp(t.pattern!, "u");
          for (const input of inputs)
            expect(unicode.test(input), `${source} -> ${t.pattern} on ${JSON.stringify(input)}`).toBe(legacy.test(input));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("assignExportNames", () => {
  it.each([
    [["foo_bar", "fooBar"], { foo_bar: "foo_bar", fooBar: "FooBar" }],
    [["path", "Path"], { path: "path", Path: "Path" }],
    [
      ["Event.tui.prompt.append", "EventTuiPromptAppend"],
      { "Event.tui.prompt.append": "Event_tui_prompt_append", EventTuiPromptAppend: "EventTuiPromptAppend" },
    ],
    [["a-b", "a_b"], { "a-b": "AB", a_b: "a_b" }],
    // The verbatim spelling is a reserved word: it gets a trailing underscore.
    [["string", "String"], { string: "string_", String: "String" }],
    // A pin in names.config.ts wins; the schema that lost its own name gets a tag derived from it.
    [["ErpInvoiceExternal", "ErpInvoice"], { ErpInvoiceExternal: "ErpInvoice", ErpInvoice: "ErpInvoice_5489d3" }],
  ])("%j -> %j", (names, want) => {
    expect(Object.fromEntries(assignExportNames(names).exportNames)).toEqual(want);
  });

  it("gives unique names that do not depend on document order (property)", () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 12 }), fc.integer(), (names, seed) => {
        const shuffled = [...names].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || (a < b ? 1 : -1));
        const first = assignExportNames(names).exportNames;
        const second = assignExportNames(shuffled).exportNames;
        expect(new Set(first.values()).size).toBe(names.length);
        for (const n of names) {
          expect(second.get(n)).toBe(first.get(n));
          expect(first.get(n)).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
        }
      }),
    );
  });
});

describe("example values are data", () => {
  it.each([
    [{ components: { schemas: { A: { $ref: "./a.yaml" } } } }, true],
    [{ components: { schemas: { A: { example: { $ref: "./a.yaml" } } } } }, false],
    [{ components: { schemas: { A: { examples: [{ $ref: "./a.yaml" }] } } } }, false],
    [{ components: { schemas: { A: { default: { $ref: "./a.yaml" }, "x-extra": { $ref: "b.yaml" } } } } }, false],
    [{ components: { examples: { E: { value: { $ref: "./a.yaml" } } } } }, false],
    [{ components: { examples: { E: { $ref: "./examples.yaml#/E" } } } }, true],
    [{ components: { schemas: { A: { properties: { example: { $ref: "./a.yaml" } } } } } }, true],
    [{ components: { schemas: { A: { properties: { enum: { $ref: "./a.yaml" } } } } } }, true],
  ])("%j has external refs: %s", (doc, want) => {
    expect(hasExternalRefs(doc)).toBe(want);
  });

  it("hides only $ref-shaped example data from tools that would resolve it", () => {
    const doc = {
      components: { schemas: { A: { example: { $ref: "#/x" }, properties: { example: { $ref: "#/y" } }, description: "kept" } } },
    };
    expect(withoutRefShapedData(doc)).toEqual({
      components: { schemas: { A: { properties: { example: { $ref: "#/y" } }, description: "kept" } } },
    });
    expect(doc.components.schemas.A.example).toEqual({ $ref: "#/x" });
  });
});

describe("splitNullable", () => {
  it.each([
    [{ type: ["string", "null"] }, true, { type: ["string"] }],
    [{ type: "null" }, true, { type: [] }],
    [{ anyOf: [{ $ref: "#/a" }, { type: "null" }] }, true, { $ref: "#/a" }],
    [{ anyOf: [{ type: "string" }, { type: "integer" }, { type: "null" }] }, true, { anyOf: [{ type: "string" }, { type: "integer" }] }],
    [{ type: "string", enum: ["a", null] }, true, { type: "string", enum: ["a"] }],
    [{ type: "string" }, false, { type: "string" }],
  ])("%j", (schema, nullable, rest) => {
    expect(splitNullable(schema)).toEqual({ nullable, schema: rest });
  });
});

describe("checkVersion", () => {
  it.each(["3.0", "3.1", "3.0.0", "3.1.1", "3.0.3-rc1"])("accepts %s", (openapi) => {
    expect(() => checkVersion("f.yaml", { openapi })).not.toThrow();
  });
  it.each([["2.0"], ["3.2.0"], ["3"], ["3.0."], [3.1]])("rejects %j", (openapi) => {
    expect(() => checkVersion("f.yaml", { openapi })).toThrow(/unsupported OpenAPI version/);
  });
  it("tells a Swagger 2.0 user how to convert", () => {
    expect(() => checkVersion("f.yaml", { swagger: "2.0" })).toThrow(SpecError);
    expect(() => checkVersion("f.yaml", { swagger: "2.0" })).toThrow(/npx swagger2openapi/);
  });
});

describe("directRefs (Standard JSON Schema $defs)", () => {
  it.each([
    ["a plain reference", { $ref: "#/$defs/A" }, ["A"]],
    ["a pointer into a component", { $ref: "#/$defs/A/properties/x" }, ["A"]],
    ["a property named like a data keyword", { properties: { default: { $ref: "#/$defs/A" }, enum: { $ref: "#/$defs/B" } } }, ["A", "B"]],
    [
      "$ref-shaped data in default, const, enum and examples",
      { default: { $ref: "#/x" }, const: { $ref: "#/y" }, enum: [{ $ref: "#/z" }], examples: [{ $ref: "#/w" }] },
      [],
    ],
    [
      "patternProperties and $defs",
      { patternProperties: { "^x": { $ref: "#/$defs/C" } }, $defs: { examples: { $ref: "#/$defs/D" } } },
      ["C", "D"],
    ],
    ["an escaped name", { items: { $ref: `#/$defs/${encodeURIComponent("a~1b")}` } }, ["a/b"]],
  ])("%s", (_, schema, expected) => {
    expect([...directRefs(schema)].sort()).toEqual(expected);
  });
});

describe("discriminator tags in the model", () => {
  const tagsOf = (schemas: Record<string, unknown>) =>
    Object.fromEntries(
      normalise(
        loadSpecText(
          "tags.json",
          JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas } }),
        ),
      )
        .schemas.filter((s) => s.discriminator !== null)
        .map((s) => [s.name, s.discriminator]),
    );
  const obj = { type: "object", properties: { kind: { type: "string" } } };
  it.each([
    [
      "oneOf members, mapped and inferred",
      {
        Pet: {
          oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
          discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat", kitty: "#/components/schemas/Cat" } },
        },
        Cat: obj,
        Dog: obj,
      },
      { Cat: { property: "kind", values: ["cat", "kitty"] }, Dog: { property: "kind", values: ["Dog"] } },
    ],
    [
      "a mapping to a bare name",
      { Pet: { oneOf: [{ $ref: "#/components/schemas/Cat" }], discriminator: { propertyName: "kind", mapping: { c: "Cat" } } }, Cat: obj },
      { Cat: { property: "kind", values: ["c"] } },
    ],
    [
      "allOf children of a discriminated parent, and their children",
      {
        Base: { ...obj, discriminator: { propertyName: "kind", mapping: { b: "#/components/schemas/Bird" } } },
        Bird: { allOf: [{ $ref: "#/components/schemas/Base" }] },
        Fish: { allOf: [{ $ref: "#/components/schemas/Base" }, obj] },
        Shark: { allOf: [{ $ref: "#/components/schemas/Fish" }] },
      },
      {
        Bird: { property: "kind", values: ["b"] },
        Fish: { property: "kind", values: ["Fish"] },
        Shark: { property: "kind", values: ["Shark"] },
      },
    ],
    [
      "a discriminated oneOf inside a property tags its members",
      {
        Owner: {
          type: "object",
          properties: {
            pet: {
              oneOf: [{ $ref: "#/components/schemas/Cat" }],
              discriminator: { propertyName: "kind", mapping: { c: "#/components/schemas/Cat" } },
            },
          },
        },
        Cat: obj,
      },
      { Cat: { property: "kind", values: ["c"] } },
    ],
    ["no discriminator, no tag", { A: { oneOf: [{ $ref: "#/components/schemas/B" }] }, B: obj }, {}],
    [
      "a member that is not an object is left alone",
      { P: { oneOf: [{ $ref: "#/components/schemas/S" }], discriminator: { propertyName: "kind" } }, S: { type: "string" } },
      {},
    ],
  ])("%s", (_, schemas, expected) => {
    expect(tagsOf(schemas)).toEqual(expected);
  });
});
