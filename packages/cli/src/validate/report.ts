import { writeSync } from "node:fs";
import type { InvalidRecord } from "./task.js";

export interface Summary {
  files: number;
  records: number;
  valid: number;
  invalid: number;
  /** NDJSON lines made only of JSON whitespace: records + blank = NDJSON lines (plus JSON documents' records). */
  blank: number;
  /** Valid records the generated fast path vouched for from their bytes (a subset of `valid`). */
  fastPath: number;
}

export type ReporterKind = "text" | "json" | "ndjson";

export interface Reporter {
  invalid(file: string, record: InvalidRecord): void;
  /** An input that could not be (fully) read; the run goes on and exits 2. */
  ioError(file: string, message: string): void;
  warning(file: string, message: string): void;
  /** A remark about the run itself (`--verbose`), on stderr in every reporter. */
  note(message: string): void;
  end(summary: Summary): void;
}

/** stdout was closed by its reader (`| head -1`): the run ends quietly with the exit code so far. */
export class StdoutClosed extends Error {}

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
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EPIPE") throw new StdoutClosed();
        // A non-blocking pipe that is full; wait for the reader rather than drop output.
        if (code !== "EAGAIN") throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
  }
}

export function createReporter(kind: ReporterKind, onBeforeOutput: () => void = () => {}): Reporter {
  if (kind === "json") return new JsonReporter(onBeforeOutput);
  if (kind === "ndjson") return new NdjsonReporter(onBeforeOutput);
  return new TextReporter(onBeforeOutput);
}

// C0 controls, DEL and C1 controls (ESC, CSI, OSC... start terminal escapes), and the line/paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Text for a terminal: a bad line's bytes can never move the cursor, retitle the window or start a hyperlink. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
  });
}

/** `file:line pointer message`, one line per problem; `file[index]` for an element of a JSON array. */
class TextReporter implements Reporter {
  private readonly out = new Out(1);
  private readonly err = new Out(2);
  private errors = 0;
  constructor(private readonly beforeOutput: () => void) {}

  invalid(file: string, record: InvalidRecord): void {
    this.beforeOutput();
    const name = escapeControls(file);
    const where = record.line !== null ? `${name}:${record.line}` : record.index !== null ? `${name}[${record.index}]` : name;
    for (const e of record.errors) this.out.write(`${where} ${escapeControls(e.pointer || "/")} ${escapeControls(e.message)}\n`);
  }
  ioError(file: string, message: string): void {
    this.errors++;
    this.beforeOutput();
    this.out.flush();
    this.err.write(`gcore-billing: ${escapeControls(file)}: ${escapeControls(message)}\n`);
    this.err.flush();
  }
  warning(file: string, message: string): void {
    this.beforeOutput();
    this.out.flush();
    this.err.write(`gcore-billing: warning: ${escapeControls(file)}: ${escapeControls(message)}\n`);
    this.err.flush();
  }
  note(message: string): void {
    this.beforeOutput();
    this.out.flush();
    writeNote(message);
  }
  end(s: Summary): void {
    const files = `${s.files} file${s.files === 1 ? "" : "s"}`;
    const records = `${s.records} record${s.records === 1 ? "" : "s"}`;
    const blank = s.blank > 0 ? `, ${s.blank} blank line${s.blank === 1 ? "" : "s"}` : "";
    const errors = this.errors > 0 ? `, ${this.errors} read error${this.errors === 1 ? "" : "s"}` : "";
    this.out.write(`${files}, ${records}: ${s.valid} valid, ${s.invalid} invalid${blank}${errors}\n`);
    this.out.flush();
  }
}

function summaryJson(s: Summary): string {
  return JSON.stringify({ files: s.files, records: s.records, valid: s.valid, invalid: s.invalid, blank: s.blank, fastPath: s.fastPath });
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
  note(message: string): void {
    writeNote(message);
  }
  end(s: Summary): void {
    this.out.write(
      `${this.count > 0 ? "\n" : ""}],\n"errors":${JSON.stringify(this.errors)},\n"warnings":${JSON.stringify(this.warnings)},\n"summary":${summaryJson(s)}}\n`,
    );
    this.out.flush();
  }
}

/**
 * One JSON object per line: `{"type":"invalid",...}` per invalid record as
 * it is found, `{"type":"error"|"warning",...}` in place, and one
 * `{"type":"summary",...}` line last. Constant memory, and the shape line-based
 * tools take (jq, ClickHouse executable UDFs, Spark's RDD.pipe).
 */
class NdjsonReporter implements Reporter {
  private readonly out = new Out(1);
  constructor(private readonly beforeOutput: () => void) {}

  invalid(file: string, record: InvalidRecord): void {
    this.beforeOutput();
    this.out.write(`${JSON.stringify({ type: "invalid", file, line: record.line, index: record.index, errors: record.errors })}\n`);
  }
  ioError(file: string, message: string): void {
    this.out.write(`${JSON.stringify({ type: "error", file, message })}\n`);
  }
  warning(file: string, message: string): void {
    this.out.write(`${JSON.stringify({ type: "warning", file, message })}\n`);
  }
  note(message: string): void {
    writeNote(message);
  }
  end(s: Summary): void {
    this.out.write(`{"type":"summary",${summaryJson(s).slice(1)}\n`);
    this.out.flush();
  }
}

/** stderr, so the machine-readable stdout of json/ndjson reporters is untouched. */
function writeNote(message: string): void {
  const err = new Out(2);
  err.write(`gcore-billing: ${message}\n`);
  err.flush();
}
