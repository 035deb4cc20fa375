/**
 * Issue 18, item 3, against real loopback servers: no body takes more memory or time than the
 * caller allowed. JSON, text and error bodies stop at `maxResponseBytes` of *decoded* bytes
 * (compression bombs included); `timeout` bounds each attempt body included, for every media
 * kind; any download can be cancelled; binary bodies stream. The memory cases run the client in
 * a child process and compare its RSS before and during the call, with generous margins.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompressSync, constants, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APITimeoutError,
  createClient,
  GcoreBillingError,
  InternalServerError,
  ResponseTooLargeError,
} from "../src/index.js";
import { invoice } from "./helpers/fixtures.js";

const MiB = 1024 * 1024;
const KEY = "k-bounded-0123456789";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end();
let server: Server;
let base: string;
let requests = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
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
  requests = 0;
};

/** Writes `total` bytes of `fill` in 1 MiB chunks as the client reads them; Infinity never ends. */
function stream(res: ServerResponse, total: number, fill = " ", first = "") {
  const chunk = Buffer.alloc(MiB, fill);
  let sent = 0;
  const pump = () => {
    if (first) {
      res.write(first);
      first = "";
    }
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    res.end();
  };
  res.on("close", () => {
    sent = total;
  });
  pump();
}

/** Headers and a first piece of the body, then nothing until the client gives up. */
const stall =
  (contentType: string, first = "a,b\n") =>
  (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { "content-type": contentType });
    res.write(first);
  };

const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => expect.unreachable("resolved"),
    (e: unknown) => e,
  );
const client = (more = {}) => createClient({ apiKey: KEY, baseUrl: base, logger: {}, maxRetries: 2, ...more });

/** A body of spaces (valid JSON padding around nothing) compressed with `encoding`. */
function bomb(encoding: "gzip" | "br" | "deflate", decoded: number): Buffer {
  const plain = Buffer.alloc(decoded, " ");
  if (encoding === "gzip") return gzipSync(plain, { level: 9 });
  if (encoding === "deflate") return deflateSync(plain, { level: 9 });
  return brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
}

describe("maxResponseBytes: the decoded size of JSON, text and error bodies", () => {
  it.each([
    ["with Content-Length", 1000, true],
    ["chunked", 1000, false],
    ["with Content-Length", 64 * 1024, true],
    ["chunked", 300 * 1024, false],
  ])(
    "a JSON body %s over a limit of %i bytes is a ResponseTooLargeError naming the limit and the option, not retried",
    async (_n, limit, length) => {
      const body = JSON.stringify({ ...invoice(1), name: "x".repeat(limit) });
      serve((_req, res) => {
        res.writeHead(200, { "content-type": "application/json", ...(length ? { "content-length": Buffer.byteLength(body) } : {}) });
        res.end(body);
      });
      const error = await failure(client({ maxResponseBytes: limit }).erpInvoices.retrieve(1));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect((error as ResponseTooLargeError).limit).toBe(limit);
      expect((error as Error).message).toContain(`maxResponseBytes (${limit} bytes)`);
      expect(requests).toBe(1);
      // The same body under a limit one byte larger is read whole.
      await expect(client({ maxResponseBytes: Buffer.byteLength(body) }).erpInvoices.retrieve(1)).resolves.toMatchObject({ id: 1 });
    },
  );

  it.each([
    ["gzip", 1],
    ["deflate", 1],
    ["br", 1],
    ["gzip", 4],
  ] as const)(
    "a %s bomb stops at the limit (%i MiB) counted after decoding",
    async (encoding, limitMiB) => {
      const packed = bomb(encoding, 48 * MiB);
      expect(packed.length).toBeLessThan(MiB);
      serve((_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": encoding, "content-length": packed.length });
        res.end(packed);
      });
      const error = await failure(client({ maxResponseBytes: limitMiB * MiB }).erpInvoices.retrieve(1));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      // Positive control: a compressed body under the limit decodes as usual.
      const small = gzipSync(JSON.stringify(invoice(7)));
      serve((_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": small.length });
        res.end(small);
      });
      await expect(client({ maxResponseBytes: limitMiB * MiB }).erpInvoices.retrieve(7)).resolves.toEqual(invoice(7));
    },
    30_000,
  ); // compressing 48 MiB takes a while on a loaded 2-core machine

  it("a text (CSV) download over the limit fails the same way", async () => {
    serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      stream(res, 8 * MiB, "a");
    });
    const error = await failure(client({ maxResponseBytes: MiB }).reports.download("u-1" as never, { format: "csv" } as never));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it("an error body over the limit still gives the typed error, without the body", async () => {
    serve((_req, res) => {
      res.writeHead(500, { "content-type": "application/json", "retry-after-ms": "1" });
      stream(res, 4 * MiB, " ", '{"message":"');
    });
    const error = await failure(client({ maxResponseBytes: 64 * 1024, maxRetries: 1 }).erpInvoices.retrieve(1));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).body || undefined).toBeUndefined(); // dropped, not quoted
    expect(requests).toBe(2);
  });

  it.each([0, -1, 1.5, "10", Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    "maxResponseBytes %j is refused, naming the option",
    async (value) => {
      expect(() => client({ maxResponseBytes: value })).toThrow(/^Invalid maxResponseBytes/);
      const error = await failure(client().erpInvoices.retrieve(1, { maxResponseBytes: value as number }));
      expect(error).toBeInstanceOf(GcoreBillingError);
      expect((error as Error).message).toMatch(/^Invalid maxResponseBytes/);
    },
  );
});

describe("timeout bounds each attempt, body included, for every media kind; a signal cancels any download", () => {
  it.each([
    ["JSON", "application/json", (c: ReturnType<typeof client>, o: object) => c.erpInvoices.retrieve(1, o)],
    ["CSV", "text/csv", (c: ReturnType<typeof client>, o: object) => c.reports.download("u-1" as never, { format: "csv" } as never, o)],
  ])(
    "a %s body that stalls is an APITimeoutError after each attempt's timeout",
    async (_name, type, call) => {
      serve(stall(type));
      const error = await failure(call(client({ maxRetries: 1 }), { timeout: 300 }));
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(requests).toBe(2);
    },
    20_000,
  ); // two attempts of 300 ms; generous for a loaded machine

  it.each([
    ["PDF", "application/pdf", (c: ReturnType<typeof client>, o: object) => c.erpInvoices.download(1, o)],
    [
      "xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      (c: ReturnType<typeof client>, o: object) => c.reports.download("u-1" as never, { format: "xlsx" } as never, o),
    ],
  ])(
    "a %s download whose body stalls fails with APITimeoutError while it is read",
    async (_name, type, call) => {
      serve(stall(type, "%PDF-1.7\n"));
      const { body } = (await call(client(), { timeout: 300 })) as { body: ReadableStream };
      const error = await failure(new Response(body).arrayBuffer());
      expect(error).toBeInstanceOf(APITimeoutError);
    },
    20_000,
  );

  it("a CSV download is cancelled by the caller's signal, with the signal's reason", async () => {
    serve(stall("text/csv"));
    const controller = new AbortController();
    const call = client({ timeout: null }).reports.download("u-1" as never, { format: "csv" } as never, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user cancelled")), 100);
    const error = await failure(call);
    expect((error as Error).message).toBe("user cancelled");
  }, 20_000);

  it("a PDF download is cancelled by the caller's signal mid-body, with the signal's reason", async () => {
    serve(stall("application/pdf", "%PDF-1.7\n"));
    const controller = new AbortController();
    const { body } = await client({ timeout: null }).erpInvoices.download(1, { signal: controller.signal });
    const reader = body.getReader();
    expect((await reader.read()).done).toBe(false);
    setTimeout(() => controller.abort(new Error("user cancelled")), 50);
    const error = await failure(reader.read());
    expect((error as Error).message).toBe("user cancelled");
  }, 20_000);

  it("a PDF body that breaks off mid-way is an APIConnectionError for the reader", async () => {
    serve((req, res) => {
      res.writeHead(200, { "content-type": "application/pdf", "content-length": 1000 });
      res.write("%PDF-1.7\n");
      setTimeout(() => req.socket.destroy(), 50);
    });
    const { body } = await client().erpInvoices.download(1);
    const error = await failure(new Response(body).arrayBuffer());
    expect(error).toBeInstanceOf(APIConnectionError);
  });
});

describe("memory grows by the limit at most, whatever the server sends (child process)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "gcore-client-memory-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Runs one call in a fresh Node process and reports how far its RSS rose above the level after a warm-up call. */
  async function measure(call: "json" | "binary", maxResponseBytes?: number): Promise<{ outcome: string; grewMiB: number }> {
    const script = join(dir, `measure-${call}.mts`);
    const src = new URL("../src/index.ts", import.meta.url).pathname;
    await writeFile(
      script,
      `import { createClient } from ${JSON.stringify(src)};
const [base, call, limit] = process.argv.slice(2);
const client = createClient({ apiKey: ${JSON.stringify(KEY)}, baseUrl: base, maxRetries: 0, logger: {}, timeout: 120_000, ...(limit ? { maxResponseBytes: Number(limit) } : {}) });
await client.erpInvoices.retrieve(1, { headers: { "x-warm-up": "1" } });
globalThis.gc?.();
const before = process.memoryUsage.rss();
let peak = before;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 5);
let outcome = "resolved";
try {
  if (call === "json") await client.erpInvoices.retrieve(2);
  else {
    const { body } = await client.erpInvoices.download(2);
    for await (const chunk of body) peak = Math.max(peak, process.memoryUsage.rss());
  }
} catch (error) {
  outcome = error.name;
}
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage.rss());
console.log(JSON.stringify({ outcome, grewMiB: (peak - before) / 1048576 }));
`,
    );
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--expose-gc", "--import", "tsx", script, base, call, ...(maxResponseBytes ? [String(maxResponseBytes)] : [])],
      { cwd: new URL("..", import.meta.url).pathname, maxBuffer: MiB },
    );
    const result = JSON.parse(stdout.trim().split("\n").at(-1) as string);
    console.info(`memory (${call}, limit ${maxResponseBytes ?? "default"}): ${result.outcome}, RSS +${result.grewMiB.toFixed(1)} MiB`);
    return result;
  }

  const warmUp = (req: IncomingMessage, res: ServerResponse) => {
    if (!req.headers["x-warm-up"]) return false;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(invoice(1)));
    return true;
  };

  it("a 256 MiB JSON body against an 8 MiB limit", async () => {
    serve((req, res) => {
      if (warmUp(req, res)) return;
      res.writeHead(200, { "content-type": "application/json" });
      stream(res, 256 * MiB, " ", "[");
    });
    const { outcome, grewMiB } = await measure("json", 8 * MiB);
    expect(outcome).toBe("ResponseTooLargeError");
    // 8 MiB read and decoded, plus buffers in flight: far from the 256 MiB sent.
    expect(grewMiB).toBeLessThan(8 * 3 + 48);
  }, 120_000); // a child process starting tsx and moving 256 MiB over loopback on a loaded 2-core machine

  it("a gzip bomb (256 MiB decoded) against the default limit", async () => {
    const packed = bomb("gzip", 256 * MiB);
    serve((req, res) => {
      if (warmUp(req, res)) return;
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": packed.length });
      res.end(packed);
    });
    const { outcome, grewMiB } = await measure("json");
    expect(outcome).toBe("ResponseTooLargeError");
    // The default is 32 MiB.
    expect(grewMiB).toBeLessThan(32 * 3 + 48);
  }, 120_000); // as above, plus compressing 256 MiB here

  it("a 256 MiB binary download streams through without being buffered", async () => {
    serve((req, res) => {
      if (warmUp(req, res)) return;
      res.writeHead(200, { "content-type": "application/pdf", "content-length": 256 * MiB });
      stream(res, 256 * MiB, "p");
    });
    const { outcome, grewMiB } = await measure("binary");
    expect(outcome).toBe("resolved");
    expect(grewMiB).toBeLessThan(64);
  }, 120_000); // as above
});
