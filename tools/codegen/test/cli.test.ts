import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SPEC, defaultOutDir, generate, TARGETS } from "../src/generate.ts";
import { findDrift } from "../src/stages/write.ts";
import { FIXTURES } from "./helpers.ts";

const BIN = resolve(import.meta.dirname, "../bin/gcore-codegen.mjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

/** Every file under dir with its content, to prove a failed run changed nothing. */
function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), "utf8");
  }
  return out;
}

const badSpecs: [string, { given: string; want: RegExp[] }][] = [
  ["invalid YAML", { given: "openapi: 3.1.0\ninfo:\n  title: [unclosed\n  version: 1\n", want: [/bad\.yaml:\d+:\d+/, /invalid YAML/] }],
  [
    "a dangling $ref",
    {
      given: `openapi: 3.1.0
info: { title: t, version: "1" }
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        b: { $ref: "#/components/schemas/Missing" }
`,
      want: [/bad\.yaml/, /#\/components\/schemas\/A\/properties\/b\/\$ref/, /does not resolve/],
    },
  ],
  [
    "Swagger 2.0",
    {
      given: "swagger: '2.0'\ninfo: { title: t, version: '1' }\npaths: {}\n",
      want: [/bad\.yaml/, /#\/swagger/, /Swagger "2\.0" documents are not supported/, /npx swagger2openapi/],
    },
  ],
  [
    "not OpenAPI 3",
    {
      given: "openapi: 4.0.0\ninfo: { title: t, version: '1' }\npaths: {}\n",
      want: [/bad\.yaml/, /#\/openapi/, /unsupported OpenAPI version "4\.0\.0"/],
    },
  ],
  [
    "a dangling external $ref",
    {
      given: `openapi: 3.1.0
info: { title: t, version: "1" }
paths: {}
components:
  schemas:
    A: { $ref: "./missing.yaml#/A" }
`,
      want: [/bad\.yaml:6:\d+/, /#\/components\/schemas\/A/, /Can't resolve \$ref/],
    },
  ],
];

/** Documents that generate with a warning, and fail under --strict; each names the location of its problem. */
const lenient: [string, { given: string; want: RegExp }][] = [
  [
    "a duplicate operationId",
    {
      given: `openapi: "3.1"
info: { title: t, version: "1" }
paths:
  /a:
    get: { operationId: same, responses: { "200": { description: ok } } }
  /b:
    get: { operationId: same, responses: { "200": { description: ok } } }
`,
      want: /bad\.yaml:7:\d+#\/paths\/~1b\/get\/operationId: duplicate operationId "same" \(first used at #\/paths\/~1a\/get\); this operation is generated as "get_b"/,
    },
  ],
  [
    "a name listed twice in required",
    {
      given: `openapi: 3.0.3
info: { title: t, version: "1" }
paths: {}
components:
  schemas:
    A: { type: object, required: [x, x], properties: { x: { type: string } } }
`,
      want: /bad\.yaml:6:\d+#\/components\/schemas\/A\/required: "required" lists "x" more than once/,
    },
  ],
  [
    "an unknown type",
    {
      given: `openapi: 3.0.3
info: { title: t, version: "1" }
paths: {}
components:
  schemas:
    A: { type: file }
`,
      want: /bad\.yaml:6:\d+#\/components\/schemas\/A\/type: unknown type "file" dropped/,
    },
  ],
  [
    "colliding export names",
    {
      given: `openapi: 3.1.0
info: { title: t, version: "1" }
paths: {}
components:
  schemas:
    foo_bar: { type: string }
    fooBar: { type: integer }
`,
      want: /bad\.yaml:6:\d+#\/components\/schemas\/foo_bar: schemas "fooBar" and "foo_bar" both map to the export name FooBar; "foo_bar" is exported as foo_bar/,
    },
  ],
  [
    "an ambiguous non-Unicode pattern",
    {
      given: `openapi: 3.1.0
info: { title: t, version: "1" }
paths: {}
components:
  schemas:
    A: { type: string, pattern: '^\\a\\-$' }
`,
      want: /bad\.yaml:6:\d+#\/components\/schemas\/A\/pattern: pattern \/\^\\a\\-\$\/ is invalid under the u flag and \\a may mean something else/,
    },
  ],
];

/** One earlier output, generated once and copied for every case. */
let template: string | undefined;
function previousOutput(out: string) {
  if (!template) {
    template = join(mkdtempSync(join(tmpdir(), "codegen-template-")), "out");
    expect(run("--spec", resolve(FIXTURES, "enums.yaml"), "--out", template).status).toBe(0);
  }
  cpSync(template, out, { recursive: true });
}

describe.each(lenient)("%s", (_name, { given, want }) => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), "codegen-lenient-"));
    const out = join(dir, "out");
    previousOutput(out);
    writeFileSync(join(dir, "bad.yaml"), given);
    return { dir, out, before: snapshotDir(out) };
  };

  it("generates, with a warning that names the location and what was done", () => {
    const { dir, out, before } = setup();
    const result = run("--spec", join(dir, "bad.yaml"), "--out", out);
    expect(result.stderr).toMatch(new RegExp(`warning: .*${want.source}`));
    expect(result.status).toBe(0);
    expect(snapshotDir(out)).not.toEqual(before);
  });

  it("fails under --strict, naming the location, and leaves the previous output untouched", () => {
    const { dir, out, before } = setup();
    const result = run("--spec", join(dir, "bad.yaml"), "--out", out, "--strict");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--strict: 1 warning/);
    expect(result.stderr).toMatch(want);
    expect(result.stderr).toContain("previous output was left untouched");
    expect(snapshotDir(out)).toEqual(before);
  });
});

describe("versions", () => {
  it.each(["3.0", "3.1", "3.0.4", "3.1.1"])("accepts openapi: %s", (version) => {
    const dir = mkdtempSync(join(tmpdir(), "codegen-version-"));
    writeFileSync(join(dir, "v.yaml"), `openapi: "${version}"\ninfo: { title: t, version: "1" }\npaths: {}\n`);
    const result = run("--spec", join(dir, "v.yaml"), "--out", join(dir, "out"), "--strict");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("bad specs", () => {
  it.each(badSpecs)("%s: names the location and leaves the previous output untouched", (_name, { given, want }) => {
    const dir = mkdtempSync(join(tmpdir(), "codegen-bad-"));
    const out = join(dir, "out");
    expect(run("--spec", resolve(FIXTURES, "enums.yaml"), "--out", out).status).toBe(0);
    const before = snapshotDir(out);
    writeFileSync(join(dir, "bad.yaml"), given);

    const result = run("--spec", join(dir, "bad.yaml"), "--out", out);

    expect(result.status).toBe(1);
    for (const pattern of want) expect(result.stderr).toMatch(pattern);
    expect(result.stderr).toContain("previous output was left untouched");
    expect(snapshotDir(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["bad.yaml", "out"]);
  });
});

describe("cli", () => {
  it("writes the three targets into --out and reports an unknown format once", () => {
    const out = join(mkdtempSync(join(tmpdir(), "codegen-out-")), "gen");
    const result = run("--spec", resolve(FIXTURES, "unknown-format.yaml"), "--out", out);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...TARGETS].sort());
    expect(result.stderr.match(/unknown format "ipvanynetwork"/g)).toHaveLength(1);
    expect(result.stderr).toContain("(+1 more)");
  });

  it("--check fails on stale output and names the file", () => {
    const out = join(mkdtempSync(join(tmpdir(), "codegen-check-")), "gen");
    expect(run("--spec", resolve(FIXTURES, "enums.yaml"), "--out", out).status).toBe(0);
    expect(run("--spec", resolve(FIXTURES, "enums.yaml"), "--out", out, "--check").status).toBe(0);
    writeFileSync(join(out, "types", "schemas.ts"), "// edited by hand\n");
    const result = run("--spec", resolve(FIXTURES, "enums.yaml"), "--out", out, "--check");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/stale: .*types\/schemas\.ts/);
  });

  it("prints help and rejects unknown options with exit code 2", () => {
    expect(run("--help").stdout).toContain("Usage: gcore-codegen");
    const bad = run("--nope");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--nope");
  });
});

describe("committed output", () => {
  it("matches what spec/ generates (pnpm generate:check)", async () => {
    const { files } = await generate(DEFAULT_SPEC);
    const outputs = new Map([...files].map(([target, emitted]) => [defaultOutDir(target), emitted]));
    expect(findDrift(outputs)).toEqual([]);
  });
});
