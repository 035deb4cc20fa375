/**
 * Worker thread entry: scans the tasks the pool sends, one at a time.
 * Split output goes to per-task temp files that the main thread appends in
 * task order, so output stays deterministic and nothing big crosses threads.
 */
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import type { FromWorker, ToWorker, WorkerSetup } from "./pool.js";
import { scanTask } from "./scan.js";
import { createChecker } from "./setup.js";
import { SplitSink } from "./split-sink.js";

const setup = workerData as WorkerSetup;
const checker = createChecker(setup.settings);
const port = parentPort!;

port.on("message", async ({ task }: ToWorker) => {
  const fds: [number | null, number | null] = [
    setup.splitDir !== null && setup.split[0] ? openSync(join(setup.splitDir, `${task.id}.valid`), "w") : null,
    setup.splitDir !== null && setup.split[1] ? openSync(join(setup.splitDir, `${task.id}.invalid`), "w") : null,
  ];
  const split = fds[0] !== null || fds[1] !== null ? new SplitSink(fds) : null;
  let bytes = 0;
  let records = 0;
  let last = Date.now();
  const result = await scanTask(task, setup.settings, {
    checker,
    split,
    progress(b, r) {
      bytes += b;
      records += r;
      const now = Date.now();
      if (now - last >= 100) {
        last = now;
        port.postMessage({ type: "progress", bytes, records } satisfies FromWorker);
        bytes = 0;
        records = 0;
      }
    },
  });
  for (const fd of fds) if (fd !== null) closeSync(fd);
  port.postMessage({ type: "done", result, bytes, records } satisfies FromWorker);
});
