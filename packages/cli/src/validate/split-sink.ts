import { writeSync } from "node:fs";

/**
 * Copies records byte for byte into the `--valid-out` / `--invalid-out`
 * files. Parts are gathered while a chunk is scanned and written with one
 * synchronous write per chunk and file: no per-record syscalls, and memory
 * bounded by the chunk size. A last record without a line end gets an LF,
 * so records from several inputs never run together.
 */
export class SplitSink {
  private readonly parts: [Uint8Array[], Uint8Array[]] = [[], []];
  private readonly sizes = [0, 0];
  private readonly endsWithNewline = [true, true];

  constructor(private readonly fds: readonly [valid: number | null, invalid: number | null]) {}

  write(valid: boolean, bytes: Uint8Array, start: number, end: number): void {
    const k = valid ? 0 : 1;
    if (this.fds[k] === null || end <= start) return;
    this.parts[k].push(bytes.subarray(start, end));
    this.sizes[k]! += end - start;
    this.endsWithNewline[k] = bytes[end - 1] === 10;
  }

  /** Closes the record just written. */
  endRecord(valid: boolean): void {
    const k = valid ? 0 : 1;
    if (this.fds[k] === null || this.endsWithNewline[k]) return;
    this.parts[k].push(LF);
    this.sizes[k]! += 1;
    this.endsWithNewline[k] = true;
  }

  flush(): void {
    for (const k of [0, 1] as const) {
      const fd = this.fds[k];
      if (fd === null || this.sizes[k] === 0) continue;
      const data = Buffer.concat(this.parts[k], this.sizes[k]);
      this.parts[k] = [];
      this.sizes[k] = 0;
      writeAll(fd, data);
    }
  }
}

const LF = new Uint8Array([10]);

export function writeAll(fd: number, data: Uint8Array): void {
  let at = 0;
  while (at < data.length) at += writeSync(fd, data, at, data.length - at);
}
