import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderChangeset } from "../src/changeset.ts";
import { diff } from "../src/diff.ts";
import { cli, FIXTURES, model } from "./helpers.ts";

const pair = (name: string) => [join(FIXTURES, name, "base.json"), join(FIXTURES, name, "head.json")] as const;

describe("spec:diff on the command line", () => {
  it("--json prints exactly { changes: [{ kind, location, breaking, packages }], bumps }", async () => {
    const [base, head] = pair("response-enum-value-added");
    const result = await cli(["diff", "--base", base, "--head", head, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(["changes", "bumps"]);
    for (const c of json.changes) expect(Object.keys(c)).toEqual(["kind", "location", "breaking", "packages"]);
    expect(json.changes[0]).toEqual({
      kind: "enum.value.added",
      location: "/components/schemas/Item/properties/state",
      breaking: true,
      packages: {
        "@gcore-billing/types": "major",
        "@gcore-billing/client": "major",
        "@gcore-billing/validators": "minor",
        "@gcore-billing/cli": "major",
      },
    });
    expect(json.bumps).toEqual({
      "@gcore-billing/types": "major",
      "@gcore-billing/client": "major",
      "@gcore-billing/validators": "minor",
      "@gcore-billing/cli": "major",
    });
  });

  it("--changeset <dir> writes the bumps and the grouped changelog", async () => {
    const [base, head] = pair("response-property-required");
    const dir = mkdtempSync(join(tmpdir(), "changeset-"));
    const result = await cli(["diff", "--base", base, "--head", head, "--changeset", dir]);
    expect(result.code).toBe(0);
    const file = /Wrote (.+\.md)/.exec(result.stderr)?.[1];
    expect(file?.startsWith(dir)).toBe(true);
    const text = readFileSync(file!, "utf8");
    expect(
      text.startsWith(
        '---\n"@gcore-billing/types": minor\n"@gcore-billing/client": minor\n"@gcore-billing/validators": major\n"@gcore-billing/cli": major\n---\n',
      ),
    ).toBe(true);
    expect(text).toContain("### Breaking (1)\n\n- Item.note: property note became required `property.required`");
  });

  it("writes no changeset when nothing changed", async () => {
    const [base, head] = pair("identical");
    const dir = mkdtempSync(join(tmpdir(), "changeset-"));
    const result = await cli(["diff", "--base", base, "--head", head, "--changeset", dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("no changeset written");
  });

  it.each([
    [
      "a base that is neither a file nor a git ref",
      ["diff", "--base", "no-such-ref-or-file"],
      /no-such-ref-or-file: neither a file .* nor a git ref/,
    ],
    [
      "a head that is not an OpenAPI document",
      ["diff", "--base", join(FIXTURES, "identical/base.json"), "--head", join(FIXTURES, "impact/page.json")],
      /page\.json#\/openapi: unsupported OpenAPI version/,
    ],
  ])("fails clearly on %s", async (_name, args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});

describe("changeset text", () => {
  it("leaves out packages with no bump and packages missing from the workspace", () => {
    const result = diff(model(pair("request-constraint-tightened")[0]), model(pair("request-constraint-tightened")[1]));
    const text = renderChangeset({ result, title: "1 → 2", present: new Set(["@gcore-billing/types", "@gcore-billing/client"]) });
    expect(text.split("---")[1]).toBe('\n"@gcore-billing/types": patch\n"@gcore-billing/client": major\n');
  });
});
