import { write } from "node:fs";

/** Bytes queued past this make `ready()` wait: enough to keep a pipe busy, small enough for flat memory. */
const HIGH_WATER = 1 << 20;
/** How long to wait before retrying a non-blocking fd that is full (EAGAIN): a FIFO or pipe whose reader is slow. */
const RETRY_MS = 10;

/**
 * Writes to an fd off the main thread (libuv's pool) or, for a non-blocking
 * fd that is full, by retrying on a timer: the event loop is never blocked,
 * so a stalled reader (a paused pager, a FIFO nobody reads) cannot stop a
 * signal from ending the run. Callers queue with `write` and wait for
 * `ready()` at their own pace, which is the back-pressure.
 */
export class AsyncWriter {
  private queue: Uint8Array[] = [];
  private queued = 0;
  private busy = false;
  private failed: unknown = null;
  private waiters: (() => void)[] = [];

  /** `fail` turns a write error into what the caller should see (OutputError, StdoutClosed). */
  constructor(
    readonly fd: number,
    private readonly fail: (e: unknown) => Error,
  ) {}

  write(data: Uint8Array | string): void {
    if (this.failed !== null) return;
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    if (bytes.length === 0) return;
    this.queue.push(bytes);
    this.queued += bytes.length;
    if (!this.busy) this.pump();
  }

  get pending(): number {
    return this.queued;
  }

  /** Resolves once the queue is under the high-water mark; rejects with the write error, if any. */
  async ready(): Promise<void> {
    while (this.failed === null && this.queued >= HIGH_WATER) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failed !== null) throw this.fail(this.failed);
  }

  /** Resolves once every queued byte is written; rejects with the write error, if any. */
  async flush(): Promise<void> {
    while (this.failed === null && (this.queued > 0 || this.busy)) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failed !== null) throw this.fail(this.failed);
  }

  /** Drops whatever is queued and writes nothing more (the run is being abandoned; a stalled reader must not hold it). */
  stop(): void {
    if (this.failed === null) this.failed = new Error("stopped");
    this.queue = [];
    this.queued = 0;
    this.wake();
  }

  /** The first write error, unreported; null while all is well. */
  get error(): unknown {
    return this.failed;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private pump(): void {
    if (this.queue.length === 0 || this.failed !== null) {
      this.busy = false;
      this.wake();
      return;
    }
    this.busy = true;
    // Small writes are gathered into one syscall.
    if (this.queue.length > 1 && this.queue[0]!.length < 65536) {
      const all = Buffer.concat(this.queue);
      this.queue = [all];
    }
    const head = this.queue[0]!;
    write(this.fd, head, 0, head.length, null, (err, written) => {
      if (this.failed !== null) {
        this.busy = false;
        this.wake();
        return;
      }
      if (err) {
        if (err.code === "EAGAIN") {
          setTimeout(() => this.pump(), RETRY_MS);
          return;
        }
        this.failed = err;
        this.queue = [];
        this.queued = 0;
        this.busy = false;
        this.wake();
        return;
      }
      this.queued -= written;
      if (written === head.length) this.queue.shift();
      else this.queue[0] = head.subarray(written);
      if (this.queued < HIGH_WATER) this.wake();
      this.pump();
    });
  }
}
