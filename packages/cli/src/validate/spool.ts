import { open } from "node:fs/promises";
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

/**
 * Reads a spool file a chunk at a time, on the main thread without blocking
 * it; `each` gets every chunk, and `between` is awaited after each (the
 * reader's back-pressure). A file that was never made reads as empty.
 */
export async function readSpool(path: string, each: (chunk: Buffer) => void, between: () => Promise<void>): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch {
    return; // The worker failed before creating it: the task's error says so.
  }
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      // A copy: the next read reuses `buf` while a writer may still hold this one.
      each(Buffer.from(buf.subarray(0, bytesRead)));
      await between();
    }
  } finally {
    await handle.close();
  }
}

/** Replays a spool file written by `ReportSpool`, a record at a time. */
export async function replaySpool(path: string, each: (record: InvalidRecord) => void, between: () => Promise<void>): Promise<void> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  await readSpool(
    path,
    (chunk) => {
      // JSON.stringify escapes every control character, so an LF only ever ends a record.
      const text = rest + decoder.write(chunk);
      let start = 0;
      for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
        each(JSON.parse(text.slice(start, nl)) as InvalidRecord);
        start = nl + 1;
      }
      rest = text.slice(start);
    },
    between,
  );
}
