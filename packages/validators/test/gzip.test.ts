import * as zlib from "node:zlib";
import { gzipSync } from "node:zlib";
import { seedInvoice } from "@gcore-billing/test-fixtures";
import { describe, expect, it } from "vitest";
import { GzipReadError, gunzipMembers, nodeGunzip, readRecords, validateNdjson, zlibInflater } from "../src/index.js";

const line = (over?: Record<string, unknown>) => JSON.stringify(seedInvoice(over));
const good = gzipSync(`${line()}\n${line({ payment_state: "nope" })}\n`);
const second = gzipSync(`${line()}\n`);

/** Every record validateNdjson yields, then how it ended. */
async function results(chunks: Uint8Array[]) {
  const seen: string[] = [];
  try {
    for await (const r of validateNdjson(chunks)) seen.push(`${r.line}:${r.valid}`);
    return { seen, error: null };
  } catch (e) {
    return { seen, error: e as GzipReadError & { summary?: { records: number } } };
  }
}

/** The same bytes in pieces of `size`, so member ends fall anywhere in a chunk. */
const pieces = (bytes: Uint8Array, size: number) => {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
};

describe("gzip member by member", () => {
  for (const size of [1, 7, 4096]) {
    it(`several members are all decoded (chunks of ${size})`, async () => {
      const r = await results(pieces(Buffer.concat([good, second, good]), size));
      expect(r.error).toBeNull();
      expect(r.seen).toEqual(["1:true", "2:false", "3:true", "4:true", "5:false"]);
    });

    for (const [name, tail] of [
      ["an appended line", Buffer.from(`${line()}\n`)],
      ["zero padding", Buffer.alloc(512)],
      ["a gzip magic number and nothing else", Buffer.from([0x1f, 0x8b, 8])],
    ] as const) {
      it(`${name} after the last member: its records are kept, then an error with the byte offset (chunks of ${size})`, async () => {
        const bytes = Buffer.concat([good, second, tail]);
        const r = await results(pieces(bytes, size));
        expect(r.seen).toEqual(["1:true", "2:false", "3:true"]);
        expect(r.error).toBeInstanceOf(GzipReadError);
        expect(r.error!.code).toBe("GZIP_TRAILING_DATA");
        expect(r.error!.offset).toBe(good.length + second.length);
        expect(r.error!.message).toContain(`at byte ${good.length + second.length}`);
        expect(r.error!.summary?.records).toBe(3);
      });
    }
  }

  it("the last record of a member without a final LF is kept before trailing data", async () => {
    const bytes = Buffer.concat([gzipSync(`${line()}\n${line()}`), Buffer.from("junk")]);
    const r = await results([bytes]);
    expect(r.seen).toEqual(["1:true", "2:true"]);
    expect(r.error?.code).toBe("GZIP_TRAILING_DATA");
  });

  it("a second member cut short: the records before it are kept, the error says truncated with its offset", async () => {
    const cut = Buffer.concat([good, second.subarray(0, second.length - 4)]);
    const r = await results([cut]);
    expect(r.seen.slice(0, 2)).toEqual(["1:true", "2:false"]);
    expect(r.error?.code).toBe("Z_BUF_ERROR");
    expect(r.error?.message).toMatch(/member 2 is cut short at byte \d+/);
  });

  it("a corrupt member (bad CRC) is a data error, not trailing data", async () => {
    const bad = Buffer.from(good);
    bad[bad.length - 8]! ^= 0xff;
    const r = await results([bad]);
    expect(r.error?.code).toBe("Z_DATA_ERROR");
  });

  it("readRecords attaches the complete members' summary to the trailing-data error", async () => {
    const err = await readRecords([Buffer.concat([good, Buffer.from("x")])], { record() {} }, { gunzip: nodeGunzip(zlib) }).then(
      () => null,
      (e: unknown) => e as GzipReadError & { summary: { records: number; lines: number } },
    );
    expect(err?.code).toBe("GZIP_TRAILING_DATA");
    expect(err?.summary).toMatchObject({ records: 2, lines: 2 });
  });

  it("gunzipMembers decodes byte for byte what gunzip decodes for a valid multi-member file", async () => {
    const plain = Buffer.from("x".repeat(300_000));
    const bytes = Buffer.concat([gzipSync(plain), gzipSync(plain.subarray(0, 5))]);
    const out: Uint8Array[] = [];
    const source = (async function* () {
      yield bytes;
    })();
    for await (const c of gunzipMembers(source, zlibInflater(zlib))) out.push(c);
    expect(Buffer.concat(out).equals(zlib.gunzipSync(bytes))).toBe(true);
  });
});
