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
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";

// Real keys are long tokens; brackets are left out so a key cannot be spelled by "[redacted]" and its surroundings.
const keyChar = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+/=~:\"\\' ");
const key = fc
  .array(keyChar, { minLength: 12, maxLength: 48 })
  .map((cs) => cs.join("").trim())
  .filter((k) => k.length >= 12);
const spellings = (k: string) => [k, JSON.stringify(k).slice(1, -1), encodeURIComponent(k)];
const spelling = (k: string) => fc.constantFrom(...spellings(k));
const leaks = (text: string, k: string) => spellings(k).some((form) => text.includes(form));

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
