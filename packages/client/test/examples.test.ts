/** The README's examples (examples/*.ts) run for real against a loopback server. */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY, invoice, invoicePage } from "./helpers/fixtures.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const pdf = Buffer.from("%PDF-1.7\nexample\n%%EOF\n");

let server: FaultServer;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gcore-client-examples-"));
  server = await startFaultServer();
  server.route((req, url) => {
    if (req.method === "POST") return { kind: "json", status: 201, body: { uuid: "5b7f3f0e-0000-4000-8000-000000000000" } };
    if (url.pathname.startsWith("/billing/org/v1/reports/") && url.pathname.endsWith("/download")) {
      return req.headers.accept === "text/csv"
        ? { kind: "text", text: "client_id,amount\r\n1,12.50\r\n", contentType: "text/csv; charset=utf-8" }
        : { kind: "json", body: { headers: ["client_id", "amount"], rows: [[1, "12.50"]] } };
    }
    if (url.pathname.endsWith("/download")) return { kind: "text", text: pdf, contentType: "application/pdf" };
    if (/\/erp-invoices\/\d+$/.test(url.pathname)) {
      return { kind: "json", body: invoice(Number(url.pathname.split("/").pop())), headers: { "x-request-id": "req-1" } };
    }
    const limit = Number(url.searchParams.get("limit") ?? 100);
    return { kind: "json", body: invoicePage(5, Number(url.searchParams.get("offset") ?? 0), limit) };
  });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const example = (name: string, ...args: string[]) =>
  run(process.execPath, ["--import", "tsx", `examples/${name}.ts`, ...args], {
    cwd: root,
    env: { ...process.env, GCORE_API_KEY: API_KEY, GCORE_BASE_URL: server.url },
  });

// Each example is a fresh `node --import tsx` process: seconds on a loaded machine.
describe("examples", { timeout: 60_000 }, () => {
  it("retrieve.ts", async () => {
    const { stdout } = await example("retrieve", "3");
    expect(stdout).toBe("INV/2026/00003 121.000000000000 EUR paid\n");
  });

  it("list.ts", async () => {
    const { stdout } = await example("list");
    expect(stdout).toBe("unpaid total: 605.00\n5 invoices; more: false\n");
  });

  it("download.ts", async () => {
    const file = join(dir, "invoice.pdf");
    const { stdout } = await example("download", "4", file);
    expect(stdout).toBe(`wrote ${pdf.length} bytes (application/pdf) to ${file}\napplication/pdf ${pdf.length}\n`);
    expect((await readFile(file)).equals(pdf)).toBe(true);
  });

  it("resilience.ts", async () => {
    const { stdout } = await example("resilience");
    expect(stdout).toContain("5b7f3f0e-0000-4000-8000-000000000000");
  });

  it("report.ts", async () => {
    const { stdout } = await example("report");
    expect(stdout).toBe("client_id,amount\nclient_id | amount 1\n");
  });

  it("validate.ts", async () => {
    const { stdout, stderr } = await example("validate");
    expect(stderr).toBe("");
    expect(stdout).toContain("INV/2026/00001");
  });

  it("response.ts", async () => {
    const { stdout } = await example("response");
    expect(stdout).toBe("INV/2026/00001 200 req-1\napplication/json 1\n1,2\n");
    const traced = server.requests.filter((r) => r.headers["x-trace-id"] === "abc123");
    expect(traced.map((r) => r.url)).toEqual(["/billing/org/v1/erp-invoices?limit=2&include_drafts=true"]);
  });

  it("raw.ts", async () => {
    const { stdout } = await example("raw");
    expect(stdout).toBe("INV/2026/00001\n");
  });
});

describe("README", () => {
  it("shows every example file, exactly", async () => {
    const readme = await readFile(join(root, "README.md"), "utf8");
    const shown = new Map<string, string>();
    for (const m of readme.matchAll(/<!-- example: (\S+) -->\n\n```ts\n([\s\S]*?)\n```/g)) shown.set(m[1] as string, m[2] as string);
    const files = (await readdir(join(root, "examples"))).filter((f) => f.endsWith(".ts")).map((f) => `examples/${f}`);
    expect([...shown.keys()].sort()).toEqual(files.sort());
    for (const file of files) expect(shown.get(file), file).toBe((await readFile(join(root, file), "utf8")).trimEnd());
  });
});
