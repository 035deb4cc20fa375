import { createReadStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedInvoice } from "@gcore-billing/test-fixtures";
import { describe, expect, it } from "vitest";
import {
  ErpInvoiceValidator,
  NdjsonFramer,
  type NdjsonLineProblem,
  type NdjsonRecordResult,
  schemaValidators,
  validateNdjson,
} from "../src/index.js";

const invoice = seedInvoice;
const line = (over?: Record<string, unknown>) => JSON.stringify(invoice(over));
const enc = (s: string) => new TextEncoder().encode(s);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Feeds `bytes` to a framer in pieces of `size` bytes and records what it reports. */
function frame(bytes: Uint8Array, size: number, maxLineBytes?: number) {
  const events: string[] = [];
  const skipped: number[] = [];
  const framer = new NdjsonFramer(
    {
      line: (text, n, b, s, e) => events.push(`${n}:${text}|${new TextDecoder("utf-8", { ignoreBOM: true }).decode(b.subarray(s, e))}`),
      badLine: (p: NdjsonLineProblem, n) => events.push(`${n}!${p.kind}`),
      skipped: (_b, s, e) => skipped.push(e - s),
    },
    { maxLineBytes },
  );
  for (let i = 0; i < bytes.length; i += size) framer.push(bytes.subarray(i, i + size));
  framer.end();
  return { events, skipped: skipped.reduce((a, b) => a + b, 0), lines: framer.lines };
}

describe("NdjsonFramer", () => {
  const cases: [string, { given: Uint8Array; want: string[] }][] = [
    ["LF lines, raw bytes kept", { given: enc('{"a":1}\n{"b":2}\n'), want: ['1:{"a":1}|{"a":1}\n', '2:{"b":2}|{"b":2}\n'] }],
    ["CRLF: CR dropped from text, kept in bytes", { given: enc("x\r\ny\r\n"), want: ["1:x|x\r\n", "2:y|y\r\n"] }],
    ["blank lines skipped but counted", { given: enc("a\n\n\r\nb"), want: ["1:a|a\n", "4:b|b"] }],
    ["a BOM on line 1 is dropped, from the text and the bytes", { given: enc("\uFEFFa\nb\n"), want: ["1:a|a\n", "2:b|b\n"] }],
    ["a last line without LF", { given: enc("a\nb"), want: ["1:a|a\n", "2:b|b"] }],
    ["non-ASCII text", { given: enc("é\n€𝄞\n"), want: ["1:é|é\n", "2:€𝄞|€𝄞\n"] }],
    [
      "invalid UTF-8 is its own bad line",
      { given: new Uint8Array([0x61, 0x0a, 0xff, 0xfe, 0x0a, 0x62]), want: ["1:a|a\n", "2!utf8", "3:b|b"] },
    ],
    ["a spelled-out U+FFFD is fine", { given: enc("\uFFFD\n"), want: ["1:\uFFFD|\uFFFD\n"] }],
    ["empty input", { given: new Uint8Array(0), want: [] }],
  ];
  for (const size of [1, 3, 1024]) {
    it.each(cases)(`%s (chunks of ${size})`, (_, { given, want }) => {
      expect(frame(given, size).events).toEqual(want);
    });
  }

  it("streams an over-long line to `skipped` instead of buffering it", () => {
    const long = "x".repeat(1000);
    for (const size of [7, 100, 5000]) {
      const r = frame(enc(`a\n${long}\nb\n`), size, 64);
      expect(r.events).toEqual(["1:a|a\n", "2!too-long", "3:b|b\n"]);
      expect(r.skipped).toBe(1001);
      expect(r.lines).toBe(3);
    }
  });

  it("says where a line breaks UTF-8", () => {
    const problems: NdjsonLineProblem[] = [];
    const f = new NdjsonFramer({ line() {}, badLine: (p) => problems.push(p) });
    f.push(new Uint8Array([0x61, 0x62, 0xc3, 0x28, 0x0a]));
    f.end();
    expect(problems).toEqual([{ kind: "utf8", message: "invalid UTF-8 at byte 3 of the line" }]);
  });
});

describe("validateNdjson", () => {
  it("yields one result per record, in order, with 1-based line numbers", async () => {
    const text = `${line()}\n\n${line({ amount_total: "120" })}\nnot json\n[1]\n${line({ invoice_id: null })}`;
    const results = await collect(validateNdjson([enc(text.slice(0, 50)), enc(text.slice(50))]));
    expect(results.map((r) => [r.line, r.valid])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [5, false],
      [6, true],
    ]);
    const bad = results.filter((r): r is Extract<NdjsonRecordResult<unknown>, { valid: false }> => !r.valid);
    expect(bad[0]!.errors).toEqual([expect.objectContaining({ pointer: "/amount_total", keyword: "pattern" })]);
    expect(bad[1]!.errors).toEqual([
      expect.objectContaining({ pointer: "", keyword: "parse", message: expect.stringMatching(/^invalid JSON/) }),
    ]);
    expect(bad[2]!.errors).toEqual([{ pointer: "", keyword: "parse", message: "expected a JSON object, got an array" }]);
  });

  it("reads a Node file stream, a web ReadableStream and string chunks", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ndjson-"));
    const file = join(dir, "x.ndjson");
    writeFileSync(file, `${line()}\r\n${line({ move_type: "out_refund", payment_state: "reversed" })}\r\n`);
    const fromFile = await collect(validateNdjson(createReadStream(file, { highWaterMark: 16 })));
    const web = new Blob([`${line()}\n`]).stream();
    const fromWeb = await collect(validateNdjson(web));
    const fromStrings = await collect(
      validateNdjson(
        (async function* () {
          yield `${line()}\n${line({ id: "x" })}`;
        })(),
      ),
    );
    expect(fromFile.map((r) => r.valid)).toEqual([true, true]);
    expect(fromWeb.map((r) => r.valid)).toEqual([true]);
    expect(fromStrings.map((r) => r.valid)).toEqual([true, false]);
  });

  it("takes any validator", async () => {
    const results = await collect(
      validateNdjson([enc('{"id":1,"char_code":"USD"}\n{"id":1,"char_code":"usd"}\n')], {
        validator: schemaValidators.CurrencyCommonShort,
      }),
    );
    expect(results.map((r) => r.valid)).toEqual([true, false]);
    expect(ErpInvoiceValidator.check({ id: 1, char_code: "USD" })).toBe(false);
  });

  it("reports hostile lines as parse errors and goes on", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const proto = line().replace("{", '{"__proto__":{"id":"polluted"},"constructor":{"prototype":{"x":1}},');
    const results = await collect(validateNdjson([enc(`${deep}\n${proto}\n{"truncated":\n`)], { maxLineBytes: 1 << 20 }));
    expect(results.map((r) => r.valid)).toEqual([false, true, false]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });
});
