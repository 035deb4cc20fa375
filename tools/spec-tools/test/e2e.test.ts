import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HISTORY, REPO } from "./helpers.ts";

const exec = promisify(execFile);
const BASE_SPEC = join(HISTORY, "2026-07-06_35829076e.yaml");
const NEW_SPEC = join(HISTORY, "2026-07-09_607418582.yaml");
const SKIP = new Set(["node_modules", "dist", ".turbo", ".git"]);

let repo: string;
let server: Server;
let url: string;

/** Runs a command in the copy the way a maintainer would, from its root. */
async function sh(cmd: string, args: string[]) {
  const { stdout, stderr } = await exec(cmd, args, {
    cwd: repo,
    env: { ...process.env, INIT_CWD: repo, CI: "1", TURBO_TELEMETRY_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout, stderr };
}

const git = (...args: string[]) => sh("git", ["-c", "user.email=e2e@example.com", "-c", "user.name=e2e", ...args]);

beforeAll(async () => {
  // A copy of the working tree (not a clone: the tools under test may not be committed yet),
  // installed from the local pnpm store, committed with the older spec as the base.
  repo = mkdtempSync(join(tmpdir(), "spec-e2e-"));
  cpSync(REPO, repo, {
    recursive: true,
    // `.tmp-*`: other packages' tests make and remove scratch folders while this copies (ENOENT mid-copy).
    filter: (src) =>
      !SKIP.has(basename(src)) &&
      !basename(src).startsWith(".tmp-") &&
      !(src.includes(`${join(REPO, ".changeset")}/`) && src.endsWith(".md")),
  });
  await sh("pnpm", ["install", "--offline", "--frozen-lockfile"]);
  await sh("pnpm", ["spec:update", BASE_SPEC, "--date", "2026-07-06"]);
  await sh("pnpm", ["codegen"]);
  await git("init", "-q");
  await git("add", "-A");
  await git("commit", "-q", "-m", "base: upstream 2026-07-06");

  server = createServer((_req, res) => res.end(readFileSync(NEW_SPEC)));
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/billing_reseller_api.yaml`;
}, 240_000);

afterAll(async () => {
  // fetch keeps connections alive; close() alone would wait for them.
  server?.closeAllConnections();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  if (repo) rmSync(repo, { recursive: true, force: true });
}, 60_000);

describe("maintainer chain in a copy of the repo: update → diff --changeset → generate → typecheck", () => {
  it("produces the new spec, a changeset with the right bumps and regenerated packages that compile", async () => {
    const update = await sh("pnpm", ["-s", "spec:update", url, "--date", "2026-07-09"]);
    expect(update.stdout).toContain("Updated");
    const provenance = JSON.parse(readFileSync(join(repo, "spec/provenance.json"), "utf8"));
    expect(provenance).toMatchObject({ source: { url }, retrieved: "2026-07-09", infoVersion: "063128f1cfbd" });

    const diff = await sh("pnpm", ["-s", "spec:diff", "--changeset"]);
    expect(diff.stdout).toContain("## Spec diff: 0a2f0545eb4d → 063128f1cfbd");
    const changesets = readdirSync(join(repo, ".changeset")).filter((f) => f.endsWith(".md"));
    expect(changesets).toEqual([`spec-update-${provenance.sha256.slice(0, 12)}.md`]);
    const changeset = readFileSync(join(repo, ".changeset", changesets[0]!), "utf8");
    const frontmatter = changeset.split("---")[1]!.trim().split("\n").sort();
    expect(frontmatter).toEqual([
      '"@gcore-billing/cli": major',
      '"@gcore-billing/client": major',
      '"@gcore-billing/types": major',
      '"@gcore-billing/validators": patch',
    ]);
    expect(changeset).toContain("### Breaking (2)");
    expect(changeset).toContain("- GET /billing/org/v1/reports/templates: query parameter ordering: type string → array `type.changed`");
    expect(changeset).toMatch(/### Added \(8\)/);
    expect(changeset).toContain("GET /billing/org/v1/erp-invoices: query parameter order_by added");

    await sh("pnpm", ["codegen"]);
    const types = readFileSync(join(repo, "packages/types/src/generated/openapi.ts"), "utf8");
    expect(types).toContain("order_by");
    const changed = (await git("status", "--porcelain")).stdout;
    for (const dir of ["types", "validators", "client"]) expect(changed).toContain(`packages/${dir}/src/generated/`);
    expect(readFileSync(join(repo, "packages/validators/src/generated/spec-meta.ts"), "utf8")).toContain(provenance.sha256);

    // turbo builds each package's dependencies before type-checking it, as `pnpm build && pnpm test` would;
    // the other packages' own test suites are left to the main run to keep this test near a minute.
    const built = await sh("pnpm", [
      "exec",
      "turbo",
      "run",
      "build",
      "typecheck",
      ...["types", "validators", "client"].map((p) => `--filter=@gcore-billing/${p}`),
    ]);
    expect(built.stdout).toMatch(/Tasks:\s+\d+ successful, \d+ total/);
    expect(readdirSync(join(repo, "packages/client/dist"))).toContain("index.js");
  }, 300_000);
});
