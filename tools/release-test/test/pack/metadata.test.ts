import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { specFacts } from "../../src/spec.js";
import { publicPackages } from "../../src/workspace.js";

const packages = await publicPackages();
const spec = await specFacts();

type Conditions = { import?: { types?: string; default?: string }; require?: { types?: string; default?: string } };

describe.each(packages.map((pkg) => [pkg.name, pkg] as const))("%s package.json", (name, pkg) => {
  const m = pkg.manifest as typeof pkg.manifest & {
    exports?: Record<string, Conditions | string>;
    bin?: unknown;
    files?: string[];
    sideEffects?: boolean;
    engines?: { node?: string };
    repository?: { url?: string; directory?: string };
    publishConfig?: Record<string, unknown>;
    license?: string;
  };

  it("starts at 1.0.0 or later, so ^ ranges mean what consumers expect", () => {
    expect(Number(m.version.split(".")[0])).toBeGreaterThanOrEqual(1);
  });

  it("names its license, repository folder and Node engines", () => {
    expect({ license: m.license, directory: m.repository?.directory, url: m.repository?.url, node: m.engines?.node }).toEqual({
      license: "MIT",
      directory: `packages/${basename(pkg.dir)}`,
      url: expect.stringMatching(/^git\+https:\/\//),
      node: ">=20.19",
    });
  });

  it("publishes publicly, with provenance, an allowlist of files", () => {
    expect(m.publishConfig).toMatchObject({ access: "public", provenance: true });
    expect(m.files).toEqual(expect.arrayContaining(["dist", "README.md"]));
  });

  it("has an exports map with types, import and require for every entry, and ./package.json", () => {
    expect(m.exports, `${name}: every published package has an exports map`).toBeDefined();
    if (!m.exports) return;
    expect(m.exports["./package.json"]).toBe("./package.json");
    expect(m.sideEffects).toBe(false);
    for (const [entry, target] of Object.entries(m.exports)) {
      if (entry === "./package.json") continue;
      expect(target, entry).toMatchObject({
        import: { types: expect.stringMatching(/\.d\.ts$/), default: expect.stringMatching(/\.js$/) },
        require: { types: expect.stringMatching(/\.d\.cts$/), default: expect.stringMatching(/\.cjs$/) },
      });
    }
  });

  it("has a README that shows how to install it", async () => {
    const readme = await readFile(join(pkg.dir, "README.md"), "utf8");
    expect(readme).toMatch(new RegExp(`npm install (-g |--global |-D |--save-dev )?${name.replace("/", "\\/")}\\b`));
  });

  // From the root entry or a subpath: a size-budgeted entry may leave them to another one of the same package.
  // Loads every entry twice (ESM and CommonJS), the validators included: seconds on a loaded machine.
  it("exports specVersion and specSha256 of spec/ from its ESM and its CommonJS build", { timeout: 60_000 }, async () => {
    const load = createRequire(join(pkg.dir, "package.json"));
    const found: Record<string, unknown>[] = [];
    for (const [entry, target] of Object.entries(m.exports as Record<string, Conditions | string>)) {
      if (typeof target === "string") continue;
      const esm = (await import(pathToFileURL(join(pkg.dir, target.import!.default!)).href)) as Record<string, unknown>;
      const cjs = load(join(pkg.dir, target.require!.default!)) as Record<string, unknown>;
      for (const [format, mod] of [
        ["esm", esm],
        ["cjs", cjs],
      ] as const) {
        if ("specVersion" in mod || "specSha256" in mod)
          found.push({ entry, format, specVersion: mod.specVersion, specSha256: mod.specSha256 });
      }
    }
    const formats = new Set(found.map((f) => f.format));
    expect({ formats: [...formats].sort(), values: new Set(found.map((f) => `${f.specVersion} ${f.specSha256}`)) }).toEqual({
      formats: ["cjs", "esm"],
      values: new Set([`${spec.version} ${spec.sha256}`]),
    });
  });
});
