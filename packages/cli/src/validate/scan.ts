import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import * as zlib from "node:zlib";
import {
  type FastScanner,
  type Gunzip,
  type GzipReadError,
  nodeGunzip,
  type ReadSummary,
  readRecords,
  type ValueCheck,
} from "@gcore-billing/validators";
import { nodeTextCodec } from "./codec.js";
import { ioMessage } from "./io-error.js";
import { OutputError } from "./outputs.js";
import { StdoutClosed } from "./report.js";
import type { SplitSink } from "./split-sink.js";
import { emptyResult, type InvalidRecord, type ScanSettings, type Task, type TaskResult } from "./task.js";

/** Read size: large enough that per-chunk costs vanish, small enough for flat memory. */
const CHUNK_BYTES = 256 << 10;

export interface ScanDeps {
  check: ValueCheck;
  /** The schema's byte scanner, tried on each NDJSON line before decoding; undefined for none. */
  fastPath: FastScanner | undefined;
  split: SplitSink | null;
  /** Each invalid record as soon as it is found: nothing is collected per task. */
  invalid(record: InvalidRecord): void;
  /** Bytes read from disk (compressed bytes for gzip) and records checked since the last call. */
  progress(bytes: number, records: number): void;
  /** Awaited after each chunk: the outputs' back-pressure (a slow stdout or FIFO holds the reading back). */
  ready?(): Promise<void>;
}

/** Node's zlib member by member: every complete member is read, and trailing data is reported with its offset. */
const gunzip: Gunzip = nodeGunzip(zlib);

/**
 * Reads and validates one task through the one record reader. Bad data and
 * input I/O errors end up in the result; only an output failure (OutputError)
 * is thrown, as it ends the whole run.
 */
export async function scanTask(task: Task, settings: ScanSettings, deps: ScanDeps): Promise<TaskResult> {
  const result = emptyResult(task.id);
  const { split } = deps;
  let handle: FileHandle | null = null;
  let rawBytes = 0;
  let records = 0;
  let valid = 0;
  let reported = { bytes: 0, records: 0 };
  const progress = () => {
    deps.progress(rawBytes - reported.bytes, records - reported.records);
    reported = { bytes: rawBytes, records };
  };
  try {
    let raw: AsyncIterable<Buffer>;
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
    const counted = (async function* () {
      for await (const chunk of raw) {
        rawBytes += chunk.length;
        yield chunk;
        split?.flush();
        progress();
        await deps.ready?.();
      }
    })();
    const summary = await readRecords(
      counted,
      {
        record(_value, issues, line, index, bytes, start, end) {
          records++;
          if (issues === null) valid++;
          else deps.invalid({ line, index, errors: issues });
          // Also for an empty range (an over-long line, already copied by `skipped`): it still needs its line end.
          if (split !== null) split.record(issues === null, bytes, start, end);
        },
        skipped(bytes, start, end) {
          split?.write(false, bytes, start, end);
        },
      },
      {
        format: task.input.format === "sniff" ? "auto" : task.input.format,
        check: deps.check,
        fastPath: deps.fastPath,
        maxLineBytes: settings.maxLineBytes,
        maxDocumentBytes: settings.maxJsonBytes,
        // A range after the first starts mid-file: a BOM can only be at offset 0.
        bom: task.start === 0,
        codec: nodeTextCodec,
        gunzip,
      },
    );
    split?.flush();
    takeCounts(result, summary);
    result.error = await sizeProblem(task, handle, rawBytes);
    if (result.error === null && task.start === 0 && task.end === null && summary.records === 0) {
      result.warning = summary.lines === 0 ? "empty file: no records" : "no records: every line is blank";
    }
  } catch (e) {
    if (e instanceof StdoutClosed) throw e;
    if (e instanceof OutputError) {
      result.fatal = e.message;
    } else {
      // Counted records were handed to the split output too: both go out, so counts and lines agree.
      split?.flush();
      // A read error mid-file still leaves what was validated before it in the report. After
      // trailing data behind complete gzip members the reader was ended, so its counts are whole.
      const summary = (e as GzipReadError & { summary?: ReadSummary }).summary;
      result.error = ioMessage(e);
      if (summary !== undefined) {
        takeCounts(result, summary);
      } else {
        result.records = records;
        result.valid = valid;
      }
    }
  } finally {
    progress();
    await handle?.close().catch(() => {});
  }
  return result;
}

/** A regular file must still have the size it had when the run was planned, and all of it must have been read. */
async function sizeProblem(task: Task, handle: FileHandle | null, rawBytes: number): Promise<string | null> {
  const planned = task.input.size;
  if (handle === null || planned === null) return null;
  const now = (await handle.stat()).size;
  if (now !== planned) return `file changed size while being read (${planned} bytes when the run started, ${now} now)`;
  const expected = (task.end ?? planned) - task.start;
  if (rawBytes !== expected) return `file changed while being read: expected ${expected} bytes from offset ${task.start}, got ${rawBytes}`;
  return null;
}

/** The reader's counts become the task's: after a whole read, or after trailing gzip data ended it. */
function takeCounts(result: TaskResult, summary: ReadSummary): void {
  result.format = summary.format;
  result.records = summary.records;
  result.valid = summary.valid;
  result.fastPath = summary.fastPath;
  result.blank = summary.blank;
  result.lines = summary.lines;
}
