/**
 * Worker thread entry: scans the tasks the pool sends, one at a time.
 * Split output and invalid records go to per-task temp files that the main
 * thread replays in task order, so output stays deterministic and nothing
 * big crosses threads or waits in memory.
 */
import { closeSync, openSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { type FromWorker, spoolPaths, type ToWorker, type WorkerSetup } from "./pool.js";
import { scanTask } from "./scan.js";
import { createCheck, createFastPath } from "./setup.js";
import { type OutputFd, SplitSink, syncSink } from "./split-sink.js";
import { ReportSpool } from "./spool.js";
import { emptyResult, type TaskResult } from "./task.js";

const setup = workerData as WorkerSetup;
const check = createCheck(setup.settings);
const fastPath = createFastPath(setup.settings);
const port = parentPort!;

/**
 * Test seam for the pool's recovery: the first attempt at every task (every
 * attempt with GCORE_BILLING_TEST_WORKER_EXIT_ALWAYS=1) ends the thread after
 * this many records, as a crash or an out-of-memory kill would, with its
 * spool files half written. Never set outside the CLI's own tests.
 */
const exitAfter = Number(process.env.GCORE_BILLING_TEST_WORKER_EXIT_AFTER ?? Number.NaN);
const exitAlways = process.env.GCORE_BILLING_TEST_WORKER_EXIT_ALWAYS === "1";

port.on("message", async ({ task, attempt }: ToWorker) => {
  const paths = spoolPaths(setup.spoolDir, task.id);
  const opened: OutputFd[] = [];
  const openOut = (name: string): OutputFd => {
    const out = { fd: openSync(name, "w"), name: `temporary file ${name}` };
    opened.push(out);
    return out;
  };
  let result: TaskResult;
  let bytes = 0;
  let records = 0;
  let seen = 0;
  try {
    const split =
      setup.split[0] || setup.split[1]
        ? new SplitSink([setup.split[0] ? syncSink(openOut(paths.valid)) : null, setup.split[1] ? syncSink(openOut(paths.invalid)) : null])
        : null;
    const spool = new ReportSpool(openOut(paths.report));
    let last = Date.now();
    result = await scanTask(task, setup.settings, {
      check,
      fastPath,
      split,
      invalid: (record) => spool.add(record),
      progress(b, r) {
        bytes += b;
        records += r;
        seen += r;
        if ((attempt === 0 || exitAlways) && seen >= exitAfter) {
          split?.flush();
          spool.flush();
          process.exit(70);
        }
        const now = Date.now();
        if (now - last >= 100) {
          last = now;
          port.postMessage({ type: "progress", bytes, records } satisfies FromWorker);
          bytes = 0;
          records = 0;
        }
      },
    });
    if (result.fatal === null) spool.flush();
  } catch (e) {
    // Only the temp files can fail here (a full temp folder): the run cannot go on.
    result = { ...emptyResult(task.id), fatal: e instanceof Error ? e.message : String(e) };
  } finally {
    for (const out of opened) closeSync(out.fd);
  }
  port.postMessage({ type: "done", result, bytes, records } satisfies FromWorker);
});
