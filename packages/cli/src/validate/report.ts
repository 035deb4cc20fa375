import { OutputError } from "./outputs.js";
import type { InvalidRecord } from "./task.js";
import { AsyncWriter } from "./writer.js";

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
  /** Resolves when stdout's queue is short enough to go on; rejects with StdoutClosed when its reader left. */
  ready(): Promise<void>;
  /** Everything written (stdout and stderr); rejects like `ready`. */
  close(): Promise<void>;
}

/** What every reporter shares: stdout's writer, back-pressure and the final flush. */
abstract class Base {
  protected readonly out = new Out(stdout());
  protected readonly err = new Out(stderr());
  ready(): Promise<void> {
    return this.out.writer.ready();
  }
  async close(): Promise<void> {
    this.out.flush();
    this.err.flush();
    await flushStderr();
    await this.out.writer.flush();
  }
}

/** stdout was closed by its reader (`| head -1`): the run ends quietly with the exit code so far. */
export class StdoutClosed extends Error {}

/**
 * Text gathered into 64 KiB writes (one syscall per 64 KiB instead of one per
 * problem) and handed to an `AsyncWriter`: never a blocking write on the main
 * thread, and callers wait on `ready()` so a slow reader holds the run back
 * instead of memory growing.
 */
class Out {
  private buf = "";
  constructor(readonly writer: AsyncWriter) {}
  write(s: string): void {
    this.buf += s;
    if (this.buf.length >= 65536) this.flush();
  }
  flush(): void {
    if (this.buf === "") return;
    this.writer.write(this.buf);
    this.buf = "";
  }
}

const stdoutFailure = (e: unknown): Error =>
  (e as NodeJS.ErrnoException)?.code === "EPIPE" ? new StdoutClosed() : OutputError.from("stdout", e);

let stdoutWriter: AsyncWriter | null = null;
let stderrWriter: AsyncWriter | null = null;
/** One writer per fd for the whole process, so report and notes keep their order. */
export function stdout(): AsyncWriter {
  stdoutWriter ??= new AsyncWriter(1, stdoutFailure);
  return stdoutWriter;
}
function stderr(): AsyncWriter {
  // Nothing useful can be done when stderr itself fails; stdout's report still counts.
  stderrWriter ??= new AsyncWriter(2, () => new StderrClosed());
  return stderrWriter;
}
class StderrClosed extends Error {}

/** Whatever was queued on stderr is out (errors ignored: there is nowhere left to say them). */
export async function flushStderr(): Promise<void> {
  await stderrWriter?.flush().catch(() => {});
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
class TextReporter extends Base implements Reporter {
  private errors = 0;
  constructor(private readonly beforeOutput: () => void) {
    super();
  }

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
class JsonReporter extends Base implements Reporter {
  private count = 0;
  private readonly errors: { file: string; message: string }[] = [];
  private readonly warnings: { file: string; message: string }[] = [];
  constructor(private readonly beforeOutput: () => void) {
    super();
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
class NdjsonReporter extends Base implements Reporter {
  constructor(private readonly beforeOutput: () => void) {
    super();
  }

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
  stderr().write(`gcore-billing: ${message}\n`);
}
