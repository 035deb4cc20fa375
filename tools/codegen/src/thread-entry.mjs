// Entry of a generator worker thread (see threads.ts). Plain JavaScript so it can load the
// TypeScript sources itself: hooks registered at run time in the parent are not inherited.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { module, exportPath } = workerData;
let target;
let holder;
try {
  // Importing first, before the arguments arrive, is the point: the parent is still loading the spec.
  const mod = await import(module);
  holder = mod;
  target = mod;
  for (const key of exportPath.split(".")) {
    holder = target;
    target = target?.[key];
  }
  if (typeof target !== "function") throw new Error(`${module} has no function ${exportPath}`);
} catch (error) {
  target = error;
}
parentPort.once("message", async (args) => {
  try {
    if (target instanceof Error) throw target;
    parentPort.postMessage({ ok: true, value: await target.apply(holder, args) });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const reply = (fields) => ({ ok: false, error: { name: e.name, message: e.message, stack: e.stack, fields } });
    try {
      parentPort.postMessage(reply({ ...e }));
    } catch {
      parentPort.postMessage(reply({})); // Some own property of the error cannot be cloned.
    }
  }
});
