import { writeSync } from "node:fs";
import type { InvalidRecord } from "./issues.js";

export interface Summary {
  files: number;
  records: number;
  valid: number;
  invalid: number;
}

export interface Reporter {
  invalid(file: string, record: InvalidRecord): void;
  /** An input that could not be (fully) read; the run goes on and exits 2. */
  ioError(file: string, message: string): void;
  warning(file: string, message: string): void;
  end(summary: Summary): void;
}

/**
 * Buffered synchronous writes: one syscall per 64 KiB instead of one per
 * problem, and no unbounded queue in front of a slow pipe. Synchronous also
 * means everything is out before the process sets its exit code and ends.
 */
class Out {
  private buf = "";
  constructor(private readonly fd: number) {}
  write(s: string): void {
    this.buf += s;
    if (this.buf.length >= 65536) this.flush();
  }
  flush(): void {
    if (this.buf === "") return;
    const data = Buffer.from(this.buf);
    this.buf = "";
    let at = 0;
    while (at < data.length) {
      try {
        at += writeSync(this.fd, data, at, data.length - at);
      } catch (e) {
        // A non-blocking pipe that is full; wait for the reader rather than drop output.
        if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
  }
}

export function createReporter(kind: "text" | "json", onBeforeOutput: () => void = () => {}): Reporter {
  return kind === "json" ? new JsonReporter(onBeforeOutput) : new TextReporter(onBeforeOutput);
}

/** `file:line pointer message`, one line per problem; `file[index]` for an element of a JSON array. */
class TextReporter implements Reporter {
  private readonly out = new Out(1);
  private readonly err = new Out(2);
  private errors = 0;
  constructor(private readonly beforeOutput: () => void) {}

  invalid(file: string, record: InvalidRecord): void {
    this.beforeOutput();
    const where = record.line !== null ? `${file}:${record.line}` : record.index !== null ? `${file}[${record.index}]` : file;
    for (const e of record.errors) this.out.write(`${where} ${e.pointer || "/"} ${e.message}\n`);
  }
  ioError(file: string, message: string): void {
    this.errors++;
    this.beforeOutput();
    this.out.flush();
    this.err.write(`gcore-billing: ${file}: ${message}\n`);
    this.err.flush();
  }
  warning(file: string, message: string): void {
    this.beforeOutput();
    this.out.flush();
    this.err.write(`gcore-billing: warning: ${file}: ${message}\n`);
    this.err.flush();
  }
  end(s: Summary): void {
    const files = `${s.files} file${s.files === 1 ? "" : "s"}`;
    const records = `${s.records} record${s.records === 1 ? "" : "s"}`;
    const errors = this.errors > 0 ? `, ${this.errors} read error${this.errors === 1 ? "" : "s"}` : "";
    this.out.write(`${files}, ${records}: ${s.valid} valid, ${s.invalid} invalid${errors}\n`);
    this.out.flush();
  }
}

/**
 * Exactly one JSON document on stdout. It is streamed: `invalid` comes first
 * and `summary` last, so a run where millions of records fail (the day the
 * spec changes) never holds them all in memory. Key order does not change
 * what the document means to a JSON reader.
 */
class JsonReporter implements Reporter {
  private readonly out = new Out(1);
  private count = 0;
  private readonly errors: { file: string; message: string }[] = [];
  private readonly warnings: { file: string; message: string }[] = [];
  constructor(private readonly beforeOutput: () => void) {
    this.out.write('{"invalid":[');
  }

  invalid(file: string, record: InvalidRecord): void {
    this.beforeOutput();
    const entry = { file, line: record.line, index: record.index, errors: record.errors };
    this.out.write(`${this.count++ === 0 ? "\n" : ",\n"}${JSON.stringify(entry)}`);
  }
  ioError(file: string, message: string): void {
    this.errors.push({ file, message });
  }
  warning(file: string, message: string): void {
    this.warnings.push({ file, message });
  }
  end(s: Summary): void {
    const summary = { files: s.files, records: s.records, valid: s.valid, invalid: s.invalid };
    this.out.write(
      `${this.count > 0 ? "\n" : ""}],\n"errors":${JSON.stringify(this.errors)},\n"warnings":${JSON.stringify(this.warnings)},\n"summary":${JSON.stringify(summary)}}\n`,
    );
    this.out.flush();
  }
}
