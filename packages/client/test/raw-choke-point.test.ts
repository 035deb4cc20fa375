/**
 * The raw openapi-fetch methods (`client.GET(...)`, `client.request(...)`) and `.asResponse()`
 * pass the same choke point as the generated methods, against a real loopback server: bodies
 * bounded by `maxResponseBytes` (decoded size, compression bombs included, error bodies too),
 * the client's `timeout` through the body, the caller's signal, the path-parameter rules, the
 * redactor. The memory case runs a raw GET of a gzip bomb in a child process and compares RSS.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect, promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APITimeoutError, createClient, GcoreBillingError, ResponseTooLargeError } from "../src/index.js";
import { invoice } from "./helpers/fixtures.js";

const MiB = 1024 * 1024;
const KEY = "Sk-RawChokePoint-0123456789";
const ONE = "/billing/org/v1/erp-invoices/{id}";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end();
let server: Server;
let base: string;
let requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    req.resume();
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
const serve = (h: Handler) => {
  handler = h;
  requests = [];
};
const client = (more = {}) => createClient({ apiKey: KEY, baseUrl: base, logger: {}, maxRetries: 0, ...more });
const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => expect.unreachable("resolved"),
    (e: unknown) => e,
  );

/** `size` bytes of JSON: an invoice whose name pads it out. */
const bigJson = (size: number) => {
  const body = JSON.stringify({ ...invoice(1), name: "" });
  return JSON.stringify({ ...invoice(1), name: "x".repeat(size - body.length) });
};
/** Headers and a first piece of the body, then nothing until the client gives up. */
const stall = (status: number) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.write('{"id": 1, "name": "');
};

describe("raw methods: bodies bounded by maxResponseBytes (decoded size)", () => {
  it.each([
    ["with Content-Length", true],
    ["chunked", false],
  ])("a 2xx JSON body %s over the limit is a ResponseTooLargeError; one byte under it is read", async (_n, length) => {
    const body = bigJson(64 * 1024);
    serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", ...(length ? { "content-length": Buffer.byteLength(body) } : {}) });
      res.end(body);
    });
    const error = await failure(client({ maxResponseBytes: body.length - 1 }).GET(ONE, { params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limit).toBe(body.length - 1);
    const { data } = await client({ maxResponseBytes: body.length }).GET(ONE, { params: { path: { id: 1 } } });
    expect(data?.name).toHaveLength(64 * 1024 - JSON.stringify({ ...invoice(1), name: "" }).length);
  });

  it.each(["json", "text", "arrayBuffer", "blob"] as const)("a gzip bomb read as %s stops at the limit", async (parseAs) => {
    const packed = gzipSync(Buffer.alloc(16 * MiB, " "), { level: 9 });
    serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": packed.length });
      res.end(packed);
    });
    const error = await failure(client({ maxResponseBytes: MiB }).GET(ONE, { params: { path: { id: 1 } }, parseAs }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toContain(`maxResponseBytes (${MiB} bytes)`);
  });

  it("client.request(...) is bounded the same way", async () => {
    const body = bigJson(4096);
    serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
    const error = await failure(client({ maxResponseBytes: 1024 }).request("get", ONE, { params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it("an error body over the limit is not read whole: the call answers without it", async () => {
    const packed = gzipSync(Buffer.alloc(16 * MiB, "e"), { level: 9 });
    serve((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain", "content-encoding": "gzip", "content-length": packed.length });
      res.end(packed);
    });
    const { error, response } = await client({ maxResponseBytes: MiB }).GET(ONE, { params: { path: { id: 1 } } });
    expect(response.status).toBe(500);
    expect(String(error ?? "").length).toBeLessThanOrEqual(MiB);
  });

  it("an error body under the limit is the call's error, as openapi-fetch gives it", async () => {
    serve((_req, res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "no such invoice" }));
    });
    const { error, response } = await client().GET(ONE, { params: { path: { id: 1 } } });
    expect(response.status).toBe(404);
    expect(response.url).toBe(`${base}/billing/org/v1/erp-invoices/1`);
    expect(error).toEqual({ message: "no such invoice" });
  });

  it('parseAs: "stream" hands the body over unbuffered (not limited), as a binary download', async () => {
    serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/pdf" });
      res.end(Buffer.alloc(3 * MiB, "p"));
    });
    const { data } = await client({ maxResponseBytes: MiB }).GET(ONE, { params: { path: { id: 1 } }, parseAs: "stream" });
    let size = 0;
    for await (const chunk of data as unknown as AsyncIterable<Uint8Array>) size += chunk.byteLength;
    expect(size).toBe(3 * MiB);
  });
});

describe("raw methods: the client's timeout through the body, the caller's signal", () => {
  it.each([200, 500])(
    "a %i body that stalls after the headers is an APITimeoutError",
    async (status) => {
      serve(stall(status));
      const error = await failure(client({ timeout: 150 }).GET(ONE, { params: { path: { id: 1 } } }));
      expect(error).toBeInstanceOf(APITimeoutError);
      expect((error as Error).message).toBe(`GET ${ONE} timed out after 150 ms`);
    },
    30_000,
  );

  it('a parseAs: "stream" body that stalls fails its reader with an APITimeoutError', async () => {
    serve(stall(200));
    const { data } = await client({ timeout: 150 }).GET(ONE, { params: { path: { id: 1 } }, parseAs: "stream" });
    const reader = (data as unknown as ReadableStream<Uint8Array>).getReader();
    const error = await (async () => {
      for (;;) if ((await reader.read()).done) return undefined;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
  }, 30_000);

  it("the caller's abort during the body rejects with the signal's reason, not a timeout", async () => {
    serve(stall(200));
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    const call = client({ timeout: null }).GET(ONE, { params: { path: { id: 1 } }, signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    expect(await failure(call)).toBe(reason);
  }, 30_000);
});

describe(".asResponse(): the Response handed over unread is still bounded", () => {
  it("its body stalls: reading it fails with an APITimeoutError", async () => {
    serve(stall(200));
    const response = await client({ timeout: 150 }).erpInvoices.retrieve(1).asResponse();
    expect(await failure(response.text())).toBeInstanceOf(APITimeoutError);
  }, 30_000);

  it("a JSON operation's body over maxResponseBytes fails its reader with a ResponseTooLargeError", async () => {
    const packed = gzipSync(Buffer.alloc(16 * MiB, " "), { level: 9 });
    serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": packed.length });
      res.end(packed);
    });
    const response = await client({ maxResponseBytes: MiB }).erpInvoices.retrieve(1).asResponse();
    expect(await failure(response.arrayBuffer())).toBeInstanceOf(ResponseTooLargeError);
  });

  it("a body within bounds reads as it came, url included", async () => {
    serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(invoice(1)));
    });
    const response = await client().erpInvoices.retrieve(1).asResponse();
    expect(response.url).toBe(`${base}/billing/org/v1/erp-invoices/1`);
    expect(await response.json()).toEqual(invoice(1));
  });
});

describe("raw methods: path parameters follow the same rules as generated methods", () => {
  it.each(["", ".", "..", "%2e", ".%2E", "%252e%252e"])("%j is refused before any request, naming the parameter", async (id) => {
    serve((_req, res) => res.end("{}"));
    const error = await failure(client().GET(ONE, { params: { path: { id: id as never } } }));
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect((error as Error).message).toMatch(/^GET \/billing\/org\/v1\/erp-invoices\/\{id\}: path parameter id .* is refused/);
    expect(requests).toEqual([]);
  });

  it("a value holding / ? # stays one segment", async () => {
    serve((_req, res) => {
      res.writeHead(404);
      res.end();
    });
    await client().DELETE("/billing/org/v1/reports/{id}", { params: { path: { id: "a/../b?c#d" } } });
    expect(requests).toEqual(["/billing/org/v1/reports/a%2F..%2Fb%3Fc%23d"]);
  });

  it("a message built from a refused value never shows the key", async () => {
    serve((_req, res) => res.end("{}"));
    const error = await failure(client().GET(ONE, { params: { path: { id: undefined as never } } }));
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect(inspect(error, { showHidden: true }).toLowerCase()).not.toContain(KEY.toLowerCase());
  });
});

describe("raw methods: memory grows by the limit at most (child process)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "gcore-client-raw-memory-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("a raw GET of a gzip bomb (128 MiB decoded) against an 8 MiB limit", async () => {
    const packed = gzipSync(Buffer.alloc(128 * MiB, " "), { level: 9 });
    serve((req, res) => {
      res.writeHead(200, { "content-type": "application/json", ...(req.headers["x-warm-up"] ? {} : { "content-encoding": "gzip" }) });
      res.end(req.headers["x-warm-up"] ? JSON.stringify(invoice(1)) : packed);
    });
    const script = join(dir, "measure-raw.mts");
    await writeFile(
      script,
      `import { createClient } from ${JSON.stringify(new URL("../src/index.ts", import.meta.url).pathname)};
const client = createClient({ apiKey: ${JSON.stringify(KEY)}, baseUrl: process.argv[2], logger: {}, timeout: 120_000, maxResponseBytes: ${8 * MiB} });
const params = { path: { id: 1 } };
await client.GET(${JSON.stringify(ONE)}, { params, headers: { "x-warm-up": "1" } });
globalThis.gc?.();
const before = process.memoryUsage.rss();
let peak = before;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 5);
let outcome = "resolved";
try {
  await client.GET(${JSON.stringify(ONE)}, { params, parseAs: "text" });
} catch (error) {
  outcome = error.name;
}
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage.rss());
console.log(JSON.stringify({ outcome, grewMiB: (peak - before) / 1048576 }));
`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, ["--expose-gc", "--import", "tsx", script, base], {
      cwd: new URL("..", import.meta.url).pathname,
      maxBuffer: MiB,
    });
    const { outcome, grewMiB } = JSON.parse(stdout.trim().split("\n").at(-1) as string);
    console.info(`memory (raw GET, gzip bomb 128 MiB, limit 8 MiB): ${outcome}, RSS +${grewMiB.toFixed(1)} MiB`);
    expect(outcome).toBe("ResponseTooLargeError");
    // 8 MiB read, plus buffers in flight: far from the 128 MiB (and 256 MiB of string) it decodes to.
    expect(grewMiB).toBeLessThan(8 * 3 + 48);
  }, 120_000); // a child process starting tsx and inflating a bomb on a loaded 2-core machine
});
