import { closeSync, mkdtempSync, openSync, readSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expandInputs, type FormatOption } from "./inputs.js";
import { abortOutputs, commitOutputs, OutputError, openOutputs, removeTemp, trackTemp } from "./outputs.js";
import { planTasks } from "./plan.js";
import { runPool, spoolPaths } from "./pool.js";
import { createProgress } from "./progress.js";
import { createReporter, type ReporterKind, StdoutClosed } from "./report.js";
import { scanTask } from "./scan.js";
import { createCheck } from "./setup.js";
import { type OutputFd, SplitSink, writeAll } from "./split-sink.js";
import { replaySpool } from "./spool.js";
import type { InvalidRecord, ScanSettings, Task, TaskResult } from "./task.js";

export { UsageError } from "./outputs.js";

export interface ValidateOptions {
  paths: string[];
  schema: string;
  workers: number;
  reporter: ReporterKind;
  validOut: string | undefined;
  invalidOut: string | undefined;
  rules: boolean;
  format: FormatOption;
  maxLineBytes: number;
  progress: boolean;
}

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_ERROR = 2;

const MAX_JSON_BYTES = 256 << 20;

/**
 * Exit codes: 0 every record valid; 1 some record invalid; 2 a usage error
 * (before anything is read), an input that could not be read, or an output
 * that could not be written. A read error wins over invalid records: the run
 * did not see everything, so "1" would claim more than it knows. Either way
 * every other input is still validated and reported. When stdout's reader
 * goes away (`| head -1`) the run stops quietly with the code so far.
 */
export async function runValidate(opts: ValidateOptions): Promise<number> {
  const settings: ScanSettings = {
    schema: opts.schema,
    rules: opts.rules,
    maxLineBytes: opts.maxLineBytes,
    maxJsonBytes: MAX_JSON_BYTES,
  };
  const check = createCheck(settings);
  const expanded = await expandInputs(opts.paths, opts.format);
  const inputs = expanded.inputs;
  const outputs = openOutputs(
    [
      ["--valid-out", opts.validOut],
      ["--invalid-out", opts.invalidOut],
    ],
    inputs,
  );
  const outFds: [OutputFd | null, OutputFd | null] = [outputs[0] ?? null, outputs[1] ?? null];
  const splitting = outFds.some((o) => o !== null);

  const totalBytes = inputs.every((i) => i.size !== null) ? inputs.reduce((sum, i) => sum + i.size!, 0) : null;
  const progress = await createProgress(opts.progress, totalBytes);
  const reporter = createReporter(opts.reporter, () => progress.clearLine());
  let ioErrors = 0;
  const summary = { files: 0, records: 0, valid: 0, invalid: 0, blank: 0 };
  // Counted as reported, not as tasks finish: a run cut short by `| head -1` still exits 1 for what it showed.
  let invalidSeen = 0;
  const exitCode = () => (ioErrors > 0 ? EXIT_ERROR : invalidSeen > 0 ? EXIT_INVALID : EXIT_VALID);

  const lineBase = new Array<number>(inputs.length).fill(0);
  const broken = new Array<boolean>(inputs.length).fill(false);
  const opened = new Array<boolean>(inputs.length).fill(false);
  let warnedJsonSplit = false;
  let spoolDir: string | null = null;

  const report = (task: Task, rec: InvalidRecord) => {
    invalidSeen++;
    reporter.invalid(task.input.display, rec.line === null ? rec : { ...rec, line: rec.line + lineBase[task.inputIndex]! });
  };
  const onResult = (task: Task, result: TaskResult) => {
    if (result.fatal !== null) throw new OutputError(result.fatal, undefined);
    const i = task.inputIndex;
    const input = task.input;
    if (result.opened && !opened[i]) {
      opened[i] = true;
      summary.files++;
    }
    if (spoolDir !== null) {
      const paths = spoolPaths(spoolDir, task.id);
      appendSpool(paths.valid, outFds[0]);
      appendSpool(paths.invalid, outFds[1]);
      // After a failed range the line numbers of later ranges are unknown: the error already says the file was not fully read.
      if (!broken[i]) replaySpool(paths.report, (rec) => report(task, rec));
      unlinkQuiet(paths.report);
    }
    if (broken[i]) return;
    lineBase[i]! += result.lines;
    summary.records += result.records;
    summary.valid += result.valid;
    summary.invalid += result.records - result.valid;
    summary.blank += result.blank;
    if (result.warning !== null) reporter.warning(input.display, result.warning);
    if (result.format === "json" && splitting && !warnedJsonSplit) {
      warnedJsonSplit = true;
      reporter.warning(
        input.display,
        "--valid-out/--invalid-out copy NDJSON lines only; records of .json files are validated but not copied",
      );
    }
    if (result.error !== null) {
      broken[i] = true;
      ioErrors++;
      reporter.ioError(input.display, result.error);
    }
  };

  let finished = false;
  try {
    for (const e of expanded.errors) {
      ioErrors++;
      reporter.ioError(e.display, e.message);
    }
    for (const w of expanded.warnings) reporter.warning(w.display, w.message);
    const workers = Math.max(1, opts.workers);
    const tasks = await planTasks(inputs, workers);
    if (workers === 1 || tasks.length <= 1) {
      // One thread: no worker start-up cost; records and split output go straight out.
      const split = splitting ? new SplitSink(outFds) : null;
      for (const task of tasks) {
        const result = await scanTask(task, settings, {
          check,
          split,
          invalid: (rec) => report(task, rec),
          progress: (b, r) => progress.add(b, r),
        });
        onResult(task, result);
      }
    } else {
      spoolDir = mkdtempSync(join(tmpdir(), "gcore-billing-"));
      trackTemp(spoolDir);
      await runPool(
        tasks,
        workers,
        { settings, spoolDir, split: [outFds[0] !== null, outFds[1] !== null] },
        (b, r) => progress.add(b, r),
        onResult,
      );
    }
    changedSince(inputs, broken, (display, message) => {
      ioErrors++;
      reporter.ioError(display, message);
    });
    progress.stop();
    reporter.end(summary);
    commitOutputs(outputs);
    finished = true;
    return exitCode();
  } catch (e) {
    if (e instanceof StdoutClosed) return exitCode();
    throw e;
  } finally {
    progress.stop();
    if (!finished) abortOutputs(outputs);
    if (spoolDir !== null) removeTemp(spoolDir);
  }
}

/** A file that changed size since the run started was not read as it is now, whichever worker read which part. */
function changedSince(
  inputs: readonly { display: string; path: string | null; size: number | null }[],
  broken: boolean[],
  error: (d: string, m: string) => void,
): void {
  inputs.forEach((input, i) => {
    if (broken[i] || input.path === null || input.size === null) return;
    let now: number;
    try {
      now = statSync(input.path).size;
    } catch {
      return;
    }
    if (now !== input.size) {
      broken[i] = true;
      error(input.display, `file changed size while being read (${input.size} bytes when the run started, ${now} at the end)`);
    }
  });
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never created (the worker crashed first).
  }
}

function appendSpool(path: string, out: OutputFd | null): void {
  if (out === null) return;
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return; // The worker crashed before creating it: nothing to copy.
  }
  const buf = Buffer.allocUnsafe(1 << 20);
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) writeAll(out, buf.subarray(0, n));
  } finally {
    closeSync(fd);
    unlinkQuiet(path);
  }
}
