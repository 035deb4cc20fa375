/**
 * gzip read member by member, as `gzip -d` reads it: every complete member is
 * decoded (a file may hold several, `cat a.gz b.gz`), and bytes after the last
 * complete member that do not start another one (a truncated copy, an
 * appended line) are reported with their byte offset only after everything
 * before them was handed on. A plain gunzip stream fails on such bytes inside
 * the same write as the member's end, and the records it had decoded are lost.
 *
 * The DEFLATE decoding itself is pluggable (`RawInflater`): it must say how
 * many input bytes a finished stream used, which Node's zlib does and the web
 * `DecompressionStream` does not. This file uses no Node API itself.
 */

/** A raw DEFLATE decoder for one stream. */
export interface RawInflater {
  /**
   * Decodes as much of `bytes` as belongs to the stream. `used` is null while
   * the stream goes on (all of `bytes` used), else how many of `bytes` the
   * stream took before it ended.
   */
  push(bytes: Uint8Array): Promise<{ out: Uint8Array[]; used: number | null }>;
  /** The input ended before the stream did: rejects (truncated). */
  end(): Promise<Uint8Array[]>;
  /** CRC-32 of `bytes` continuing from `crc`, for the member trailer; omitted where unavailable. */
  crc32?(bytes: Uint8Array, crc: number): number;
}

/** A read error in a gzip stream. `offset` is the byte of the compressed input where the problem starts. */
export class GzipReadError extends Error {
  constructor(
    message: string,
    readonly code: "GZIP_TRAILING_DATA" | "Z_BUF_ERROR" | "Z_DATA_ERROR",
    readonly offset: number,
  ) {
    super(message);
    this.name = "GzipReadError";
  }
}

/** Only the last member's problems end a read after complete members: what came before is whole. */
export function isTrailingData(e: unknown): e is GzipReadError {
  return e instanceof GzipReadError && e.code === "GZIP_TRAILING_DATA";
}

/** Compressed bytes are handed to the inflater in slices this big, which bounds what one push can decode to. */
const SLICE = 16 * 1024;

class ByteQueue {
  private chunks: Uint8Array[] = [];
  private size = 0;
  /** Offset in the whole input of the first queued byte. */
  offset = 0;
  private done = false;
  constructor(private readonly it: AsyncIterator<Uint8Array>) {}

  /** At least `n` bytes queued, or false at the end of the input. */
  async need(n: number): Promise<boolean> {
    while (this.size < n && !this.done) {
      const next = await this.it.next();
      if (next.done) this.done = true;
      else if (next.value.length > 0) {
        this.chunks.push(next.value);
        this.size += next.value.length;
      }
    }
    return this.size >= n;
  }

  byte(i: number): number {
    for (const c of this.chunks) {
      if (i < c.length) return c[i]!;
      i -= c.length;
    }
    return -1;
  }

  /** Up to `max` bytes off the front (at least one when any is queued). */
  take(max: number): Uint8Array {
    const first = this.chunks[0]!;
    const n = Math.min(max, first.length);
    const part = first.subarray(0, n);
    if (n === first.length) this.chunks.shift();
    else this.chunks[0] = first.subarray(n);
    this.size -= n;
    this.offset += n;
    return part;
  }

  skip(n: number): void {
    while (n > 0) n -= this.take(n).length;
  }

  /** Puts the unused end of a slice back in front. */
  unshift(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunks.unshift(bytes);
    this.size += bytes.length;
    this.offset -= bytes.length;
  }

  get queued(): number {
    return this.size;
  }
}

const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/**
 * Decodes a gzip stream member after member. After the last complete member,
 * anything that is not a member header (zero padding included, which
 * `gzip -d` also reports) rejects with a `GzipReadError` of code `GZIP_TRAILING_DATA` and its
 * offset, once every byte decoded before it was yielded. A member cut short
 * (the first or a later one) rejects with `Z_BUF_ERROR`, a corrupt one with
 * `Z_DATA_ERROR`, both with an offset.
 */
export async function* gunzipMembers(
  compressed: AsyncIterable<Uint8Array>,
  inflater: () => RawInflater,
): AsyncGenerator<Uint8Array, void, undefined> {
  const q = new ByteQueue(compressed[Symbol.asyncIterator]());
  for (let member = 0; ; member++) {
    const start = q.offset;
    if (member > 0) {
      if (!(await q.need(1))) return;
      if (!(await q.need(2)) || q.byte(0) !== 0x1f || q.byte(1) !== 0x8b) throw trailing(start, member);
    }
    const header = await readHeader(q, start);
    if (header !== null) {
      // Bytes that look like a gzip member but are not one, after a good member: trailing data too.
      if (member > 0) throw trailing(start, member, header);
      throw new GzipReadError(`gzip: ${header} at byte ${start}`, "Z_DATA_ERROR", start);
    }
    const inflate = inflater();
    let crc = 0;
    let size = 0;
    const count = (out: Uint8Array[]) => {
      for (const o of out) {
        size = (size + o.length) >>> 0;
        if (inflate.crc32) crc = inflate.crc32(o, crc);
      }
    };
    for (;;) {
      if (!(await q.need(1))) {
        let out: Uint8Array[];
        try {
          out = await inflate.end();
        } catch {
          throw truncated(q.offset, member);
        }
        count(out);
        yield* out;
        break;
      }
      const slice = q.take(SLICE);
      let pushed: { out: Uint8Array[]; used: number | null };
      try {
        pushed = await inflate.push(slice);
      } catch (e) {
        throw new GzipReadError(
          `gzip: ${e instanceof Error ? e.message : String(e)} near byte ${q.offset - slice.length}`,
          "Z_DATA_ERROR",
          start,
        );
      }
      count(pushed.out);
      yield* pushed.out;
      if (pushed.used !== null) {
        q.unshift(slice.subarray(pushed.used));
        break;
      }
    }
    if (!(await q.need(8))) throw truncated(q.offset + q.queued, member);
    const trailer = new Uint8Array(8);
    for (let i = 0; i < 8; i++) trailer[i] = q.byte(i);
    const view = new DataView(trailer.buffer);
    if (view.getUint32(4, true) !== size || (inflate.crc32 && view.getUint32(0, true) !== crc >>> 0)) {
      throw new GzipReadError(`gzip: member at byte ${start} fails its check (CRC or length): the file is corrupt`, "Z_DATA_ERROR", start);
    }
    q.skip(8);
  }
}

function trailing(offset: number, members: number, why?: string): GzipReadError {
  return new GzipReadError(
    `gzip: trailing data at byte ${offset} after ${members} complete member${members === 1 ? "" : "s"}${why ? ` (${why})` : ""}; the records before it were read`,
    "GZIP_TRAILING_DATA",
    offset,
  );
}

function truncated(offset: number, member: number): GzipReadError {
  // Its decoded part is already out, cut mid-line maybe: not trailing data after whole members, so the reader is not ended.
  const which = member > 0 ? `member ${member + 1} is cut short` : "unexpected end of file";
  return new GzipReadError(`gzip: ${which} at byte ${offset} (truncated?)`, "Z_BUF_ERROR", offset);
}

/** Reads a member header; null when it is good, else what is wrong with it. */
async function readHeader(q: ByteQueue, start: number): Promise<string | null> {
  if (!(await q.need(10))) return q.queued === 0 && start === 0 ? null : "unexpected end of file in a member header";
  if (q.byte(0) !== 0x1f || q.byte(1) !== 0x8b) return "not a gzip header";
  if (q.byte(2) !== 8) return "unknown compression method";
  const flags = q.byte(3);
  if ((flags & 0xe0) !== 0) return "unknown header flags set";
  q.skip(10);
  if (flags & FEXTRA) {
    if (!(await q.need(2))) return "unexpected end of file in a member header";
    const len = q.byte(0) | (q.byte(1) << 8);
    if (!(await q.need(2 + len))) return "unexpected end of file in a member header";
    q.skip(2 + len);
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    for (;;) {
      if (!(await q.need(1))) return "unexpected end of file in a member header";
      const b = q.take(1)[0];
      if (b === 0) break;
    }
  }
  if (flags & FHCRC) {
    if (!(await q.need(2))) return "unexpected end of file in a member header";
    q.skip(2);
  }
  return null;
}

/** The parts of `node:zlib` a `RawInflater` needs (typed here so this file imports nothing from Node). */
export interface ZlibLike {
  createInflateRaw(options?: { chunkSize?: number }): {
    bytesWritten: number;
    write(chunk: Uint8Array, cb: (error?: Error | null) => void): boolean;
    end(cb?: () => void): unknown;
    on(event: "data", listener: (chunk: Uint8Array) => void): unknown;
    on(event: "error", listener: (error: Error) => void): unknown;
    on(event: "end", listener: () => void): unknown;
  };
  crc32?(data: Uint8Array, value?: number): number;
}

/**
 * A `RawInflater` on Node's zlib. A raw inflate stream stops at the end of its
 * DEFLATE data and counts in `bytesWritten` only the input it used, which is
 * what tells where the member's trailer starts.
 */
export function zlibInflater(zlib: ZlibLike): () => RawInflater {
  return () => {
    const z = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let out: Uint8Array[] = [];
    let error: Error | null = null;
    let ended = false;
    // One listener each for the life of the stream; a pending step waits on `wake`.
    let wake: (() => void) | null = null;
    const woken = () => {
      const w = wake;
      wake = null;
      w?.();
    };
    z.on("data", (d) => out.push(d));
    z.on("error", (e) => {
      error = e;
      woken();
    });
    z.on("end", () => {
      ended = true;
      woken();
    });
    const take = () => {
      const o = out;
      out = [];
      return o;
    };
    return {
      async push(bytes) {
        if (ended) return { out: [], used: 0 };
        const before = z.bytesWritten;
        await new Promise<void>((resolve) => {
          wake = resolve;
          z.write(bytes, () => woken());
        });
        // Output pushed while the stream was not yet flowing arrives a turn later.
        if (error === null && out.length === 0) await new Promise<void>((resolve) => setTimeout(resolve, 0));
        if (error !== null) throw error;
        const used = z.bytesWritten - before;
        return { out: take(), used: used < bytes.length || ended ? used : null };
      },
      async end() {
        if (!ended && error === null) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            z.end();
          });
        }
        if (error !== null) throw error;
        return take();
      },
      crc32: zlib.crc32 ? (bytes, crc) => zlib.crc32!(bytes, crc) : undefined,
    };
  };
}
