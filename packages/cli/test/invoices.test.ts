/**
 * `gcore-billing invoices ...` as a real child process against a real loopback server.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { invoice } from "@gcore-billing/test-fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The sources through tsx, or another build (GCORE_BILLING_TEST_BIN, as in helpers.ts).
const BIN = process.env.GCORE_BILLING_TEST_BIN ?? fileURLToPath(new URL("../src/bin.ts", import.meta.url));
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

function answer(req: IncomingMessage): { status: number; type: string; body: Buffer; stall?: boolean } {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const json = (status: number, body: unknown) => ({ status, type: "application/json", body: Buffer.from(JSON.stringify(body)) });
  if (req.headers.authorization !== `APIKey ${API_KEY}`) return json(401, { message: "bad key", request_id: "r-401" });
  const download = url.pathname.match(/^\/billing\/org\/v1\/erp-invoices\/(\d+)\/download$/);
  // Invoice 5's PDF stalls after its headers and first bytes: only a timeout that covers the body ends it.
  if (download?.[1] === "5") return { status: 200, type: "application/pdf", body: pdf, stall: true };
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
    const { status, type, body, stall } = answer(req);
    res.writeHead(status, { "content-type": type, "content-length": body.length });
    if (stall) res.write(body.subarray(0, 100));
    else res.end(body);
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

function cli(args: string[], env: Record<string, string | undefined> = {}, onStart?: (child: ChildProcess) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", BIN, ...args], {
      env: { ...process.env, GCORE_API_KEY: API_KEY, GCORE_BASE_URL: baseUrl, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    onStart?.(child);
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

  it("--timeout bounds the body too: a PDF that stalls after its headers ends as a timeout, with no file and no .part", async () => {
    const file = join(dir, "stalled.pdf");
    const run = await cli(["invoices", "download", "5", "-o", file, "--timeout", "300", "--max-retries", "1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /retry 1\/1 in \d+ ms\ngcore-billing: error: download of invoice 5 timed out after 300 ms \(headers and body\)\n$/,
    );
    expect((await readdir(dir)).filter((f) => f.includes("stalled"))).toEqual([]);
  }, 60_000);

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    it(`${signal} mid-download removes the .part file and keeps an old file`, async () => {
      const sub = join(dir, `sig-${signal}`);
      await mkdir(sub);
      const file = join(sub, "invoice.pdf");
      await writeFile(file, "old");
      let child: ChildProcess | undefined;
      const done = cli(["invoices", "download", "5", "-o", file], {}, (c) => {
        child = c;
      });
      const deadline = Date.now() + 60_000;
      while (!(await readdir(sub)).some((f) => f.endsWith(".part"))) {
        if (Date.now() > deadline) throw new Error("no .part file appeared");
        await new Promise((r) => setTimeout(r, 20));
      }
      child!.kill(signal);
      await done;
      expect(child!.signalCode).toBe(signal);
      expect(await readdir(sub)).toEqual(["invoice.pdf"]);
      expect(await readFile(file, "utf8")).toBe("old");
    }, 60_000);
  }

  it("-o - writes the PDF to stdout", async () => {
    const run = await new Promise<Buffer>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", BIN, "invoices", "download", "3", "-o", "-"], {
        env: { ...process.env, GCORE_API_KEY: API_KEY, GCORE_BASE_URL: baseUrl },
        stdio: ["ignore", "pipe", "ignore"],
      });
      const parts: Buffer[] = [];
      child.stdout.on("data", (d: Buffer) => parts.push(d));
      child.on("error", reject);
      child.on("close", () => resolve(Buffer.concat(parts)));
    });
    expect(run.equals(pdf)).toBe(true);
    expect((await readdir(dir)).includes("-")).toBe(false);
  });

  it("local file problems are one line naming the path, exit 2, no stack trace and no request", async () => {
    const cases: [string, RegExp][] = [
      [dir, new RegExp(`^gcore-billing: error: ${dir}: is a directory \\(EISDIR\\); -o takes a file name`)],
      [
        join(dir, "no-such-folder", "x.pdf"),
        new RegExp(`^gcore-billing: error: ${join(dir, "no-such-folder")}: no such file or directory \\(ENOENT\\)`),
      ],
      // The parent is a file (ENOTDIR), and a new name ending in "/" (a folder, never a file): both before any request.
      [
        join(dir, "plain-file", "x.pdf"),
        new RegExp(`^gcore-billing: error: ${join(dir, "plain-file", "x.pdf")}: not a directory \\(ENOTDIR\\)`),
      ],
      [`${join(dir, "new-folder")}/`, new RegExp(`^gcore-billing: error: ${join(dir, "new-folder")}/: ends in "/", so it names a folder`)],
    ];
    await writeFile(join(dir, "plain-file"), "not a folder\n");
    // Permission bits do not stop root.
    if (process.getuid?.() !== 0) {
      const locked = join(dir, "locked");
      await mkdir(locked);
      await chmod(locked, 0o555);
      cases.push([join(locked, "x.pdf"), new RegExp(`^gcore-billing: error: ${locked}: permission denied \\(EACCES\\)`)]);
    }
    for (const [output, message] of cases) {
      const before = seen.length;
      const run = await cli(["invoices", "download", "2", "-o", output]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/internal error| {4}at /);
      expect(seen.length).toBe(before);
    }
  });

  it("EFBIG (a file size limit) is one line naming the file, and no .part is left", async () => {
    const sub = join(dir, "efbig");
    await mkdir(sub);
    const file = join(sub, "x.pdf");
    // ulimit -f counts 512-byte blocks; the PDF is about 5 kB. stderr goes through a pipe, which the limit does not cover.
    const run = await new Promise<Run>((resolve, reject) => {
      const child = spawn(
        "bash",
        ["-c", `ulimit -f 1; exec '${process.execPath}' --import tsx '${BIN}' invoices download 2 -o '${file}'`],
        {
          env: { ...process.env, GCORE_API_KEY: API_KEY, GCORE_BASE_URL: baseUrl },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => {
        stderr += d;
      });
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout: "", stderr }));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `gcore-billing: error: ${file}: file too large: the file size limit (ulimit -f) or the file system's was reached (EFBIG)\n`,
    );
    expect(await readdir(sub)).toEqual([]);
  }, 60_000);

  it("-o is required", async () => {
    const run = await cli(["invoices", "download", "2"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/required option '-o, --output <file>' not specified/);
  });
});
