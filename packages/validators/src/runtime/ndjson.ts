/**
 * NDJSON: one JSON record per line, streamed.
 *
 * `NdjsonFramer` turns byte chunks into lines and knows nothing about JSON;
 * `validateNdjson` parses and validates those lines. The framer is exported
 * for callers with their own hot loop (the CLI plugs in Node's SIMD UTF-8
 * checks through `NdjsonTextCodec`); this file itself uses only web APIs,
 * so it runs in browsers too.
 *
 * Decisions, so callers can rely on them:
 * - A line ends at LF; a CR before it is dropped. Empty lines are skipped but
 *   counted, so line numbers match what an editor shows. Whether a non-empty
 *   line is blank (JSON whitespace only) is the record reader's call.
 * - A UTF-8 BOM is dropped from the first line of a stream (`bom: true`),
 *   from its text and from the byte range handed to the sink.
 * - Text is decoded a chunk at a time without the fatal flag (one call per
 *   chunk instead of one throw-capable call per line). Only when a chunk may
 *   hold invalid UTF-8 are its lines checked one by one, and a bad line is
 *   reported as such instead of being validated with U+FFFD in it.
 * - A line longer than `maxLineBytes` is never buffered whole: its bytes are
 *   handed to `skipped` as they arrive and it is reported as too long, so
 *   memory stays bounded by the chunk size and that limit.
 */

/** 16 MiB: far above any real invoice (about 500 bytes), far below what would strain memory. */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

export interface DecodedText {
  text: string;
  /** Every byte is ASCII, so string offsets are byte offsets. */
  ascii: boolean;
  /** False when the bytes may hold invalid UTF-8; the framer then checks line by line. */
  valid: boolean;
}

export interface NdjsonTextCodec {
  decode(bytes: Uint8Array, start: number, end: number): DecodedText;
  isUtf8(bytes: Uint8Array, start: number, end: number): boolean;
}

export interface NdjsonLineProblem {
  kind: "utf8" | "too-long";
  message: string;
}

export interface NdjsonLineSink {
  /**
   * A non-blank line: `text` is decoded, without its line end and without a
   * BOM. `bytes[start, end)` is the line as read, line end included, for
   * callers that copy records byte for byte. Valid only during the call.
   */
  line(text: string, lineNumber: number, bytes: Uint8Array, start: number, end: number): void;
  /**
   * A line that cannot be handed over as text. For invalid UTF-8,
   * `bytes[start, end)` is the line as for `line`. For a line over the size
   * limit the range is empty: its bytes already went to `skipped`.
   */
  badLine(problem: NdjsonLineProblem, lineNumber: number, bytes: Uint8Array, start: number, end: number): void;
  /** The bytes of an over-long line, in order, before `badLine` reports it. */
  skipped?(bytes: Uint8Array, start: number, end: number): void;
  /**
   * Lines the sink can judge from their bytes alone. Every non-empty line
   * within the size limit is offered to `accepts` before it is decoded, as
   * `bytes[start, contentEnd)`: without its line end (and without a BOM).
   * When it returns true, `line` gets the line (in order, `bytes[start, end)`
   * as read); otherwise the line is decoded and goes to the sink's `line` or
   * `badLine` as without this hook.
   */
  fast?: {
    accepts(bytes: Uint8Array, start: number, contentEnd: number): boolean;
    line(lineNumber: number, bytes: Uint8Array, start: number, end: number): void;
  };
}

export interface NdjsonFramerOptions {
  maxLineBytes?: number;
  /** Drop a UTF-8 BOM at the start of line 1. Off for a stream that starts mid-file. */
  bom?: boolean;
  codec?: NdjsonTextCodec;
}

const EMPTY = new Uint8Array(0);

/** The portable codec: TextDecoder, and U+FFFD in its output as the hint that a line needs a closer look. */
export function webTextCodec(): NdjsonTextCodec {
  const lenient = new TextDecoder("utf-8", { ignoreBOM: true });
  const strict = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
  return {
    decode(bytes, start, end) {
      const text = lenient.decode(bytes.subarray(start, end));
      // A U+FFFD may also be spelled out in valid input; `isUtf8` settles it per line.
      const valid = !text.includes("\uFFFD");
      // Valid UTF-8 only keeps its length in UTF-16 when every byte is ASCII.
      return { text, valid, ascii: valid && text.length === end - start };
    },
    isUtf8(bytes, start, end) {
      try {
        strict.decode(bytes.subarray(start, end));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Offset of the first byte that breaks UTF-8 in bytes[start, end), or -1. For messages, not the hot path. */
export function firstInvalidUtf8(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= end) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export class NdjsonFramer {
  /** Lines seen so far, blank and bad ones included: the number of the last line handled. */
  lines = 0;
  private readonly max: number;
  private readonly codec: NdjsonTextCodec;
  private stripBom: boolean;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private skipping = false;
  /** The first bytes, held until there are three: a BOM may be split over chunks. */
  private head: Uint8Array = EMPTY;

  constructor(
    private readonly sink: NdjsonLineSink,
    options: NdjsonFramerOptions = {},
  ) {
    this.max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.codec = options.codec ?? webTextCodec();
    this.stripBom = options.bom ?? true;
  }

  push(chunk: Uint8Array): void {
    if (this.stripBom) {
      // The BOM goes before framing, so no path (an over-long or non-UTF-8 first line) can hand it on.
      const head = this.head.length === 0 ? chunk : concat([this.head, chunk], this.head.length + chunk.length);
      if (head.length < 3) {
        this.head = head.slice();
        return;
      }
      this.head = EMPTY;
      this.stripBom = false;
      chunk = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
    }
    this.frame(chunk);
  }

  private frame(chunk: Uint8Array): void {
    const n = chunk.length;
    let pos = 0;
    if (this.pendingBytes > 0 || this.skipping) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        this.hold(chunk, 0, n);
        return;
      }
      this.hold(chunk, 0, nl + 1);
      this.finishPending();
      pos = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= pos) {
      this.region(chunk, pos, last + 1);
      pos = last + 1;
    }
    if (pos < n) this.hold(chunk, pos, n);
  }

  /** The stream ended: a last line without a line end still counts. */
  end(): void {
    if (this.stripBom) {
      // Under three bytes in all: too short to be a BOM.
      this.stripBom = false;
      const head = this.head;
      this.head = EMPTY;
      if (head.length > 0) this.frame(head);
    }
    if (this.pendingBytes > 0 || this.skipping) this.finishPending();
  }

  private hold(bytes: Uint8Array, start: number, end: number): void {
    if (this.skipping) {
      this.pendingBytes += end - start;
      this.sink.skipped?.(bytes, start, end);
      return;
    }
    this.pendingBytes += end - start;
    if (this.pendingBytes > this.max) {
      this.skipping = true;
      for (const piece of this.pending) this.sink.skipped?.(piece, 0, piece.length);
      this.pending = [];
      this.sink.skipped?.(bytes, start, end);
      return;
    }
    // A copy (Buffer#slice would not be one): a stream may reuse its buffers once we return.
    const copy = new Uint8Array(end - start);
    copy.set(bytes.subarray(start, end));
    this.pending.push(copy);
  }

  private finishPending(): void {
    if (this.skipping) {
      const size = this.pendingBytes;
      this.skipping = false;
      this.pending = [];
      this.pendingBytes = 0;
      this.lines++;
      this.sink.badLine(tooLong(size, this.max), this.lines, EMPTY, 0, 0);
      return;
    }
    const joined = concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.region(joined, 0, joined.length);
  }

  /** bytes[start, end) holds whole lines; only the last may lack its LF (at end of stream). */
  private region(bytes: Uint8Array, start: number, end: number): void {
    const fast = this.sink.fast;
    if (fast === undefined) {
      this.decodeRegion(bytes, start, end);
      return;
    }
    // Lines the sink takes from their bytes are never decoded; the runs of lines between them are decoded a run at a time, as without the hook.
    let run = start;
    let bp = start;
    while (bp < end) {
      let bnl = bytes.indexOf(10, bp);
      if (bnl === -1 || bnl >= end) bnl = end;
      const next = bnl < end ? bnl + 1 : end;
      const contentEnd = bnl > bp && bytes[bnl - 1] === 13 ? bnl - 1 : bnl;
      if (contentEnd > bp && next - bp <= this.max && fast.accepts(bytes, bp, contentEnd)) {
        if (run < bp) this.decodeRegion(bytes, run, bp);
        fast.line(++this.lines, bytes, bp, next);
        run = next;
      }
      bp = next;
    }
    if (run < end) this.decodeRegion(bytes, run, end);
  }

  private decodeRegion(bytes: Uint8Array, start: number, end: number): void {
    const decoded = this.codec.decode(bytes, start, end);
    const text = decoded.text;
    if (decoded.ascii) {
      const n = text.length;
      let p = 0;
      while (p < n) {
        let nl = text.indexOf("\n", p);
        if (nl === -1) nl = n;
        const next = nl < n ? nl + 1 : n;
        this.emit(text, p, nl, bytes, start + p, start + next);
        p = next;
      }
      return;
    }
    let sp = 0;
    let bp = start;
    let replacement = decoded.valid ? -1 : text.indexOf("\uFFFD");
    while (bp < end) {
      let bnl = bytes.indexOf(10, bp);
      if (bnl === -1 || bnl >= end) bnl = end;
      let snl = text.indexOf("\n", sp);
      if (snl === -1) snl = text.length;
      const bnext = bnl < end ? bnl + 1 : end;
      if (replacement !== -1 && replacement < snl && !this.codec.isUtf8(bytes, bp, bnl)) {
        this.lines++;
        this.sink.badLine(utf8Problem(bytes, bp, bnl), this.lines, bytes, bp, bnext);
      } else {
        this.emit(text, sp, snl, bytes, bp, bnext);
      }
      sp = snl + 1;
      bp = bnext;
      if (replacement !== -1 && replacement < sp) replacement = text.indexOf("\uFFFD", sp);
    }
  }

  private emit(text: string, s: number, e: number, bytes: Uint8Array, bs: number, be: number): void {
    const line = ++this.lines;
    if (e > s && text.charCodeAt(e - 1) === 13) e--;
    if (e === s) return;
    if (be - bs > this.max) {
      this.sink.skipped?.(bytes, bs, be);
      this.sink.badLine(tooLong(be - bs, this.max), line, EMPTY, 0, 0);
      return;
    }
    this.sink.line(s === 0 && e === text.length ? text : text.slice(s, e), line, bytes, bs, be);
  }
}

/** The problem of a line bytes[start, end) that is not UTF-8. */
export function utf8Problem(bytes: Uint8Array, start: number, end: number): NdjsonLineProblem {
  return { kind: "utf8", message: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes, start, end) - start + 1} of the line` };
}

function tooLong(size: number, max: number): NdjsonLineProblem {
  return { kind: "too-long", message: `line is ${formatBytes(size)}, over the ${formatBytes(max)} limit for one record; skipped` };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

/** The parts joined into one array (the part itself when there is one). */
export function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
