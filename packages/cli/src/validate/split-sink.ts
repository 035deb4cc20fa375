import { writeSync } from "node:fs";
import { OutputError } from "./outputs.js";

/** An open output and the name to blame when writing to it fails. */
export interface OutputFd {
  fd: number;
  name: string;
}

/** Where split bytes go: a worker's spool file (synchronous, off the main thread) or an output's `AsyncWriter`. */
export interface ByteSink {
  write(data: Uint8Array): void;
}

/** A worker's spool file: synchronous writes are fine on a worker thread, and keep it simple. */
export function syncSink(out: OutputFd): ByteSink {
  return { write: (data) => writeAll(out, data) };
}

/**
 * Copies records byte for byte into the `--valid-out` / `--invalid-out`
 * files. Parts are gathered while a chunk is scanned and handed on with one
 * write per chunk and file: no per-record syscalls, and memory bounded by
 * the chunk size (and the sink's back-pressure). A last record without a line end gets an LF,
 * so records from several inputs never run together.
 */
export class SplitSink {
  private readonly parts: [Uint8Array[], Uint8Array[]] = [[], []];
  private readonly sizes = [0, 0];
  private readonly endsWithNewline = [true, true];

  constructor(private readonly outs: readonly [valid: ByteSink | null, invalid: ByteSink | null]) {}

  /** One whole record (an over-long line's bytes come through `write` first, then `record` with none). */
  record(valid: boolean, bytes: Uint8Array, start: number, end: number): void {
    this.write(valid, bytes, start, end);
    this.endRecord(valid);
  }

  write(valid: boolean, bytes: Uint8Array, start: number, end: number): void {
    const k = valid ? 0 : 1;
    if (this.outs[k] === null || end <= start) return;
    this.parts[k].push(bytes.subarray(start, end));
    this.sizes[k]! += end - start;
    this.endsWithNewline[k] = bytes[end - 1] === 10;
  }

  /** Closes the record just written. */
  endRecord(valid: boolean): void {
    const k = valid ? 0 : 1;
    if (this.outs[k] === null || this.endsWithNewline[k]) return;
    this.parts[k].push(LF);
    this.sizes[k]! += 1;
    this.endsWithNewline[k] = true;
  }

  flush(): void {
    for (const k of [0, 1] as const) {
      const out = this.outs[k];
      if (out === null || this.sizes[k] === 0) continue;
      const data = Buffer.concat(this.parts[k], this.sizes[k]);
      this.parts[k] = [];
      this.sizes[k] = 0;
      out.write(data);
    }
  }
}

const LF = new Uint8Array([10]);

/** Every byte out, or an OutputError naming the output (ENOSPC is the output's problem, never the input's). */
export function writeAll(out: OutputFd, data: Uint8Array): void {
  let at = 0;
  try {
    while (at < data.length) at += writeSync(out.fd, data, at, data.length - at);
  } catch (e) {
    throw OutputError.from(out.name, e);
  }
}
