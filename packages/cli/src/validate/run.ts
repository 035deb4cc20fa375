import { closeSync, mkdtempSync, openSync, readSync, realpathSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expandInputs, type FormatOption } from "./inputs.js";
import { planTasks } from "./plan.js";
import { runPool } from "./pool.js";
import { createProgress } from "./progress.js";
import { createReporter } from "./report.js";
import { scanTask } from "./scan.js";
import { createChecker } from "./setup.js";
import { SplitSink, writeAll } from "./split-sink.js";
import type { ScanSettings, Task, TaskResult } from "./task.js";

export interface ValidateOptions {
  paths: string[];
  schema: string;
  workers: number;
  reporter: "text" | "json";
  validOut: string | undefined;
  invalidOut: string | undefined;
  rules: boolean;
  format: FormatOption;
  maxLineBytes: number;
  progress: boolean;
}

/** A mistake in how the command was called: exit 2 before any input is read. */
export class UsageError extends Error {}

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_ERROR = 2;

const MAX_JSON_BYTES = 256 << 20;

/**
 * Exit codes: 0 every record valid; 1 some record invalid; 2 a usage error
 * (before anything is read) or an input that could not be read. A read
 * error wins over invalid records: the run did not see everything, so "1"
 * would claim more than it knows. Either way every other input is still
 * validated and reported.
 */
export async function runValidate(opts: ValidateOptions): Promise<number> {
  const settings: ScanSettings = {
    schema: opts.schema,
    rules: opts.rules,
    maxLineBytes: opts.maxLineBytes,
    maxJsonBytes: MAX_JSON_BYTES,
  };
  const checker = createChecker(settings);
  const expanded = await expandInputs(opts.paths, opts.format);
  const outputs = openOutputs(
    opts,
    expanded.inputs.map((i) => i.path),
  );

  const totalBytes = expanded.inputs.reduce((sum, i) => sum + (i.size ?? 0), 0);
  const progress = await createProgress(opts.progress, totalBytes);
  const reporter = createReporter(opts.reporter, () => progress.clearLine());
  let ioErrors = 0;
  for (const e of expanded.errors) {
    ioErrors++;
    reporter.ioError(e.display, e.message);
  }

  const summary = { files: 0, records: 0, valid: 0, invalid: 0 };
  const inputs = expanded.inputs;
  const lineBase = new Array<number>(inputs.length).fill(0);
  const broken = new Array<boolean>(inputs.length).fill(false);
  const opened = new Array<boolean>(inputs.length).fill(false);
  let warnedJsonSplit = false;

  const workers = Math.max(1, opts.workers);
  const tasks = await planTasks(inputs, workers);
  const splitDir =
    outputs.fds.some((fd) => fd !== null) && workers > 1 && tasks.length > 1 ? mkdtempSync(join(tmpdir(), "gcore-billing-")) : null;

  const onResult = (task: Task, result: TaskResult) => {
    const i = task.inputIndex;
    const input = task.input;
    if (result.opened && !opened[i]) {
      opened[i] = true;
      summary.files++;
    }
    if (splitDir !== null) appendSplitFiles(splitDir, task.id, outputs.fds);
    // After a failed range the line numbers of later ranges are unknown: the error already says the file was not fully read.
    if (broken[i]) return;
    for (const rec of result.invalid) {
      reporter.invalid(input.display, rec.line === null ? rec : { ...rec, line: rec.line + lineBase[i]! });
    }
    lineBase[i]! += result.lines;
    summary.records += result.records;
    summary.valid += result.valid;
    summary.invalid += result.records - result.valid;
    if (result.warning !== null) reporter.warning(input.display, result.warning);
    if (result.format === "json" && outputs.fds.some((fd) => fd !== null) && !warnedJsonSplit) {
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

  try {
    if (workers === 1 || tasks.length <= 1) {
      // One thread: no worker start-up cost, and split output goes straight to the files.
      const split = outputs.fds.some((fd) => fd !== null) ? new SplitSink(outputs.fds) : null;
      for (const task of tasks) {
        onResult(task, await scanTask(task, settings, { checker, split, progress: (b, r) => progress.add(b, r) }));
      }
    } else {
      await runPool(
        tasks,
        workers,
        { settings, splitDir, split: [outputs.fds[0] !== null, outputs.fds[1] !== null] },
        (b, r) => progress.add(b, r),
        onResult,
      );
    }
  } finally {
    progress.stop();
    for (const fd of outputs.fds) if (fd !== null) closeSync(fd);
    if (splitDir !== null) rmSync(splitDir, { recursive: true, force: true });
  }
  reporter.end(summary);
  if (ioErrors > 0) return EXIT_ERROR;
  return summary.invalid > 0 ? EXIT_INVALID : EXIT_VALID;
}

function openOutputs(opts: ValidateOptions, inputPaths: readonly (string | null)[]): { fds: [number | null, number | null] } {
  const inputs = new Set(inputPaths.filter((p): p is string => p !== null).map(canonical));
  const open = (file: string | undefined, flag: string): number | null => {
    if (file === undefined) return null;
    if (inputs.has(canonical(resolve(file))))
      throw new UsageError(`${flag} ${file} is also an input; it would be overwritten while being read`);
    try {
      return openSync(file, "w");
    } catch (e) {
      throw new UsageError(`${flag} ${file}: cannot open for writing: ${(e as Error).message}`);
    }
  };
  if (opts.validOut !== undefined && opts.validOut === opts.invalidOut) {
    throw new UsageError("--valid-out and --invalid-out must be different files");
  }
  const valid = open(opts.validOut, "--valid-out");
  try {
    return { fds: [valid, open(opts.invalidOut, "--invalid-out")] };
  } catch (e) {
    if (valid !== null) closeSync(valid);
    throw e;
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function appendSplitFiles(dir: string, id: number, fds: readonly [number | null, number | null]): void {
  const buf = Buffer.allocUnsafe(1 << 20);
  for (const [k, name] of [
    [0, "valid"],
    [1, "invalid"],
  ] as const) {
    const out = fds[k];
    if (out === null) continue;
    const path = join(dir, `${id}.${name}`);
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch {
      continue; // The worker crashed before creating it: nothing to copy.
    }
    try {
      for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) writeAll(out, buf.subarray(0, n));
    } finally {
      closeSync(fd);
      unlinkSync(path);
    }
  }
}
