/** PDF downloads: a web stream from the main entry, a file from `@gcore-billing/client/node`. */
import { getEventListeners } from "node:events";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIConnectionError, createClient, NotFoundError } from "../src/index.js";
import { saveToFile } from "../src/node.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY } from "./helpers/fixtures.js";

let server: FaultServer;
let dir: string;
beforeAll(async () => {
  server = await startFaultServer();
  dir = await mkdtemp(join(tmpdir(), "gcore-client-download-"));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

// Not a real PDF, but with the magic bytes and binary content that must survive untouched.
const pdf = Buffer.concat([
  Buffer.from("%PDF-1.7\n"),
  Buffer.from(Array.from({ length: 200_000 }, (_, i) => i % 256)),
  Buffer.from("\n%%EOF\n"),
]);
const client = () => createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: 2000, logger: {} });

describe("erpInvoices.download", () => {
  it("returns a readable stream with the exact bytes and content type", async () => {
    server.script({ kind: "text", text: pdf, contentType: "application/pdf" });
    const download = await client().erpInvoices.download(7);
    expect(download.status).toBe(200);
    expect(download.contentType).toBe("application/pdf");
    const bytes = Buffer.from(await new Response(download.body).arrayBuffer());
    expect(bytes.equals(pdf)).toBe(true);
    expect(server.requests[0]?.url).toBe("/billing/org/v1/erp-invoices/7/download");
  });

  it("an empty body is an empty stream, not null", async () => {
    server.script({ kind: "text", text: "", contentType: "application/pdf" });
    const download = await client().erpInvoices.download(7);
    expect((await new Response(download.body).arrayBuffer()).byteLength).toBe(0);
  });

  it("saveToFile writes the bytes and reports the size", async () => {
    server.script({ kind: "text", text: pdf, contentType: "application/pdf" });
    const file = join(dir, "invoice-7.pdf");
    const saved = await saveToFile(client().erpInvoices.download(7), file);
    expect(saved).toEqual({ path: file, bytes: pdf.length, contentType: "application/pdf" });
    expect((await readFile(file)).equals(pdf)).toBe(true);
  });

  it("502 (PDF temporarily unavailable) is retried, then succeeds", async () => {
    server.script(
      { kind: "json", status: 502, body: { message: "later" }, headers: { "retry-after-ms": "5" } },
      { kind: "text", text: pdf, contentType: "application/pdf" },
    );
    const file = join(dir, "after-502.pdf");
    await saveToFile(client().erpInvoices.download(7), file);
    expect(server.requests).toHaveLength(2);
    expect((await readFile(file)).length).toBe(pdf.length);
  });

  it("a 404 rejects before any file is created", async () => {
    server.script({ kind: "json", status: 404, body: { message: "no such invoice" } });
    const file = join(dir, "missing.pdf");
    await expect(saveToFile(client().erpInvoices.download(404), file)).rejects.toBeInstanceOf(NotFoundError);
    expect((await readdir(dir)).filter((f) => f.startsWith("missing"))).toEqual([]);
  });

  it("a connection dropped mid-body leaves no file behind and is an APIConnectionError", async () => {
    server.script({ kind: "truncate", body: "x".repeat(100_000), sent: 50_000 });
    const file = join(dir, "cut.pdf");
    await expect(saveToFile(client().erpInvoices.download(7), file)).rejects.toBeInstanceOf(APIConnectionError);
    expect((await readdir(dir)).filter((f) => f.startsWith("cut"))).toEqual([]);
  });

  it("an existing file is replaced whole, with no temporary file left", async () => {
    server.script({ kind: "text", text: pdf, contentType: "application/pdf" });
    const file = join(dir, "twice.pdf");
    await saveToFile(client().erpInvoices.download(7), file);
    await saveToFile(client().erpInvoices.download(7), file);
    expect((await readFile(file)).equals(pdf)).toBe(true);
    expect((await readdir(dir)).filter((f) => f.startsWith("twice"))).toEqual(["twice.pdf"]);
  });

  it("saveToFile's signal aborts a download in progress and leaves no file", async () => {
    server.script({ kind: "stall-body", body: "x".repeat(100_000), sent: 10_000 });
    const controller = new AbortController();
    const file = join(dir, "aborted.pdf");
    setTimeout(() => controller.abort(), 50);
    await expect(saveToFile(client().erpInvoices.download(7), file, { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect((await readdir(dir)).filter((f) => f.startsWith("aborted"))).toEqual([]);
  });

  it("body.cancel() ends a stalled download, and the request signal gets no lingering listener", async () => {
    server.script({ kind: "stall-body", body: "x".repeat(100_000), sent: 10_000 });
    const controller = new AbortController();
    const download = await client().erpInvoices.download(7, { signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    const reader = download.body.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect(server.requests).toHaveLength(1);
  });

  it("a download's signal aborts while waiting for the headers", async () => {
    server.script({ kind: "slow", delayMs: 2000, next: { kind: "text", text: pdf, contentType: "application/pdf" } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(client().erpInvoices.download(7, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
