import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.ts";
import { describeSource } from "../src/update.ts";
import { HISTORY, REPO } from "./helpers.ts";

const NEW_SPEC = join(HISTORY, "2026-07-09_607418582.yaml");
const BROKEN = `openapi: 3.1.0
info: { title: Broken, version: "1" }
paths:
  /x:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Missing" }
`;

let server: Server;
let origin: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    // Every answer closes its connection, so fetch never reuses a kept-alive socket that the server
    // is closing at that very moment (on a loaded machine that race surfaced as ECONNRESET instead of the HTTP 404).
    res.shouldKeepAlive = false;
    if (req.url === "/spec.yaml") res.end(readFileSync(NEW_SPEC));
    else if (req.url === "/broken.yaml") res.end(BROKEN);
    else {
      res.statusCode = 404;
      res.end("not found");
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((ok) => server.close(() => ok()));
});

/** A repo root with only what update touches: spec/ holding the current document and provenance. */
function fakeRepo() {
  const root = mkdtempSync(join(tmpdir(), "spec-update-"));
  mkdirSync(join(root, "spec"));
  copyFileSync(join(REPO, "spec/billing_reseller_api.yaml"), join(root, "spec/billing_reseller_api.yaml"));
  copyFileSync(join(REPO, "spec/provenance.json"), join(root, "spec/provenance.json"));
  return root;
}

async function run(argv: string[], repoRoot: string) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd: repoRoot, repoRoot });
  return { code, out, err };
}

const files = (root: string) => ({
  spec: readFileSync(join(root, "spec/billing_reseller_api.yaml")),
  provenance: JSON.parse(readFileSync(join(root, "spec/provenance.json"), "utf8")),
});

describe("spec:update", () => {
  it("fetches over HTTP, lints, and writes the document with new provenance", async () => {
    const root = fakeRepo();
    const result = await run(["update", `${origin}/spec.yaml`, "--date", "2026-11-25"], root);
    expect(result.err).toMatch(/lint: \d+ warnings/);
    expect(result.code).toBe(0);
    const bytes = readFileSync(NEW_SPEC);
    const { spec, provenance } = files(root);
    expect(spec.equals(bytes)).toBe(true);
    expect(provenance).toEqual({
      file: "billing_reseller_api.yaml",
      source: { repository: origin, path: "/spec.yaml", commit: null, url: `${origin}/spec.yaml` },
      sha256: createHash("sha256").update(bytes).digest("hex"),
      retrieved: "2026-11-25",
      infoVersion: "063128f1cfbd",
    });
    expect(result.out).toContain("Updated");
    expect(requests).toContain("/spec.yaml");
  });

  it.each([
    ["an HTTP error", "/missing.yaml", /HTTP 404/],
    [
      "a document that fails the generator's checks",
      "/broken.yaml",
      /#\/paths\/~1x\/get\/responses\/200\/content\/application~1json\/schema\/\$ref: \$ref "#\/components\/schemas\/Missing" does not resolve/,
    ],
  ])("leaves spec/ untouched on %s", async (_name, path, message) => {
    const root = fakeRepo();
    const before = files(root);
    const result = await run(["update", `${origin}${path}`], root);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(files(root)).toEqual(before);
  });

  it("reads a local file relative to where the command was typed", async () => {
    const root = fakeRepo();
    const here = mkdtempSync(join(tmpdir(), "cwd-"));
    writeFileSync(join(here, "new.yaml"), readFileSync(NEW_SPEC));
    let err = "";
    const code = await main(["update", "new.yaml", "--date", "2026-11-26"], {
      out: () => {},
      err: (t) => (err += t),
      cwd: here,
      repoRoot: root,
    });
    expect(err).not.toMatch(/gcore-spec:/);
    expect(code).toBe(0);
    expect(files(root).provenance.source).toEqual({
      repository: "local file",
      path: join(here, "new.yaml"),
      commit: null,
      file: join(here, "new.yaml"),
    });
  });

  it.each([
    [
      "raw GitHub file",
      "https://raw.githubusercontent.com/G-Core/product-documentation/1efd0642b/api-reference/services_docs_mintlify/billing_reseller_api.yaml",
      {
        repository: "https://github.com/G-Core/product-documentation",
        path: "api-reference/services_docs_mintlify/billing_reseller_api.yaml",
        commit: "1efd0642b",
      },
    ],
    ["any other URL", "http://127.0.0.1:9/a/b.yaml", { repository: "http://127.0.0.1:9", path: "/a/b.yaml", commit: null }],
  ])("describes a %s as provenance", (_name, url, want) => {
    expect(describeSource({ source: url, kind: "url", bytes: Buffer.alloc(0) })).toEqual({ ...want, url });
  });
});
