/**
 * Property tests for the key scrubber: whatever the key (printable ASCII, as createClient
 * accepts) and wherever a server echoes it, in whichever spelling, nothing that comes out
 * holds it; text without the key passes unchanged. Then the same, end to end, on a loopback server.
 */
import { inspect } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type APIError, createClient } from "../src/index.js";
import { createRedactor } from "../src/runtime/redact.js";
import { type Fault, type FaultServer, startFaultServer } from "./helpers/fault-server.js";

// Real keys are long tokens; brackets are left out so a key cannot be spelled by "[redacted]" and its surroundings.
const keyChar = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+/=~:\"\\' ");
const key = fc
  .array(keyChar, { minLength: 12, maxLength: 48 })
  .map((cs) => cs.join("").trim())
  .filter((k) => k.length >= 12);
const lowerHex = (s: string) => s.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
const spellings = (k: string) => [
  k,
  k.toLowerCase(),
  k.toUpperCase(),
  JSON.stringify(k).slice(1, -1),
  encodeURIComponent(k),
  lowerHex(encodeURIComponent(k)),
  encodeURI(k),
  new URLSearchParams({ k }).toString().slice(2),
];
const spelling = (k: string) => fc.constantFrom(...spellings(k));
/** The oracle, independent of the redactor: any of those spellings, in any letter case. */
const leaks = (text: string, k: string) => spellings(k).some((form) => text.toLowerCase().includes(form.toLowerCase()));

describe("createRedactor", () => {
  it("no spelling of the key survives in text", () => {
    fc.assert(
      fc.property(
        key.chain((k) =>
          fc.tuple(fc.constant(k), fc.array(fc.tuple(fc.string(), spelling(k)), { minLength: 1, maxLength: 4 }), fc.string()),
        ),
        ([k, parts, tail]) => {
          const text = parts.map(([before, form]) => before + form).join("") + tail;
          expect(leaks(createRedactor(k)(text), k)).toBe(false);
        },
      ),
    );
  });

  it("nor in any JSON value, at any depth, nor in header values", () => {
    fc.assert(
      fc.property(
        key.chain((k) => fc.tuple(fc.constant(k), fc.jsonValue(), fc.string(), spelling(k))),
        ([k, value, before, form]) => {
          const redact = createRedactor(k);
          const body = { data: value, nested: [{ echoed: `${before}${form}` }], [k]: form };
          expect(leaks(JSON.stringify(redact(body)), k)).toBe(false);
          const headers = redact(new Headers({ "x-echo": `${before.replace(/[^\x21-\x7e]/g, "")}${encodeURIComponent(k)}` }));
          expect(leaks(inspect(headers), k)).toBe(false);
        },
      ),
    );
  });

  it("text and values without the key come back as they were", () => {
    fc.assert(
      fc.property(key, fc.string(), fc.jsonValue(), (k, text, value) => {
        fc.pre(!leaks(text, k) && !leaks(JSON.stringify(value) ?? "", k));
        const redact = createRedactor(k);
        expect(redact(text)).toBe(text);
        expect(redact(value)).toBe(value);
      }),
    );
  });
});

describe("end to end: a server echoing any key back", () => {
  let server: FaultServer;
  beforeAll(async () => {
    server = await startFaultServer();
    server.route((req) => {
      const auth = String(req.headers.authorization);
      return { kind: "json", status: 400, body: { message: auth, raw: auth.slice(7) }, headers: { "x-echo": auth } };
    });
  });
  afterAll(() => server.close());

  it("never finds it in the error, its headers, JSON or inspect", async () => {
    await fc.assert(
      fc.asyncProperty(key, async (k) => {
        const error = (await createClient({ apiKey: `\t${k}\n`, baseUrl: server.url })
          .erpInvoices.retrieve(1)
          .catch((e: unknown) => e)) as APIError;
        expect(error.status).toBe(400);
        const shown = [String(error), JSON.stringify(error), inspect(error, { depth: 10 }), error.stack ?? ""].join("\n");
        expect(leaks(shown, k)).toBe(false);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe("end to end: the server picks where the key appears", () => {
  let server: FaultServer;
  let place: { where: string; spell: (k: string) => string } = { where: "body", spell: (k) => k };
  beforeAll(async () => {
    server = await startFaultServer();
    server.route((req, url): Fault => {
      const key = String(req.headers.authorization ?? "").slice(7) || decodeURIComponent(url.searchParams.get("k") ?? "");
      const s = place.spell(key);
      switch (place.where) {
        case "path": // a redirect loop through paths spelled from the key
          return { kind: "text", status: 302, text: "", headers: { location: `/${encodeURIComponent(s)}/x?k=${encodeURIComponent(key)}` } };
        case "host": // a redirect to a host spelled from the key (URL parsers lowercase it)
          return { kind: "text", status: 307, text: "", headers: { location: `http://${s}.example.com/` } };
        case "location": // a Location holding the key as it is
          return { kind: "text", status: 301, text: "", headers: { location: `http://example.com/${s}` } };
        case "headers":
          return { kind: "json", status: 429, body: {}, headers: { "x-echo": s, "retry-after-ms": "1" } };
        default:
          return { kind: "text", status: 500, contentType: "text/plain", text: `echo ${s}` };
      }
    });
  });
  afterAll(() => server.close());

  const hostKey = fc
    .array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"), { minLength: 12, maxLength: 40 })
    .map((cs) => `k${cs.join("")}`);
  const spell = fc.constantFrom<(k: string) => string>(
    (k) => k,
    (k) => k.toLowerCase(),
    (k) => k.toUpperCase(),
    (k) => encodeURIComponent(k),
    (k) => lowerHex(encodeURIComponent(k)),
    (k) => encodeURIComponent(k).replace(/[A-Za-z]/g, (c) => `%${c.charCodeAt(0).toString(16)}`),
  );

  it("path, host, Location, body or headers, in any spelling: never in the error or a log line", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(key, hostKey),
        fc.constantFrom("path", "host", "location", "body", "headers"),
        spell,
        async (k, where, s) => {
          place = { where, spell: s };
          const lines: string[] = [];
          const log = (m: string) => lines.push(m);
          const client = createClient({
            apiKey: k,
            baseUrl: server.url,
            maxRetries: 1,
            logLevel: "debug",
            logger: { debug: log, info: log, warn: log },
          });
          const error = await client.erpInvoices.retrieve(1).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(Error);
          const shown = [
            String(error),
            JSON.stringify(error),
            inspect(error, { depth: 10, showHidden: true }),
            (error as Error).stack ?? "",
          ];
          expect(leaks([...shown, ...lines].join("\n"), k)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000); // up to 11 redirects per run, 60 runs, on a loaded machine
});
