import { Worker } from "node:worker_threads";
import { SpecError } from "./errors.ts";

/** A function of a generator module, already imported in its own thread, waiting for its arguments. */
export interface Thread<A extends unknown[], R> {
  run(...args: A): Promise<R>;
  cancel(): void;
}

type Reply =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; message: string; stack?: string; fields: Record<string, unknown> } };

/**
 * Starts a worker thread that imports `module` at once and calls `exportPath` (e.g. `plugin.emit`)
 * with the arguments given to `run` later. Arguments and results are structured-cloned (the
 * model is a few MB: tens of milliseconds), and a SpecError thrown in the thread is thrown again
 * here as a SpecError, so callers see the same errors as in one thread.
 */
export function startThread<A extends unknown[], R>(module: URL, exportPath: string): Thread<A, R> {
  const worker = new Worker(new URL("./thread-entry.mjs", import.meta.url), {
    workerData: { module: module.href, exportPath },
  });
  let settled = false;
  const reply = new Promise<R>((resolve, reject) => {
    worker.once("message", (m: Reply) => {
      settled = true;
      void worker.terminate();
      if (m.ok) return resolve(m.value as R);
      reject(revive(m.error));
    });
    worker.once("error", (e) => {
      settled = true;
      reject(e);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`generator thread for ${module.pathname} exited with code ${code} before it answered`));
    });
  });
  // Nobody may be waiting yet (cancel before run): never an unhandled rejection.
  reply.catch(() => {});
  return {
    run(...args) {
      worker.postMessage(args);
      return reply;
    },
    cancel() {
      settled = true;
      void worker.terminate();
    },
  };
}

function revive(e: { name: string; message: string; stack?: string; fields: Record<string, unknown> }): Error {
  if (e.name === "SpecError") {
    const f = e.fields as { file: string; pointer: string; detail: string; position?: { line: number; col: number } };
    return new SpecError(f.file, f.pointer, f.detail, f.position);
  }
  const error = new Error(e.message);
  error.name = e.name;
  if (e.stack) error.stack = e.stack;
  return error;
}
