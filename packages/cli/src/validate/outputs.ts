import { randomBytes } from "node:crypto";
import { closeSync, fchmodSync, fstatSync, openSync, realpathSync, renameSync, rmSync, type Stats, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ioMessage } from "./io-error.js";
import type { FileId, Input } from "./task.js";

/** A mistake in how the command was called: exit 2 before any input is read. */
export class UsageError extends Error {}

/** Writing an output failed (a full disk): the run stops with exit 2, naming the output. */
export class OutputError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
  static from(name: string, e: unknown): OutputError {
    const code = (e as NodeJS.ErrnoException)?.code;
    return new OutputError(`${name}: ${code === "ENOSPC" ? "no space left on device (ENOSPC)" : ioMessage(e)}`, code);
  }
}

// --- temporary files: removed on every way out, signals included ----------

const temps = new Set<string>();
let cleanupInstalled = false;

/** Remembers a temporary file or folder until `untrack`; SIGINT, SIGTERM and exit remove whatever is left. */
export function trackTemp(path: string): void {
  temps.add(path);
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", removeTemps);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const onSignal = () => {
      removeTemps();
      // Die of the signal itself (the shell shows 130/143): process.exit would wait for a
      // thread blocked reading a FIFO, which may never return.
      process.off(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

export function untrack(path: string): void {
  temps.delete(path);
}

export function removeTemp(path: string): void {
  rmSync(path, { recursive: true, force: true });
  temps.delete(path);
}

function removeTemps(): void {
  for (const path of temps) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Best effort on the way out; nothing else can be done here.
    }
  }
  temps.clear();
}

// --- outputs ----------------------------------------------------------------

export interface Output {
  flag: "--valid-out" | "--invalid-out";
  /** As typed, for messages. */
  name: string;
  fd: number;
  /** Where the temp file is renamed to at the end; null for a device or FIFO, written in place. */
  target: string | null;
  temp: string | null;
}

interface Planned {
  flag: Output["flag"];
  name: string;
  /** The real path the file will have. */
  real: string;
  existing: Stats | null;
}

/** The id of fd 0, for comparing stdin with outputs; null when it cannot be stat'ed. */
export function stdinId(): FileId | null {
  try {
    const st = fstatSync(0);
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/**
 * Opens --valid-out / --invalid-out after proving neither is an input, stdin
 * or the other output: by device and inode for files that exist (hard links,
 * symlinks, `d/../d/x` all resolve to the same pair), by real directory and
 * name for files still to be made. Each is written to a temp file beside it
 * and renamed over it by `commitOutputs`, so the old file survives a failed run.
 */
export function openOutputs(
  specs: readonly [flag: Output["flag"], name: string | undefined][],
  inputs: readonly Input[],
): (Output | null)[] {
  const planned = specs.map(([flag, name]) => (name === undefined ? null : plan(flag, name)));
  for (const p of planned) {
    if (p === null || (p.existing !== null && !p.existing.isFile())) continue;
    for (const input of inputs) {
      if (p.existing !== null && input.id !== null && input.id.dev === p.existing.dev && input.id.ino === p.existing.ino) {
        throw new UsageError(
          `${p.flag} ${p.name} is the same file as the input ${input.display}; it would be overwritten while being read`,
        );
      }
    }
  }
  const [a, b] = planned;
  if (a && b && sameFile(a, b)) throw new UsageError(`${a.flag} ${a.name} and ${b.flag} ${b.name} are the same file`);
  const opened: (Output | null)[] = [];
  try {
    for (const p of planned) opened.push(p === null ? null : open(p));
  } catch (e) {
    abortOutputs(opened);
    throw e;
  }
  return opened;
}

function plan(flag: Output["flag"], name: string): Planned {
  let existing: Stats | null = null;
  try {
    existing = statSync(name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new UsageError(`${flag} ${name}: ${ioMessage(e)}`);
  }
  if (existing?.isDirectory()) throw new UsageError(`${flag} ${name}: is a directory`);
  let real: string;
  try {
    real = existing !== null ? realpathSync(name) : join(realpathSync(dirname(name)), basename(name));
  } catch (e) {
    throw new UsageError(`${flag} ${name}: cannot open for writing: ${ioMessage(e)}`);
  }
  return { flag, name, real, existing };
}

function sameFile(a: Planned, b: Planned): boolean {
  if (a.existing !== null && b.existing !== null) {
    // Two devices (say /dev/null twice) can take any number of writers.
    return a.existing.isFile() && a.existing.dev === b.existing.dev && a.existing.ino === b.existing.ino;
  }
  return a.real === b.real;
}

function open(p: Planned): Output {
  if (p.existing !== null && !p.existing.isFile()) {
    try {
      return { flag: p.flag, name: p.name, fd: openSync(p.name, "w"), target: null, temp: null };
    } catch (e) {
      throw new UsageError(`${p.flag} ${p.name}: cannot open for writing: ${ioMessage(e)}`);
    }
  }
  const temp = join(dirname(p.real), `.${basename(p.real)}.gcore-billing-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, "wx", 0o666);
  } catch (e) {
    throw new UsageError(`${p.flag} ${p.name}: cannot open for writing: ${ioMessage(e)}`);
  }
  trackTemp(temp);
  if (p.existing !== null) {
    try {
      fchmodSync(fd, p.existing.mode & 0o7777);
    } catch {
      // Keeping the old mode is a courtesy; the umask's default is fine too.
    }
  }
  return { flag: p.flag, name: p.name, fd, target: p.real, temp };
}

/** The run finished: every temp file takes its target's place. */
export function commitOutputs(outputs: readonly (Output | null)[]): void {
  for (const o of outputs) {
    if (o === null) continue;
    closeSync(o.fd);
    if (o.temp === null || o.target === null) continue;
    try {
      renameSync(o.temp, o.target);
    } catch (e) {
      throw OutputError.from(o.name, e);
    } finally {
      untrack(o.temp);
    }
  }
}

/** The run did not finish: targets keep their old contents, temp files go. */
export function abortOutputs(outputs: readonly (Output | null)[]): void {
  for (const o of outputs) {
    if (o === null) continue;
    try {
      closeSync(o.fd);
    } catch {
      // Already closed by a failed commit.
    }
    if (o.temp === null) continue;
    try {
      unlinkSync(o.temp);
    } catch {
      // Renamed already, or never made.
    }
    untrack(o.temp);
  }
}
