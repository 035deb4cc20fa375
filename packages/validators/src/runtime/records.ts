/**
 * The one reader of stored records: NDJSON, a JSON array, or one JSON
 * document, plain or gzipped. The CLI (`gcore-billing validate`), the
 * library's `validateNdjson` and `spec:impact` all read through it, so they
 * agree on what a record is. Web APIs only: it runs in browsers too.
 *
 * Decisions, so callers can rely on them:
 * - Framing is `NdjsonFramer`'s: LF or CRLF, a last line without LF counts,
 *   a BOM is dropped at the start of a stream (from the text and from the
 *   bytes handed over, so copies never carry a BOM into the middle of a file).
 * - A blank line is made only of JSON whitespace (space, tab, CR, LF). Every
 *   other line is a record; one that does not parse, is not UTF-8, is too
 *   long or is not a JSON object is an invalid record with keyword `parse`.
 *   So `records + blank === lines`, and nothing is dropped without a count.
 * - gzip is recognised by its magic bytes (1f 8b), whatever the name.
 * - `format: "auto"` reads a JSON document when the first significant byte
 *   is `[`, NDJSON otherwise. An empty or whitespace-only input has no
 *   records in either format.
 */

import type { ErpInvoice } from "@gcore-billing/types";
import { ErpInvoiceValidator } from "../generated/validators.js";
import { concat, DEFAULT_MAX_LINE_BYTES, NdjsonFramer, type NdjsonLineProblem, type NdjsonTextCodec, webTextCodec } from "./ndjson.js";
import type { ValidationIssue, Validator } from "./result.js";

/** Verdict on a parsed JSON object: null when valid, else its problems. */
export type ValueCheck = (value: object) => readonly ValidationIssue[] | null;

export type RecordFormat = "ndjson" | "json";

export interface RecordSink {
  /**
   * One record. `issues` is null for a valid one. `line` is the 1-based NDJSON
   * line (null in a JSON document), `index` the 0-based array element (null
   * otherwise). `bytes[start, end)` is the NDJSON line as read, line end
   * included and a leading BOM excluded; empty for JSON documents and for
   * over-long lines (whose bytes went to `skipped`). Valid only during the call.
   * `value` is the parsed JSON when it parsed, else undefined.
   */
  record(
    value: unknown,
    issues: readonly ValidationIssue[] | null,
    line: number | null,
    index: number | null,
    bytes: Uint8Array,
    start: number,
    end: number,
  ): void;
  /** The bytes of an over-long line, in order, before `record` reports it. */
  skipped?(bytes: Uint8Array, start: number, end: number): void;
}

export interface RecordReaderOptions {
  /** Default `auto`: sniffed from the first significant byte. */
  format?: RecordFormat | "auto";
  /** Default: every JSON object is valid (a plain reader). */
  check?: ValueCheck;
  maxLineBytes?: number;
  /** A JSON document is parsed whole; larger ones are refused (NDJSON is the format for big exports). */
  maxDocumentBytes?: number;
  /** Drop a BOM at the start. Off for a stream that starts mid-file. */
  bom?: boolean;
  codec?: NdjsonTextCodec;
}

export interface ReadSummary {
  format: RecordFormat;
  /** NDJSON lines, blank ones included; 0 for a JSON document. */
  lines: number;
  /** NDJSON lines made only of JSON whitespace. */
  blank: number;
  records: number;
  valid: number;
  invalid: number;
}

/** 256 MiB: JSON.parse needs the whole document (and a copy as text) in memory. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

const EMPTY = new Uint8Array(0);
const ANY_OBJECT: ValueCheck = () => null;

export function parseProblem(message: string): ValidationIssue {
  return { pointer: "", keyword: "parse", message };
}

/** A `ValueCheck` from a validator: the boolean `check` first, error objects only for records that fail. */
export function validatorCheck(
  validator: Validator<unknown>,
  extra?: (value: object) => readonly ValidationIssue[] | undefined,
): ValueCheck {
  return (value) => {
    if (validator.check(value)) return extra === undefined ? null : (extra(value) ?? null);
    const result = validator.validate(value);
    const errors = result.valid ? [] : result.errors;
    const more = extra?.(value);
    return more ? errors.concat(more) : errors;
  };
}

/** True for bytes 1f 8b, gzip's magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Only space, tab, CR and LF: what JSON calls whitespace (U+00A0, U+FEFF, \v... are not). */
export function isJsonBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}

/**
 * Push bytes in, get records out through the sink, synchronously. Callers
 * own the I/O; `readRecords` is the async wrapper with gzip detection.
 */
export class RecordReader {
  private readonly check: ValueCheck;
  private readonly framer: NdjsonFramer;
  private readonly maxDocument: number;
  private format: RecordFormat | "auto";
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private records = 0;
  private valid = 0;
  private readonly codec: NdjsonTextCodec;
  private readonly bom: boolean;

  constructor(
    private readonly sink: RecordSink,
    options: RecordReaderOptions = {},
  ) {
    this.check = options.check ?? ANY_OBJECT;
    this.format = options.format ?? "auto";
    this.maxDocument = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
    this.codec = options.codec ?? webTextCodec();
    this.bom = options.bom ?? true;
    this.framer = new NdjsonFramer(
      {
        line: (text, line, bytes, start, end) => this.line(text, line, bytes, start, end),
        badLine: (problem, line, bytes, start, end) => this.badLine(problem, line, bytes, start, end),
        skipped: sink.skipped?.bind(sink),
      },
      { maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, bom: this.bom, codec: this.codec },
    );
  }

  /** Throws only when a JSON document grows over `maxDocumentBytes`. */
  push(chunk: Uint8Array): void {
    if (this.format === "ndjson") {
      this.framer.push(chunk);
      return;
    }
    this.hold(chunk);
    if (this.format === "auto") {
      const first = firstSignificant(this.held, this.bom);
      if (first === -1) return;
      this.format = first === 0x5b /* [ */ ? "json" : "ndjson";
      if (this.format === "ndjson") {
        const held = this.held;
        this.held = [];
        this.heldBytes = 0;
        for (const c of held) this.framer.push(c);
      }
    }
  }

  /** The input ended. */
  end(): ReadSummary {
    if (this.format === "auto") {
      // Nothing but whitespace: NDJSON's answer (blank lines) fits either format.
      this.format = "ndjson";
      for (const c of this.held) this.framer.push(c);
      this.held = [];
    }
    if (this.format === "ndjson") this.framer.end();
    else this.document();
    const lines = this.format === "ndjson" ? this.framer.lines : 0;
    return {
      format: this.format,
      lines,
      blank: this.format === "ndjson" ? lines - this.records : 0,
      records: this.records,
      valid: this.valid,
      invalid: this.records - this.valid,
    };
  }

  /** Everything one NDJSON line goes through: the single place for a byte-level fast path (on bytes, before the text). */
  private line(text: string, line: number, bytes: Uint8Array, start: number, end: number): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      if (isJsonBlank(text)) return;
      this.emit(undefined, [jsonParseProblem(e)], line, null, bytes, start, end);
      return;
    }
    this.emit(value, checkValue(this.check, value), line, null, bytes, start, end);
  }

  private badLine(problem: NdjsonLineProblem, line: number, bytes: Uint8Array, start: number, end: number): void {
    this.emit(undefined, [parseProblem(problem.message)], line, null, bytes, start, end);
  }

  private readonly emit: RecordSink["record"] = (value, issues, line, index, bytes, start, end) => {
    this.records++;
    if (issues === null) this.valid++;
    this.sink.record(value, issues, line, index, bytes, start, end);
  };

  private hold(chunk: Uint8Array): void {
    this.heldBytes += chunk.length;
    if (this.format === "json" && this.heldBytes > this.maxDocument) {
      throw new Error(`too large for a JSON document (over ${this.maxDocument} bytes); store big exports as NDJSON`);
    }
    // A copy: a stream may reuse its buffers once we return.
    this.held.push(chunk.slice());
  }

  private document(): void {
    let bytes = concat(this.held, this.heldBytes);
    this.held = [];
    if (this.bom && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (!this.codec.isUtf8(bytes, 0, bytes.length)) {
      this.emit(undefined, [parseProblem("invalid UTF-8 in the document")], null, null, EMPTY, 0, 0);
      return;
    }
    const text = this.codec.decode(bytes, 0, bytes.length).text;
    if (isJsonBlank(text)) return;
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      const problem = jsonParseProblem(e);
      this.emit(undefined, [{ ...problem, message: problem.message + where(text, e) }], null, null, EMPTY, 0, 0);
      return;
    }
    if (!Array.isArray(doc)) {
      this.emit(doc, checkValue(this.check, doc), null, null, EMPTY, 0, 0);
      return;
    }
    for (let i = 0; i < doc.length; i++) this.emit(doc[i], checkValue(this.check, doc[i]), null, i, EMPTY, 0, 0);
  }
}

function checkValue(check: ValueCheck, value: unknown): readonly ValidationIssue[] | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return [parseProblem(`expected a JSON object, got ${describeJson(value)}`)];
  }
  return check(value);
}

/** JSON.parse's complaint, with the engine's recursion limit said in words. */
export function jsonParseProblem(e: unknown): ValidationIssue {
  if (e instanceof RangeError) return parseProblem("invalid JSON: nested too deeply to parse");
  return parseProblem(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
}

export function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/** First byte that is not JSON whitespace (nor a leading BOM), or -1 while there is none yet. */
function firstSignificant(chunks: readonly Uint8Array[], bom: boolean): number {
  let at = 0;
  for (const c of chunks) {
    for (let i = 0; i < c.length; i++, at++) {
      const b = c[i]!;
      if (bom && at < 3 && b === [0xef, 0xbb, 0xbf][at]) continue;
      if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return b;
    }
  }
  return -1;
}

/** " (line 3, column 7)" when the engine's message gives a position. */
function where(text: string, e: unknown): string {
  const m = /at position (\d+)/.exec(e instanceof Error ? e.message : "");
  if (!m) return "";
  const pos = Number(m[1]);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < pos; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return ` (line ${line}, column ${pos - lineStart + 1})`;
}

// --- async sources ----------------------------------------------------------

/** A Node stream, a web ReadableStream, or any (async) iterable of byte or string chunks. */
export type RecordSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | ReadableStream<Uint8Array>;

/** The name of the first release. */
export type NdjsonSource = RecordSource;

/** Decompresses a gzip stream; the default is the web `DecompressionStream`. */
export type Gunzip = (compressed: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

export interface ReadRecordsOptions extends RecordReaderOptions {
  gunzip?: Gunzip;
}

/** Reads a whole source through a `RecordReader`. I/O and gzip errors reject; bad records never do. */
export async function readRecords(source: RecordSource, sink: RecordSink, options: ReadRecordsOptions = {}): Promise<ReadSummary> {
  const reader = new RecordReader(sink, options);
  for await (const chunk of decompressed(source, options.gunzip)) reader.push(chunk);
  return reader.end();
}

/** The source's bytes, gunzipped when they start with gzip's magic number. */
export async function* decompressed(source: RecordSource, gunzip: Gunzip = webGunzip): AsyncGenerator<Uint8Array, void, undefined> {
  const it = bytesOf(source)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < 2) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  async function* rest(): AsyncGenerator<Uint8Array, void, undefined> {
    yield* head;
    if (done) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  if (isGzip(concat(head, headBytes))) yield* gunzip(rest());
  else yield* rest();
}

async function* bytesOf(source: RecordSource): AsyncGenerator<Uint8Array, void, undefined> {
  const encoder = new TextEncoder();
  if (Symbol.asyncIterator in source || Symbol.iterator in source) {
    for await (const c of source as AsyncIterable<Uint8Array | string>) yield typeof c === "string" ? encoder.encode(c) : c;
    return;
  }
  // Browsers without async-iterable ReadableStream (Safari) still have a reader.
  const reader = (source as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const webGunzip: Gunzip = (compressed) => {
  const it = compressed[Symbol.asyncIterator]();
  // Pulled, not pumped: the compressed side is read only as fast as the records are.
  const input = new ReadableStream<BufferSource>({
    async pull(controller) {
      const next = await it.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value as Uint8Array<ArrayBuffer>);
    },
  });
  return bytesOf(input.pipeThrough<Uint8Array>(new DecompressionStream("gzip")));
};

// --- validation -----------------------------------------------------------

export type NdjsonRecordResult<T> = { line: number; valid: true; value: T } | { line: number; valid: false; errors: ValidationIssue[] };

export interface ValidateNdjsonOptions<T> {
  /** Default: `ErpInvoiceValidator`. Any `XValidator` or `schemaValidators[name]` works. */
  validator?: Validator<T>;
  maxLineBytes?: number;
  codec?: NdjsonTextCodec;
}

/**
 * Validates a stream of NDJSON (gzipped or not), one result per non-blank
 * line, in order. A line that is not JSON, not UTF-8, too long, or not a
 * JSON object is an invalid record with keyword `parse`; the stream goes on
 * after it. Built on the one record reader (`RecordReader`).
 *
 * ```ts
 * for await (const r of validateNdjson(fs.createReadStream("invoices.ndjson"))) {
 *   if (!r.valid) console.log(r.line, r.errors);
 * }
 * ```
 */
export async function* validateNdjson<T = ErpInvoice>(
  source: RecordSource,
  options: ValidateNdjsonOptions<T> = {},
): AsyncGenerator<NdjsonRecordResult<T>, void, undefined> {
  const validator = (options.validator ?? ErpInvoiceValidator) as Validator<unknown>;
  let batch: NdjsonRecordResult<T>[] = [];
  const reader = new RecordReader(
    {
      record(value, issues, line) {
        batch.push(issues === null ? { line: line!, valid: true, value: value as T } : { line: line!, valid: false, errors: [...issues] });
      },
    },
    { format: "ndjson", check: validatorCheck(validator), maxLineBytes: options.maxLineBytes, codec: options.codec },
  );
  for await (const chunk of decompressed(source)) {
    reader.push(chunk);
    if (batch.length > 0) {
      const ready = batch;
      batch = [];
      yield* ready;
    }
  }
  reader.end();
  yield* batch;
}

/**
 * JSON.parse for one record, with failures as `parse` issues: invalid JSON,
 * nesting deeper than the engine's stack (RangeError), and any value that is
 * not a JSON object.
 */
export function parseRecord(text: string): { value: unknown; issue?: undefined } | { value?: undefined; issue: ValidationIssue } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { issue: jsonParseProblem(e) };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { issue: parseProblem(`expected a JSON object, got ${describeJson(value)}`) };
  }
  return { value };
}
