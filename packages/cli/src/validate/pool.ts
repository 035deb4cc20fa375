import { rmSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { UsageError } from "./outputs.js";
import { emptyResult, type ScanSettings, type Task, type TaskResult } from "./task.js";

export interface WorkerSetup {
  settings: ScanSettings;
  /** Where workers put per-task files (invalid records, split output) until the main thread replays them. */
  spoolDir: string;
  split: [valid: boolean, invalid: boolean];
}

/** The per-task files in the spool folder. */
export function spoolPaths(dir: string, id: number): { report: string; valid: string; invalid: string } {
  return { report: join(dir, `${id}.report`), valid: join(dir, `${id}.valid`), invalid: join(dir, `${id}.invalid`) };
}

/** A failed attempt's half-written spool files: never replayed, so its lines never reach an output. */
export function discardSpool(dir: string, id: number): void {
  for (const path of Object.values(spoolPaths(dir, id))) rmSync(path, { force: true });
}

export type ToWorker = { task: Task; attempt: number };
export type FromWorker =
  | { type: "progress"; bytes: number; records: number }
  | { type: "done"; result: TaskResult; bytes: number; records: number };

/**
 * A worker's heap limit, in MiB. With an explicit limit, running out of heap
 * ends only that worker (ERR_WORKER_OUT_OF_MEMORY, recoverable) instead of
 * V8's fatal error, which aborts the whole process. JSON.parse of one line
 * builds objects several times its size, so the limit grows with
 * --max-line-bytes; 1 MiB lines (the default) get 256 + 16 MiB.
 */
export function workerHeapMb(maxLineBytes: number, env: string | undefined = process.env.GCORE_BILLING_WORKER_HEAP_MB): number {
  // GCORE_BILLING_WORKER_HEAP_MB (documented in --help) overrides it: a smaller limit for a
  // machine with many cores and little memory, or a larger one for records that parse big.
  return heapFromEnv(env) ?? Math.min(4096, 256 + 16 * Math.ceil(maxLineBytes / (1 << 20)));
}

/** The environment's worker heap limit in MiB: undefined when unset or empty; throws a UsageError when it is not a whole number >= 16. */
export function heapFromEnv(env: string | undefined): number | undefined {
  if (env === undefined || env.trim() === "") return undefined;
  // Below 16 MiB a worker cannot even load the validators.
  if (!/^\d+$/.test(env.trim()) || Number(env) < 16) {
    throw new UsageError(`GCORE_BILLING_WORKER_HEAP_MB=${env}: expected a whole number of MiB, at least 16`);
  }
  return Math.min(16384, Number(env));
}

/**
 * Runs tasks on `size` worker threads and hands results to `onResult`
 * strictly in task order, whatever order they finish in, one at a time
 * (`onResult` is awaited: it copies spool files to the outputs with
 * back-pressure). At most 2 x size tasks run ahead of the oldest unreported
 * one, which bounds the results (and spool files) waiting for their turn.
 *
 * A worker that dies (out of memory, a crash, an exit) fails only its task:
 * that task's spool files are discarded and it runs once more on a fresh
 * worker; if it fails again, its result is an error naming why, and none of
 * its records count.
 */
export function runPool(
  tasks: readonly Task[],
  size: number,
  setup: WorkerSetup,
  heapMb: number,
  onProgress: (bytes: number, records: number) => void,
  onResult: (task: Task, result: TaskResult) => Promise<void>,
): Promise<void> {
  const window = size * 2;
  const finished = new Map<number, TaskResult>();
  const retries: { task: Task; attempt: number }[] = [];
  let next = 0;
  let emitted = 0;
  let closed = false;
  let draining = false;
  return new Promise((resolve, reject) => {
    const workers = new Set<Worker>();
    const busy = new Map<Worker, { task: Task; attempt: number } | null>();

    const fail = (e: unknown) => {
      shutdown();
      reject(e);
    };
    const emitReady = async () => {
      if (draining || closed) return;
      draining = true;
      try {
        // Keyed by task id: a run may hand the pool a slice of its tasks (stdin is read on the main thread).
        for (let r = finished.get(tasks[emitted]?.id ?? -1); r !== undefined; r = finished.get(tasks[emitted]?.id ?? -1)) {
          finished.delete(tasks[emitted]!.id);
          await onResult(tasks[emitted]!, r);
          emitted++;
          dispatchIdle();
        }
      } catch (e) {
        draining = false;
        fail(e);
        return;
      }
      draining = false;
      if (emitted === tasks.length) {
        shutdown();
        resolve();
      }
    };
    const dispatch = (w: Worker) => {
      const retry = retries.shift();
      if (retry !== undefined) {
        busy.set(w, retry);
        w.postMessage(retry satisfies ToWorker);
      } else if (next < tasks.length && next < emitted + window) {
        const job = { task: tasks[next++]!, attempt: 0 };
        busy.set(w, job);
        w.postMessage(job satisfies ToWorker);
      } else {
        busy.set(w, null);
      }
    };
    const dispatchIdle = () => {
      for (const [w, t] of busy) if (t === null) dispatch(w);
    };
    const died = (w: Worker, why: string) => {
      if (!workers.has(w)) return;
      const job = busy.get(w) ?? null;
      workers.delete(w);
      busy.delete(w);
      void w.terminate();
      if (closed) return;
      if (job !== null) {
        discardSpool(setup.spoolDir, job.task.id);
        if (job.attempt === 0) retries.push({ task: job.task, attempt: 1 });
        else finished.set(job.task.id, crashed(job.task, why));
      }
      const fresh = spawn();
      dispatch(fresh);
      void emitReady();
    };
    const spawn = (): Worker => {
      // A smaller young generation (8 MiB semi-spaces instead of V8's 16) keeps each worker's
      // short-lived garbage from adding up across threads: 1M invalid records peaked at about
      // 205-210 MiB of whole-process RSS with the default and 180-182 MiB with this, with no
      // slowdown seen (BENCH_ONLY=memory pnpm --filter @gcore-billing/cli bench).
      const w = new Worker(new URL("./worker.js", import.meta.url), {
        workerData: setup,
        // The young generation is not more than the old one can take in, whatever the limit.
        resourceLimits: { maxYoungGenerationSizeMb: Math.min(24, Math.floor(heapMb / 2)), maxOldGenerationSizeMb: heapMb },
      });
      workers.add(w);
      w.on("message", (m: FromWorker) => {
        onProgress(m.bytes, m.records);
        if (m.type !== "done") return;
        finished.set(m.result.id, m.result);
        busy.set(w, null);
        dispatch(w);
        void emitReady();
      });
      w.on("error", (e: Error & { code?: string }) => {
        const why =
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? `ran out of memory (ERR_WORKER_OUT_OF_MEMORY, heap limit ${heapMb} MiB); a lower --max-line-bytes bounds what one line can take, GCORE_BILLING_WORKER_HEAP_MB raises the limit`
            : e.message;
        died(w, why);
      });
      // An exit without an error event (process.exit in the worker, a terminated thread) is a death too.
      w.on("exit", (code) => died(w, `exited with code ${code}`));
      return w;
    };
    const shutdown = () => {
      closed = true;
      for (const w of workers) void w.terminate();
      workers.clear();
      busy.clear();
    };
    for (let i = 0; i < Math.min(size, tasks.length); i++) dispatch(spawn());
    if (tasks.length === 0) resolve();
  });
}

function crashed(task: Task, why: string): TaskResult {
  const range = task.start > 0 || task.end !== null ? ` on bytes ${task.start} to ${task.end ?? "the end"}` : "";
  return emptyResult(task.id, `the worker thread${range} failed twice (${why}); none of its records were counted`);
}
