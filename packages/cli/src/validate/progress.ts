import { formatBytes } from "./bytes.js";

export interface Progress {
  add(bytes: number, records: number): void;
  /** Wipes the bar's line so a report line can be printed; the bar redraws on the next update. */
  clearLine(): void;
  stop(): void;
}

const NONE: Progress = { add() {}, clearLine() {}, stop() {} };

/**
 * A bar on stderr (records/s, bytes done, ETA) only when stderr is a terminal
 * and not turned off. With no total (stdin, a FIFO) there is no percentage or
 * ETA to show, only what has been done.
 */
// cli-progress is loaded only when a bar will be drawn: most runs are piped and never pay for it.
export async function createProgress(enabled: boolean, totalBytes: number | null): Promise<Progress> {
  if (!enabled || !process.stderr.isTTY) return NONE;
  const { default: cliProgress } = await import("cli-progress");
  const started = Date.now();
  let records = 0;
  let bytes = 0;
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format:
      totalBytes === null
        ? "{done} read | {records} records | {rate} records/s"
        : "{bar} {percentage}% | {done} of {size} | {records} records | {rate} records/s | ETA {eta_formatted}",
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
    etaBuffer: 50,
  });
  const payload = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    return { done: formatBytes(bytes), size: formatBytes(total), records, rate: Math.round(records / seconds) };
  };
  const total = Math.max(totalBytes ?? 0, 1);
  bar.start(total, 0, payload());
  return {
    add(b, r) {
      bytes += b;
      records += r;
      bar.update(Math.min(bytes, total), payload());
    },
    clearLine() {
      process.stderr.write("\r\x1b[2K");
    },
    stop() {
      bar.stop();
    },
  };
}
