import { open } from "node:fs/promises";
import { isGzip } from "@gcore-billing/validators";
import type { Input, Task } from "./task.js";

const MIN_RANGE = 4 << 20;
const MAX_RANGE = 64 << 20;

/**
 * One task per input, except big uncompressed NDJSON files when several workers
 * run: those are cut into newline-aligned byte ranges, about four per worker
 * so a slow range does not leave the other workers idle at the end.
 */
export async function planTasks(inputs: readonly Input[], workers: number): Promise<Task[]> {
  const tasks: Task[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    const size = input.size;
    const splittable = workers > 1 && input.format === "ndjson" && input.path !== null && size !== null;
    const rangeSize = Math.min(MAX_RANGE, Math.max(MIN_RANGE, Math.ceil((size ?? 0) / (workers * 4))));
    if (!splittable || size < 2 * rangeSize) {
      tasks.push({ id: tasks.length, inputIndex: i, input, start: 0, end: null });
      continue;
    }
    const bounds = await lineBoundaries(input.path!, size, rangeSize).catch(() => null);
    // Unreadable here means unreadable for the task too; let the task report it.
    if (bounds === null) {
      tasks.push({ id: tasks.length, inputIndex: i, input, start: 0, end: null });
      continue;
    }
    for (let k = 0; k + 1 < bounds.length; k++) {
      const last = k + 2 === bounds.length;
      tasks.push({ id: tasks.length, inputIndex: i, input, start: bounds[k]!, end: last ? null : bounds[k + 1]! });
    }
  }
  return tasks;
}

/** [0, b1, ..., size]: each inner bound just after an LF, near a multiple of rangeSize. */
async function lineBoundaries(path: string, size: number, rangeSize: number): Promise<number[]> {
  const handle = await open(path, "r");
  try {
    const buf = Buffer.allocUnsafe(64 * 1024);
    // gzip (told by its bytes, not its name) is one stream: it cannot be cut.
    const head = await handle.read(buf, 0, 2, 0);
    if (isGzip(buf.subarray(0, head.bytesRead))) return [0, size];
    const bounds = [0];
    let target = rangeSize;
    while (target < size) {
      let at = Math.max(target, bounds[bounds.length - 1]!);
      let found = -1;
      while (found === -1 && at < size) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, at);
        if (bytesRead === 0) break;
        const nl = buf.subarray(0, bytesRead).indexOf(10);
        if (nl !== -1) found = at + nl + 1;
        else at += bytesRead;
      }
      if (found === -1 || found >= size) break;
      bounds.push(found);
      target = found + rangeSize;
    }
    bounds.push(size);
    return bounds;
  } finally {
    await handle.close();
  }
}
