import { join } from "node:path";
import { Worker } from "node:worker_threads";
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

export type ToWorker = { task: Task };
export type FromWorker =
  | { type: "progress"; bytes: number; records: number }
  | { type: "done"; result: TaskResult; bytes: number; records: number };

/**
 * Runs tasks on `size` worker threads and hands results to `onResult`
 * strictly in task order, whatever order they finish in. At most
 * 2 x size tasks run ahead of the oldest unreported one, which bounds
 * the results (and split temp files) waiting for their turn.
 */
export function runPool(
  tasks: readonly Task[],
  size: number,
  setup: WorkerSetup,
  onProgress: (bytes: number, records: number) => void,
  onResult: (task: Task, result: TaskResult) => void,
): Promise<void> {
  const window = size * 2;
  const finished = new Map<number, TaskResult>();
  let next = 0;
  let emitted = 0;
  let closed = false;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const busy = new Map<Worker, Task | null>();

    const emitReady = () => {
      try {
        for (let r = finished.get(emitted); r !== undefined; r = finished.get(emitted)) {
          finished.delete(emitted);
          onResult(tasks[emitted]!, r);
          emitted++;
        }
      } catch (e) {
        shutdown();
        reject(e);
        return;
      }
      if (emitted === tasks.length) {
        shutdown();
        resolve();
      }
    };
    const dispatch = (w: Worker) => {
      if (next < tasks.length && next < emitted + window) {
        const task = tasks[next++]!;
        busy.set(w, task);
        w.postMessage({ task } satisfies ToWorker);
      } else {
        busy.set(w, null);
      }
    };
    const dispatchIdle = () => {
      for (const [w, t] of busy) if (t === null) dispatch(w);
    };
    const spawn = (): Worker => {
      // A smaller young generation (8 MiB semi-spaces instead of V8's 16) keeps each worker's
      // short-lived garbage from adding up across threads: 1M invalid records peaked at about
      // 205-210 MiB of whole-process RSS with the default and 180-182 MiB with this, with no
      // slowdown seen (BENCH_ONLY=memory pnpm --filter @gcore-billing/cli bench).
      const w = new Worker(new URL("./worker.js", import.meta.url), {
        workerData: setup,
        resourceLimits: { maxYoungGenerationSizeMb: 24 },
      });
      w.on("message", (m: FromWorker) => {
        onProgress(m.bytes, m.records);
        if (m.type !== "done") return;
        finished.set(m.result.id, m.result);
        busy.set(w, null);
        emitReady();
        dispatchIdle();
      });
      // A crashed worker fails only the task it had; a fresh worker takes its place.
      w.on("error", (e) => {
        const task = busy.get(w);
        busy.delete(w);
        workers.splice(workers.indexOf(w), 1);
        void w.terminate();
        if (task) finished.set(task.id, crashed(task, e));
        if (closed) return;
        const fresh = spawn();
        workers.push(fresh);
        dispatch(fresh);
        emitReady();
      });
      return w;
    };
    const shutdown = () => {
      closed = true;
      for (const w of workers) void w.terminate();
      workers.length = 0;
      busy.clear();
    };
    for (let i = 0; i < Math.min(size, tasks.length); i++) {
      const w = spawn();
      workers.push(w);
      dispatch(w);
    }
    if (tasks.length === 0) resolve();
  });
}

function crashed(task: Task, e: Error): TaskResult {
  return emptyResult(task.id, `worker failed: ${e.message}`);
}
