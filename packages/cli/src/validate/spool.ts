import { closeSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { type OutputFd, writeAll } from "./split-sink.js";
import type { InvalidRecord } from "./task.js";

/**
 * A worker's invalid records, on disk until the task's turn in the output
 * order comes: one JSON line each. Nothing per task is held in memory, so a
 * million failing records cost the same as ten.
 */
export class ReportSpool {
  private buf = "";
  constructor(private readonly out: OutputFd) {}

  add(record: InvalidRecord): void {
    this.buf += `${JSON.stringify(record)}\n`;
    if (this.buf.length >= 65536) this.flush();
  }

  flush(): void {
    if (this.buf === "") return;
    writeAll(this.out, Buffer.from(this.buf));
    this.buf = "";
  }
}

/** Replays a spool file written by `ReportSpool`, a record at a time. */
export function replaySpool(path: string, each: (record: InvalidRecord) => void): void {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return; // The worker crashed before creating it: the task's error says so.
  }
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    const decoder = new StringDecoder("utf8");
    let rest = "";
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      // JSON.stringify escapes every control character, so an LF only ever ends a record.
      const text = rest + decoder.write(buf.subarray(0, n));
      let start = 0;
      for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
        each(JSON.parse(text.slice(start, nl)) as InvalidRecord);
        start = nl + 1;
      }
      rest = text.slice(start);
    }
  } finally {
    closeSync(fd);
  }
}
