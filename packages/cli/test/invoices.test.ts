/**
 * `gcore-billing invoices ...` as a real child process against a real loopback server.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { invoice } from "@gcore-billing/test-fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const API_KEY = "cli-test-key-0b7e41d2";
const TOTAL = 7;

const all = Array.from({ length: TOTAL }, (_, i) => invoice(i + 1));
const pdf = Buffer.concat([
  Buffer.from("%PDF-1.7\n"),
  Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 256)),
  Buffer.from("%%EOF\n"),
]);

let server: Server;
let baseUrl: string;
let dir: string;
const seen: string[] = [];

function answer(req: IncomingMessage): { status: number; type: string; body: Buffer } {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const json = (status: number, body: unknown) => ({ status, type: "application/json", body: Buffer.from(JSON.stringify(body)) });
  if (req.headers.authorization !== `APIKey ${API_KEY}`) return json(401, { message: "bad key", request_id: "r-401" });
  const download = url.pathname.match(/^\/billing\/org\/v1\/erp-invoices\/(\d+)\/download$/);
  if (download)
    return Number(download[1]) <= TOTAL ? { status: 200, type: "application/pdf", body: pdf } : json(404, { message: "no PDF" });
  const one = url.pathname.match(/^\/billing\/org\/v1\/erp-invoices\/(\d+)$/);
  if (one) {
    const found = all[Number(one[1]) - 1];
    return found
      ? json(200, found)
      : json(404, { exception_class: "NotFound", message: "No ErpInvoice matches the given query.", request_id: "r-404" });
  }
  if (url.pathname === "/billing/org/v1/erp-invoices") {
    const limit = Number(url.searchParams.get("limit") ?? 100);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    return json(200, { count: TOTAL, next: null, previous: null, results: all.slice(offset, offset + limit) });
  }
  return json(404, { message: "no route" });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gcore-cli-invoices-"));
  server = createServer((req, res) => {
    seen.push(req.url ?? "");
    const { status, type, body } = answer(req);
    res.writeHead(status, { "content-type": type, "content-length": body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", BIN, ...args], {
      env: { ...process.env, GCORE_API_KEY: API_KEY, GCORE_BASE_URL: baseUrl, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d;
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("gcore-billing invoices list", () => {
  it("--format ndjson streams every page, one invoice per line, and validate accepts the file", async () => {
    seen.length = 0;
    const run = await cli(["invoices", "list", "--format", "ndjson", "--page-size", "3"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith("\n")).toBe(true);
    expect(
      run.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual(all);
    expect(seen).toEqual([
      "/billing/org/v1/erp-invoices?limit=3",
      "/billing/org/v1/erp-invoices?limit=3&offset=3",
      "/billing/org/v1/erp-invoices?limit=3&offset=6",
    ]);

    const file = join(dir, "invoices.ndjson");
    await writeFile(file, run.stdout);
    const validate = await cli(["validate", file, "--no-progress"]);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
  });

  it("ndjson is the default format", async () => {
    const run = await cli(["invoices", "list"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(TOTAL);
  });

  it("--format json prints one array", async () => {
    const run = await cli(["invoices", "list", "--format", "json", "--page-size", "2"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(all);
  });

  it("filters and ordering reach the API as the spec serializes them", async () => {
    seen.length = 0;
    const run = await cli([
      "invoices",
      "list",
      "--currency",
      "EUR",
      "--payment-state",
      "not_paid",
      "--move-type",
      "out_refund",
      "--client-id",
      "42",
      "--payer-id",
      "7",
      "--invoice-date-from",
      "2026-01-01",
      "--invoice-date-to",
      "2026-01-31",
      "--billing-period-from",
      "2025-12-01",
      "--billing-period-to",
      "2025-12-31",
      "--order-by",
      "invoice_date.desc,id.asc",
      "--ordering",
      "-amount_total,name",
    ]);
    expect(run.code).toBe(0);
    expect(seen[0]).toBe(
      "/billing/org/v1/erp-invoices?limit=100&client_id=42&payer_id=7&currency=EUR&move_type=out_refund&payment_state=not_paid" +
        "&invoice_date__from=2026-01-01&invoice_date__to=2026-01-31&billing_period_from__from=2025-12-01&billing_period_to__to=2025-12-31" +
        "&order_by=invoice_date.desc,id.asc&ordering=-amount_total,name",
    );
  });

  it.each([
    ["an unknown sort key", ["--order-by", "id.asc,colour.desc"], /unknown key colour\.desc; allowed: amount_total\.asc/],
    ["a bad payment state", ["--payment-state", "lost"], /Allowed choices are in_payment, not_paid, paid, partial, reversed/],
    ["a page size over 100", ["--page-size", "500"], /--page-size must be an integer from 1 to 100/],
    ["a malformed date", ["--invoice-date-from", "01/02/2026"], /expected a date as YYYY-MM-DD/],
    ["an unknown format", ["--format", "csv"], /Allowed choices are ndjson, json/],
  ])("rejects %s with exit 2 before any request", async (_name, args, message) => {
    seen.length = 0;
    const run = await cli(["invoices", "list", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(seen).toEqual([]);
  });
});

describe("gcore-billing invoices get", () => {
  it("prints the invoice as JSON", async () => {
    const run = await cli(["invoices", "get", "3"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(invoice(3));
  });

  it("a 404 is exit 1 with the API's message and request id", async () => {
    const run = await cli(["invoices", "get", "99"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "gcore-billing: error: GET /billing/org/v1/erp-invoices/{id} failed with 404: No ErpInvoice matches the given query. (request id r-404)\n",
    );
  });

  it("a wrong key is exit 1 and the key is not printed", async () => {
    const run = await cli(["invoices", "get", "1"], { GCORE_API_KEY: "wrong-key-c0ffee" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/failed with 401: bad key/);
    expect(run.stderr).not.toContain("wrong-key-c0ffee");
  });

  it("no GCORE_API_KEY is exit 2 with a clear message", async () => {
    const run = await cli(["invoices", "get", "1"], { GCORE_API_KEY: undefined });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("gcore-billing: error: No API key: set GCORE_API_KEY or pass createClient({ apiKey }).\n");
  });

  it("a non-numeric id is exit 2", async () => {
    const run = await cli(["invoices", "get", "abc"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/<id> must be an integer/);
  });

  it("an unreachable API is exit 1 after the retries", async () => {
    const run = await cli(["invoices", "get", "1", "--max-retries", "0"], { GCORE_BASE_URL: "http://127.0.0.1:9" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^gcore-billing: error: GET \/billing\/org\/v1\/erp-invoices\/\{id\}: connection failed/);
  });
});

describe("gcore-billing invoices download", () => {
  it("-o writes the PDF byte for byte", async () => {
    const file = join(dir, "invoice.pdf");
    const run = await cli(["invoices", "download", "2", "-o", file]);
    expect(run.code).toBe(0);
    expect((await readFile(file)).equals(pdf)).toBe(true);
    expect(run.stderr).toBe(`saved invoice 2 to ${file} (${pdf.length} bytes, application/pdf)\n`);
  });

  it("a missing PDF is exit 1 and writes no file", async () => {
    const file = join(dir, "missing.pdf");
    const run = await cli(["invoices", "download", "99", "-o", file]);
    expect(run.code).toBe(1);
    await expect(readFile(file)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("-o is required", async () => {
    const run = await cli(["invoices", "download", "2"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/required option '-o, --output <file>' not specified/);
  });
});
