import { isUtf8 } from "node:buffer";
import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { NdjsonFramer, type NdjsonLineSink, type ValidationIssue } from "@gcore-billing/validators";
import { nodeTextCodec } from "./codec.js";
import { ioMessage } from "./io-error.js";
import { type InvalidRecord, jsonParseProblem, parseProblem } from "./issues.js";
import { BLANK, type RecordChecker } from "./record-check.js";
import type { SplitSink } from "./split-sink.js";
import { emptyResult, type InputFormat, type ScanSettings, type Task, type TaskResult } from "./task.js";

/** Read size: large enough that per-chunk costs vanish, small enough for flat memory. */
const CHUNK_BYTES = 1 << 20;

export interface ScanDeps {
  checker: RecordChecker;
  split: SplitSink | null;
  /** Bytes read from disk (compressed bytes for .gz) and records checked since the last call. */
  progress(bytes: number, records: number): void;
}

/** Reads and validates one task; never throws for bad data or I/O, it reports them in the result. */
export async function scanTask(task: Task, settings: ScanSettings, deps: ScanDeps): Promise<TaskResult> {
  const result = emptyResult(task.id);
  let handle: FileHandle | null = null;
  try {
    let raw: Readable;
    if (task.input.path === null) {
      raw = process.stdin;
    } else {
      handle = await open(task.input.path, "r");
      raw = handle.createReadStream({
        // Positioned reads fail on pipes and FIFOs (ESPIPE); only ranges need them.
        start: task.start > 0 || task.end !== null ? task.start : undefined,
        end: task.end === null ? undefined : task.end - 1,
        highWaterMark: CHUNK_BYTES,
        autoClose: false,
      });
    }
    result.opened = true;
    let rawBytes = 0;
    let source: AsyncIterable<Buffer>;
    if (task.input.gzip) {
      const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
      raw.on("data", (c: Buffer) => {
        rawBytes += c.length;
      });
      raw.on("error", (e) => gunzip.destroy(e));
      source = raw.pipe(gunzip);
    } else {
      source = countBytes(raw, (n) => {
        rawBytes += n;
      });
    }
    const { format, chunks } = await sniff(source, task.input.format);
    result.format = format;
    let reported = 0;
    const progress = () => {
      deps.progress(rawBytes - reported, 0);
      reported = rawBytes;
    };
    if (format === "json") await scanJson(chunks, settings, deps, result, progress);
    else await scanNdjson(chunks, task, settings, deps, result, progress);
    if (task.end !== null && !task.input.gzip && rawBytes < task.end - task.start) {
      result.error = `file shrank while being read: expected ${task.end - task.start} bytes from offset ${task.start}, got ${rawBytes}`;
    }
  } catch (e) {
    result.error = ioMessage(e);
  } finally {
    await handle?.close().catch(() => {});
  }
  return result;
}

async function* countBytes(source: AsyncIterable<Buffer>, add: (n: number) => void): AsyncIterable<Buffer> {
  for await (const chunk of source) {
    add(chunk.length);
    yield chunk;
  }
}

/** Decides the format of a `sniff` input from its first non-blank byte, without losing that chunk. */
async function sniff(
  source: AsyncIterable<Buffer>,
  declared: InputFormat | "sniff",
): Promise<{ format: InputFormat; chunks: AsyncIterable<Buffer> }> {
  if (declared !== "sniff") return { format: declared, chunks: source };
  const it = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let format: InputFormat = "ndjson";
  for (;;) {
    const next = await it.next();
    if (next.done) break;
    seen.push(next.value);
    const first = firstSignificantByte(next.value);
    if (first !== -1) {
      format = first === 0x5b /* [ */ ? "json" : "ndjson";
      break;
    }
  }
  async function* replay(): AsyncIterable<Buffer> {
    yield* seen;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { format, chunks: replay() };
}

function firstSignificantByte(chunk: Buffer): number {
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i]!;
    // Whitespace and the bytes of a UTF-8 BOM.
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf) return b;
  }
  return -1;
}

async function scanNdjson(
  chunks: AsyncIterable<Buffer>,
  task: Task,
  settings: ScanSettings,
  deps: ScanDeps,
  result: TaskResult,
  progress: () => void,
): Promise<void> {
  const { checker, split } = deps;
  const invalid = result.invalid;
  let records = 0;
  let valid = 0;
  const sink: NdjsonLineSink = {
    line(text, line, bytes, start, end) {
      const problems = checker.text(text);
      if (problems === BLANK) return;
      records++;
      if (problems === null) {
        valid++;
        if (split !== null) {
          split.write(true, bytes, start, end);
          split.endRecord(true);
        }
        return;
      }
      invalid.push({ line, index: null, errors: problems as ValidationIssue[] });
      if (split !== null) {
        split.write(false, bytes, start, end);
        split.endRecord(false);
      }
    },
    badLine(problem, line, bytes, start, end) {
      records++;
      invalid.push({ line, index: null, errors: [parseProblem(problem.message)] });
      if (split !== null) {
        split.write(false, bytes, start, end);
        split.endRecord(false);
      }
    },
    skipped(bytes, start, end) {
      split?.write(false, bytes, start, end);
    },
  };
  const framer = new NdjsonFramer(sink, { maxLineBytes: settings.maxLineBytes, bom: task.start === 0, codec: nodeTextCodec });
  let reportedRecords = 0;
  try {
    for await (const chunk of chunks) {
      framer.push(chunk);
      split?.flush();
      progress();
      deps.progress(0, records - reportedRecords);
      reportedRecords = records;
    }
    framer.end();
    split?.flush();
  } finally {
    // A read error mid-file still leaves what was validated before it in the report.
    progress();
    deps.progress(0, records - reportedRecords);
    result.records = records;
    result.valid = valid;
    result.lines = framer.lines;
  }
  if (framer.lines === 0 && task.start === 0 && task.end === null) result.warning = "empty file: no records";
  else if (records === 0 && task.start === 0 && task.end === null) result.warning = "no records: every line is blank";
}

async function scanJson(
  chunks: AsyncIterable<Buffer>,
  settings: ScanSettings,
  deps: ScanDeps,
  result: TaskResult,
  progress: () => void,
): Promise<void> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    // JSON.parse needs the whole document in memory; NDJSON is the format for big exports.
    if (size > settings.maxJsonBytes) {
      throw new Error(`too large for a .json document (over ${settings.maxJsonBytes} bytes); store big exports as NDJSON`);
    }
    parts.push(chunk);
    progress();
  }
  let bytes = Buffer.concat(parts, size);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const one = (errors: ValidationIssue[], index: number | null = null): InvalidRecord => ({ line: null, index, errors });
  if (!isUtf8(bytes)) {
    result.records = 1;
    result.invalid.push(one([parseProblem("invalid UTF-8 in the document")]));
    return;
  }
  const text = bytes.toString("utf8");
  if (text.trim() === "") {
    result.records = 1;
    result.invalid.push(one([parseProblem("empty file: expected a JSON object or an array of objects")]));
    return;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    result.records = 1;
    const problem = jsonParseProblem(e);
    result.invalid.push(one([{ ...problem, message: problem.message + where(text, e) }]));
    return;
  }
  const records = Array.isArray(doc) ? doc : [doc];
  for (let i = 0; i < records.length; i++) {
    const problems = deps.checker.value(records[i]);
    if (problems !== null) result.invalid.push(one(problems, Array.isArray(doc) ? i : null));
  }
  result.records = records.length;
  result.valid = records.length - result.invalid.length;
  deps.progress(0, records.length);
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
