import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diff } from "../src/diff.ts";
import { bumps, FIXTURES, model } from "./helpers.ts";

type Want = { kinds: string[]; types: string; client: string; validators: string; cli: string };

/**
 * One synthetic pair per rule (test/fixtures/<rule>/{base,head}.json). Every head with a real
 * edit also changes info.version, so each package gets at least a patch (it embeds the spec sha).
 */
const CASES: [string, Want][] = [
  ["operation-removed", { kinds: ["operation.removed"], types: "major", client: "major", validators: "major", cli: "major" }],
  // DELETE with a 204 and no body: no new response validator.
  ["operation-added", { kinds: ["operation.added"], types: "minor", client: "minor", validators: "patch", cli: "minor" }],
  ["parameter-removed", { kinds: ["parameter.removed"], types: "major", client: "major", validators: "patch", cli: "major" }],
  ["parameter-added-required", { kinds: ["parameter.added.required"], types: "major", client: "major", validators: "patch", cli: "major" }],
  ["parameter-added-optional", { kinds: ["parameter.added"], types: "minor", client: "minor", validators: "patch", cli: "minor" }],
  ["request-enum-value-removed", { kinds: ["enum.value.removed"], types: "major", client: "major", validators: "patch", cli: "major" }],
  ["request-enum-value-added", { kinds: ["enum.value.added"], types: "minor", client: "minor", validators: "patch", cli: "minor" }],
  // TypeScript types carry no `maximum`; the server now rejects what it accepted.
  ["request-constraint-tightened", { kinds: ["constraint.tightened"], types: "patch", client: "major", validators: "patch", cli: "major" }],
  [
    "request-required-property-added",
    { kinds: ["property.added.required"], types: "major", client: "major", validators: "major", cli: "major" },
  ],
  ["response-property-removed", { kinds: ["property.removed"], types: "major", client: "major", validators: "minor", cli: "major" }],
  ["response-property-added", { kinds: ["property.added"], types: "minor", client: "minor", validators: "minor", cli: "minor" }],
  ["response-property-nullable", { kinds: ["nullable.added"], types: "major", client: "major", validators: "minor", cli: "major" }],
  ["response-property-optional", { kinds: ["property.optional"], types: "major", client: "major", validators: "minor", cli: "major" }],
  // Callers lose nothing, but stored records without `note` stop validating.
  ["response-property-required", { kinds: ["property.required"], types: "minor", client: "minor", validators: "major", cli: "major" }],
  // The decision documented in README.md: a wider union in a response breaks exhaustive code.
  ["response-enum-value-added", { kinds: ["enum.value.added"], types: "major", client: "major", validators: "minor", cli: "major" }],
  ["response-enum-value-removed", { kinds: ["enum.value.removed"], types: "minor", client: "minor", validators: "major", cli: "major" }],
  ["response-format-changed", { kinds: ["format.changed"], types: "patch", client: "major", validators: "major", cli: "major" }],
  ["type-changed", { kinds: ["type.changed"], types: "major", client: "major", validators: "major", cli: "major" }],
  [
    "success-status-removed",
    { kinds: ["response.removed", "response.added"], types: "major", client: "major", validators: "major", cli: "major" },
  ],
  // $refs are resolved: inlining an identical schema is no change at all.
  ["ref-inlined", { kinds: [], types: "patch", client: "patch", validators: "patch", cli: "patch" }],
  ["docs-only", { kinds: ["docs.changed", "docs.changed"], types: "patch", client: "patch", validators: "patch", cli: "patch" }],
  ["identical", { kinds: [], types: "none", client: "none", validators: "none", cli: "none" }],
];

describe("one synthetic pair per rule", () => {
  it.each(CASES)("%s", (name, want) => {
    const result = diff(model(join(FIXTURES, name, "base.json")), model(join(FIXTURES, name, "head.json")));
    const kinds = result.changes.map((c) => c.kind).filter((k) => k !== "spec.version.changed");
    expect({ kinds, ...bumps(result.bumps) }).toEqual(want);
    for (const c of result.changes) expect(c.breaking).toBe(Object.values(c.packages).includes("major"));
  });

  it("reports a nested change at the JSON pointer of the component it lives in", () => {
    const result = diff(model(join(FIXTURES, "type-changed/base.json")), model(join(FIXTURES, "type-changed/head.json")));
    expect(result.changes.find((c) => c.kind === "type.changed")?.location).toBe("/components/schemas/Item/properties/id");
  });
});
