import { readFileSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installConsumer, writeReadmeExamples } from "../../src/consumer.js";
import { invalidInvoice, validInvoice } from "../../src/invoice.js";
import { type InvoiceServer, startInvoiceServer } from "../../src/loopback.js";
import { run } from "../../src/run.js";
import { seedThirdPartyDependencies } from "../../src/seed.js";
import { specFacts } from "../../src/spec.js";
import { type Registry, registryEnv, startRegistry } from "../../src/verdaccio.js";
import { commitAll, copyWorkspace, publicPackages } from "../../src/workspace.js";

// Each step is a real install, build or publish on two shared cores: minutes, not seconds.
const STEP = 300_000;

const TYPES = "@gcore-billing/types";
const VALIDATORS = "@gcore-billing/validators";
const CLIENT = "@gcore-billing/client";
const CLI = "@gcore-billing/cli";
const MOCKS = "@gcore-billing/mocks";
const consumed = [TYPES, VALIDATORS, CLIENT, CLI, MOCKS];
/** Libraries other teams hand our Standard Schema objects to; seeded into the registry at the versions installed here. */
const STANDARD_SCHEMA_CONSUMERS = ["@trpc/server", "hono", "@hono/standard-validator", "@standard-schema/spec"];
const here = fileURLToPath(new URL("../..", import.meta.url));
const API_KEY = "release-test-key";

/** A consumer project's strict tsc settings, with skipLibCheck as most projects set it (see the examples' type-check). */
const CONSUMER_COMPILER_OPTIONS = {
  target: "es2022",
  lib: ["es2022", "dom"],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};

const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
const esbuild = join(dirname(require.resolve("esbuild/package.json")), "bin", "esbuild");

let tmp: string;
let registry: Registry | undefined;
let server: InvoiceServer | undefined;
let env: NodeJS.ProcessEnv;
let repo: string;
let specVersion: string;

const exampleEnv = () => ({ ...process.env, GCORE_API_KEY: API_KEY, GCORE_BASE_URL: server!.url });

async function npmView(spec: string, field?: string): Promise<unknown> {
  const { stdout } = await run("npm", ["view", spec, ...(field ? [field] : []), "--json"], { cwd: tmp, env });
  return JSON.parse(stdout);
}

async function addChangeset(name: string, bumps: Record<string, "major" | "minor" | "patch">, summary: string) {
  const header = Object.entries(bumps)
    .map(([pkg, bump]) => `"${pkg}": ${bump}`)
    .join("\n");
  await writeFile(join(repo, ".changeset", `${name}.md`), `---\n${header}\n---\n\n${summary}\n`);
}

/** What a release workflow does once its changesets are merged: version, commit, then the real release command. */
async function versionAndRelease(message: string) {
  await run("pnpm", ["exec", "changeset", "version"], { cwd: repo, env });
  await commitAll(repo, message, env);
  await run("pnpm", ["release"], { cwd: repo, env });
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "gcore-release-"));
  registry = await startRegistry(join(tmp, "registry"));
  env = registryEnv(registry, join(tmp, "npm-cache"));
  server = await startInvoiceServer();
  repo = join(tmp, "repo");
  await copyWorkspace(repo, env);
  await seedThirdPartyDependencies(await publicPackages(repo), registry, env, tmp, STANDARD_SCHEMA_CONSUMERS, here);
  specVersion = (await specFacts()).version;
}, STEP * 2);

afterAll(async () => {
  await server?.close();
  await registry?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("release through a local registry", () => {
  // A build of every package and a publish of each: like the later releases, more than one STEP on a loaded machine.
  it("`pnpm release` publishes every public package at 1.0.0 with real dependency ranges", { timeout: STEP * 2 }, async () => {
    await run("pnpm", ["release"], { cwd: repo, env });

    for (const pkg of await publicPackages(repo)) {
      const published = (await npmView(`${pkg.name}@1.0.0`)) as {
        version: string;
        dependencies?: Record<string, string>;
        dist: { tarball: string };
      };
      expect(published.version, pkg.name).toBe("1.0.0");
      for (const [dep, range] of Object.entries(published.dependencies ?? {})) {
        expect(range, `${pkg.name} -> ${dep}`).not.toMatch(/^workspace:/);
      }
    }
    expect(((await npmView(`${VALIDATORS}@1.0.0`, "dependencies")) as Record<string, string>)[TYPES]).toBe("^1.0.0");
    const tags = (await run("git", ["tag", "--list"], { cwd: repo, env })).stdout.split("\n");
    expect(tags).toEqual(expect.arrayContaining(consumed.map((name) => `${name}@1.0.0`)));
  });

  describe("a consumer that installs with npm", () => {
    let dir: string;
    let examples: string[];

    beforeAll(async () => {
      const consumer = await installConsumer(join(tmp, "consumer"), Object.fromEntries(consumed.map((n) => [n, "^1.0.0"])), env);
      expect(consumer.installed).toEqual(Object.fromEntries(consumed.map((n) => [n, "1.0.0"])));
      dir = consumer.dir;
      examples = await writeReadmeExamples(consumer, [TYPES, VALIDATORS]);
    }, STEP);

    it("gets only what the files allowlists name: built code, README, manifest", async () => {
      for (const name of consumed) {
        const entries = await readdir(join(dir, "node_modules", name));
        expect(entries.sort(), name).toEqual(["README.md", "dist", "package.json"]);
      }
    });

    it("finds every README example it runs", () => {
      expect(examples.sort()).toEqual(["browser.ts", "cjs.cjs", "esm.mjs", "types.ts", "validate.ts"]);
    });

    it("runs the ESM example: validates an invoice fetched from a loopback server", { timeout: STEP }, async () => {
      const before = server!.requests.length;
      const { stdout } = await run(process.execPath, ["esm.mjs"], { cwd: dir, env: exampleEnv() });
      expect(stdout.trim().split("\n")).toEqual([
        "valid: INV/2026/00042 120.000000000000 USD",
        "invalid: /client_id must be integer",
        `spec ${specVersion}`,
      ]);
      const sent = server!.requests.slice(before);
      expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /billing/org/v1/erp-invoices/42"]);
      expect(sent[0]!.headers.authorization).toBe(`APIKey ${API_KEY}`);
    });

    it("runs the CommonJS example", { timeout: STEP }, async () => {
      const before = server!.requests.length;
      const { stdout } = await run(process.execPath, ["cjs.cjs"], { cwd: dir, env: exampleEnv() });
      expect(stdout.trim().split("\n")).toEqual(["valid: INV/2026/00042 not_paid", "invalid: /amount_total"]);
      expect(server!.requests.slice(before).map((r) => `${r.method} ${r.url} ${r.headers.authorization}`)).toEqual([
        `GET /billing/org/v1/erp-invoices/42 APIKey ${API_KEY}`,
      ]);
    });

    // The TypeScript examples again as CommonJS (.cts), so node16 resolves both the `import` and the `require` types.
    // skipLibCheck as most projects set it: openapi-typescript-helpers@0.1.0 (openapi-fetch's dependency) ships an
    // empty index.d.mts, which a full lib check reports inside openapi-fetch's declarations.
    const typeChecked = ["types.ts", "validate.ts", "browser.ts", "types.cts", "validate.cts", "types-are-real.ts"];

    it.each([
      ["node16", { module: "node16", moduleResolution: "node16" }],
      ["bundler", { module: "preserve", moduleResolution: "bundler" }],
    ])("type-checks the examples with moduleResolution %s", { timeout: STEP }, async (name, options) => {
      await cp(join(dir, "types.ts"), join(dir, "types.cts"));
      await cp(join(dir, "validate.ts"), join(dir, "validate.cts"));
      // If the packages' types did not resolve (or resolved to `any`), these expected errors would not happen and tsc fails.
      await writeFile(
        join(dir, "types-are-real.ts"),
        [
          'import { createClient } from "@gcore-billing/client";',
          'import type { ErpInvoice } from "@gcore-billing/types";',
          'import { validateErpInvoice } from "@gcore-billing/validators";',
          "// @ts-expect-error amount_total is a decimal string",
          'export const total: ErpInvoice["amount_total"] = 120;',
          "const result = validateErpInvoice({});",
          "// @ts-expect-error value exists only once `valid` is narrowed to true",
          "export const value = result.value;",
          "export async function retrieved(): Promise<number> {",
          '  const invoice = await createClient({ apiKey: "k" }).erpInvoices.retrieve(42);',
          "  // @ts-expect-error the client returns the spec's types: amount_total is a string",
          "  return invoice.amount_total;",
          "}",
          "",
        ].join("\n"),
      );
      const tsconfig = `tsconfig.${name}.json`;
      await writeFile(
        join(dir, tsconfig),
        JSON.stringify({
          compilerOptions: {
            ...options,
            ...CONSUMER_COMPILER_OPTIONS,
          },
          files: typeChecked,
        }),
      );
      await run(process.execPath, [tsc, "-p", tsconfig], { cwd: dir, env });
    });

    it("runs the installed gcore-billing command on good and bad invoices", { timeout: STEP }, async () => {
      await writeFile(join(dir, "good.ndjson"), `${JSON.stringify(validInvoice)}\n`);
      await writeFile(join(dir, "bad.ndjson"), `${JSON.stringify(invalidInvoice)}\n`);
      const bin = join(dir, "node_modules", ".bin", "gcore-billing");
      await run(bin, ["validate", "good.ndjson"], { cwd: dir, env });
      const failure = await run(bin, ["validate", "bad.ndjson"], { cwd: dir, env }).then(
        () => "exited 0",
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/exited with 1[\s\S]*bad\.ndjson:1 \/amount_total[\s\S]*\/client_id/);
    });

    it("bundles the browser example with esbuild for the browser, and the bundle calls the loopback server", {
      timeout: STEP,
    }, async () => {
      await run(
        esbuild,
        ["browser.ts", "--bundle", "--platform=browser", "--format=esm", "--outfile=dist/browser.js", "--metafile=dist/meta.json"],
        {
          cwd: dir,
          env,
        },
      );
      const meta = JSON.parse(await readFile(join(dir, "dist", "meta.json"), "utf8")) as { inputs: Record<string, unknown> };
      const inputs = Object.keys(meta.inputs);
      expect(inputs.some((input) => input.includes("@gcore-billing/validators"))).toBe(true);
      expect(inputs.filter((input) => input.startsWith("node:") || !input.includes("node_modules/"))).toEqual(["browser.ts"]);

      const before = server!.requests.length;
      const { stdout } = await run(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `const m = await import("./dist/browser.js"); console.log(await m.describeInvoice(42, process.argv[1], process.argv[2]));`,
          server!.url,
          API_KEY,
        ],
        { cwd: dir, env },
      );
      expect(stdout.trim()).toBe("INV/2026/00042: 120.000000000000 USD");
      expect(server!.requests.slice(before).map((r) => r.headers.authorization)).toEqual([`APIKey ${API_KEY}`]);
    });
  });

  it("the mocks' factories entry runs without MSW installed, as the README shows", { timeout: STEP }, async () => {
    const consumer = await installConsumer(join(tmp, "consumer-mocks"), { [MOCKS]: "^1.0.0", [VALIDATORS]: "^1.0.0" }, env);
    expect(consumer.installed[MOCKS]).toBe("1.0.0");
    await expect(readdir(join(consumer.dir, "node_modules", "msw"))).rejects.toThrow(/ENOENT/);
    expect(await writeReadmeExamples(consumer, [MOCKS])).toEqual(["mocks-factories.mjs"]);
    const { stdout } = await run(process.execPath, ["mocks-factories.mjs"], { cwd: consumer.dir, env });
    expect(stdout.trim().split("\n")).toEqual(["paid true", "true", "true"]);
    // CommonJS too: faker is ESM-only, which require() loads on Node >= 20.19.
    const cjs = await run(
      process.execPath,
      [
        "-e",
        `const m = require("${MOCKS}/factories"); console.log(m.fakeErpInvoice({ seed: 1 }).amount_total === m.fakeErpInvoice({ seed: 1 }).amount_total)`,
      ],
      { cwd: consumer.dir, env },
    );
    expect(cjs.stdout.trim()).toBe("true");
  });

  describe("Standard Schema consumers installed from the registry", () => {
    let dir: string;
    const manifest = JSON.parse(readFileSync(join(here, "package.json"), "utf8")) as { devDependencies: Record<string, string> };

    beforeAll(async () => {
      const consumer = await installConsumer(
        join(tmp, "consumer-standard-schema"),
        {
          [TYPES]: "^1.0.0",
          [VALIDATORS]: "^1.0.0",
          ...Object.fromEntries(STANDARD_SCHEMA_CONSUMERS.map((name) => [name, manifest.devDependencies[name]!])),
        },
        env,
      );
      dir = consumer.dir;
      await cp(join(here, "consumers"), dir, { recursive: true });
      await writeFile(join(dir, "invoice.json"), JSON.stringify(validInvoice));
    }, STEP);

    it.each([
      [
        "trpc.mjs",
        "tRPC 11: `t.procedure.input(ErpInvoiceSchema)` passes a valid invoice, an invalid one is a BAD_REQUEST",
        ["recorded INV/2026/00042 120.000000000000", "BAD_REQUEST: amount_total (pattern), client_id (type)"],
      ],
      [
        "hono.mjs",
        '@hono/standard-validator: `sValidator("json", ErpInvoiceSchema)` lets a valid body through, answers 400 with the issues',
        ['201 {"stored":"INV/2026/00042","total":"120.000000000000"}', "400 payment_state must be equal to one of the allowed values"],
      ],
    ])("%s: %s", { timeout: STEP }, async (file, _what, lines) => {
      const { stdout } = await run(process.execPath, [file], { cwd: dir, env });
      expect(stdout.trim().split("\n")).toEqual(lines);
    });

    it("type-checks: InferOutput is ErpInvoice, and the input type flows into tRPC and Hono handlers", { timeout: STEP }, async () => {
      await writeFile(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            module: "node16",
            moduleResolution: "node16",
            ...CONSUMER_COMPILER_OPTIONS,
          },
          files: ["standard-schema-types.ts"],
        }),
      );
      await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir, env });
    });
  });

  it("a minor release reaches a consumer on ^1.0.0", { timeout: STEP * 2 }, async () => {
    await addChangeset("release-test-minor", { [VALIDATORS]: "minor" }, "Release test: a minor change.");
    await versionAndRelease("release test: minor");

    const consumer = await installConsumer(join(tmp, "consumer-minor"), { [VALIDATORS]: "^1.0.0", [CLIENT]: "^1.0.0" }, env);
    expect(consumer.installed[VALIDATORS]).toBe("1.1.0");
    const changelog = await readFile(join(consumer.dir, "node_modules", VALIDATORS, "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(/## 1\.1\.0[\s\S]*Release test: a minor change\./);

    await writeReadmeExamples(consumer, [VALIDATORS]);
    const { stdout } = await run(process.execPath, ["esm.mjs"], { cwd: consumer.dir, env: exampleEnv() });
    expect(stdout.split("\n")[0]).toBe("valid: INV/2026/00042 120.000000000000 USD");
  });

  it("a major release is not picked up by ^1", { timeout: STEP * 2 }, async () => {
    await addChangeset("release-test-major", { [VALIDATORS]: "major" }, "Release test: a breaking change.");
    await versionAndRelease("release test: major");

    expect(await npmView(VALIDATORS, "dist-tags.latest")).toBe("2.0.0");
    const onCaret1 = await installConsumer(join(tmp, "consumer-caret-1"), { [VALIDATORS]: "^1" }, env);
    expect(onCaret1.installed[VALIDATORS]).toBe("1.1.0");
    const onLatest = await installConsumer(join(tmp, "consumer-latest"), { [VALIDATORS]: "latest" }, env);
    expect(onLatest.installed[VALIDATORS]).toBe("2.0.0");
  });
});
