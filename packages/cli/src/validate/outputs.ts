import { randomBytes } from "node:crypto";
import { constants, copyFileSync, fstatSync, linkSync, lstatSync, renameSync, rmSync, type Stats, statSync, unlinkSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ioMessage } from "./io-error.js";
import type { FileId, Input } from "./task.js";
import { AsyncWriter } from "./writer.js";

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

/** The signals that end a run: each removes the temp files first (a closed terminal sends SIGHUP, Ctrl-\\ SIGQUIT). */
export const ENDING_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"] as const;

/** Remembers a temporary file or folder until `untrack`; the ending signals and exit remove whatever is left. */
export function trackTemp(path: string): void {
  temps.add(path);
  installCleanup();
}

/**
 * Installed before anything is opened, so a signal that arrives at any point
 * of the run finds the handler; the main thread never blocks, so it runs at once.
 */
export function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", removeTemps);
  for (const signal of ENDING_SIGNALS) {
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

// A worker may add a file to the spool folder while it is being removed (ENOTEMPTY): retried.
const RM = { recursive: true, force: true, maxRetries: 5, retryDelay: 20 } as const;

export function removeTemp(path: string): void {
  rmSync(path, RM);
  temps.delete(path);
}

function removeTemps(): void {
  for (const path of temps) {
    try {
      rmSync(path, RM);
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
  /** Kept so it is closed once, by us: a FileHandle left to the garbage collector closes its fd behind our back. */
  handle: fsp.FileHandle;
  writer: AsyncWriter;
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

/**
 * The device and inode behind an fd (0 stdin, 1 stdout, 2 stderr), or null when
 * it cannot be told or does not matter: a character device (a terminal,
 * /dev/null) takes any number of readers and writers without harm.
 */
export function fdId(fd: number): FileId | null {
  try {
    // The bigint variant on purpose. Node's synchronous stat calls all fill one shared
    // array, and the ES module loader's cached realpath reads it stale: a pipe's mode left
    // there (stdout piped, `| head`) makes it stop before pnpm's symlinks, and the next
    // dynamic import (tinyglobby for a glob) failed with "Cannot find package 'fdir'".
    // The bigint call fills a separate array.
    const st = fstatSync(fd, { bigint: true });
    return st.isCharacterDevice() ? null : { dev: Number(st.dev), ino: Number(st.ino) };
  } catch {
    return null;
  }
}

/** The id of fd 0, for comparing stdin with outputs; null when it cannot be stat'ed. */
export function stdinId(): FileId | null {
  return fdId(0);
}

export const sameId = (a: FileId | null, b: FileId | null): boolean => a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

/**
 * Opens --valid-out / --invalid-out after proving neither is an input, stdin,
 * stdout (the report) or the other output: by device and inode for files that
 * exist (hard links, symlinks, `/dev/stdout`, `d/../d/x` all resolve to the
 * same pair), by real directory and name for files still to be made. Each
 * regular file is written to a temp file beside it and renamed over it by
 * `commitOutputs`, so the old file survives a failed run. Nothing here blocks
 * the main thread: a FIFO is opened non-blocking and retried until a reader
 * comes (a signal still ends the wait).
 */
export async function openOutputs(
  specs: readonly [flag: Output["flag"], name: string | undefined][],
  inputs: readonly Input[],
  stdout: FileId | null,
): Promise<(Output | null)[]> {
  const planned = await Promise.all(specs.map(([flag, name]) => (name === undefined ? null : plan(flag, name))));
  for (const p of planned) {
    if (p === null || p.existing === null || p.existing.isCharacterDevice()) continue;
    const id = { dev: p.existing.dev, ino: p.existing.ino };
    for (const input of inputs) {
      if (sameId(input.id, id)) {
        throw new UsageError(
          `${p.flag} ${p.name} is the same file as the input ${input.display}; it would be overwritten while being read`,
        );
      }
    }
    if (sameId(stdout, id)) {
      throw new UsageError(`${p.flag} ${p.name} is the same file as stdout, where the report goes; one would replace the other`);
    }
  }
  const [a, b] = planned;
  if (a && b && sameFile(a, b)) throw new UsageError(`${a.flag} ${a.name} and ${b.flag} ${b.name} are the same file`);
  const opened: (Output | null)[] = [];
  try {
    for (const p of planned) opened.push(p === null ? null : await open(p));
  } catch (e) {
    await abortOutputs(opened);
    throw e;
  }
  return opened;
}

async function plan(flag: Output["flag"], name: string): Promise<Planned> {
  let existing: Stats | null = null;
  try {
    // Asynchronous: a FIFO's mode must not be left in the array the module loader reads (see fdId).
    existing = await fsp.stat(name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new UsageError(`${flag} ${name}: ${ioMessage(e)}`);
  }
  if (existing?.isDirectory()) throw new UsageError(`${flag} ${name}: is a directory`);
  let real: string;
  try {
    // fs.promises.realpath is the native one: no lstat result left behind either.
    real = existing !== null ? await fsp.realpath(name) : join(await fsp.realpath(dirname(name)), basename(name));
  } catch (e) {
    throw new UsageError(`${flag} ${name}: cannot open for writing: ${ioMessage(e)}`);
  }
  return { flag, name, real, existing };
}

function sameFile(a: Planned, b: Planned): boolean {
  if (a.existing !== null && b.existing !== null) {
    // Two character devices (say /dev/null twice) can take any number of writers.
    return !a.existing.isCharacterDevice() && a.existing.dev === b.existing.dev && a.existing.ino === b.existing.ino;
  }
  return a.real === b.real;
}

const FIFO_RETRY_MS = 50;

async function open(p: Planned): Promise<Output> {
  const writerFor = (fd: number) => new AsyncWriter(fd, (e) => OutputError.from(p.name, e));
  if (p.existing !== null && !p.existing.isFile()) {
    try {
      const handle = p.existing.isFIFO() ? await openFifo(p.name) : await fsp.open(p.name, "w");
      return { flag: p.flag, name: p.name, handle, writer: writerFor(handle.fd), target: null, temp: null };
    } catch (e) {
      throw new UsageError(`${p.flag} ${p.name}: cannot open for writing: ${ioMessage(e)}`);
    }
  }
  const temp = join(dirname(p.real), `.${basename(p.real)}.gcore-billing-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  // Tracked before it exists: a signal between open and tracking would otherwise leave it.
  trackTemp(temp);
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(temp, "wx", 0o666);
  } catch (e) {
    untrack(temp);
    throw new UsageError(`${p.flag} ${p.name}: cannot open for writing: ${ioMessage(e)}`);
  }
  if (p.existing !== null) {
    try {
      await handle.chmod(p.existing.mode & 0o7777);
    } catch {
      // Keeping the old mode is a courtesy; the umask's default is fine too.
    }
  }
  return { flag: p.flag, name: p.name, handle, writer: writerFor(handle.fd), target: p.real, temp };
}

/** A FIFO's blocking open waits for a reader inside the kernel; non-blocking, it fails (ENXIO) until one comes. */
async function openFifo(name: string): Promise<fsp.FileHandle> {
  for (;;) {
    try {
      return await fsp.open(name, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENXIO") throw e;
      await new Promise((resolve) => setTimeout(resolve, FIFO_RETRY_MS));
    }
  }
}

/**
 * The run reached a verdict: every output is written out, then every temp
 * file takes its target's place, all or none. All temp files are checked
 * first (a folder removed mid-run takes its temp file with it). Then each
 * existing target gets a backup beside it (a hard link to the old file, or a
 * copy where links are not allowed), the temp files are renamed in, and if
 * any rename fails the targets already replaced get their old files back
 * (the ones that did not exist are removed) before the error is thrown. The
 * backups go only after every rename succeeded.
 *
 * The switch-over is synchronous on purpose: a few renames and links, no
 * data, and no signal handler can run in the middle of it, so a Ctrl-C
 * during the commit finds either every old file or every new one.
 * Throws an OutputError naming the output.
 */
export async function commitOutputs(outputs: readonly (Output | null)[]): Promise<void> {
  try {
    for (const o of outputs) if (o !== null) await o.writer.flush();
    for (const o of outputs) {
      if (o === null || o.temp === null) continue;
      try {
        statSync(o.temp);
        statSync(dirname(o.target!));
      } catch (e) {
        throw new OutputError(
          `${o.name}: the temporary file or its folder went away during the run (${ioMessage(e)}); nothing was replaced`,
          undefined,
        );
      }
    }
    for (const o of outputs) if (o !== null) await closeQuiet(o);
  } catch (e) {
    await abortOutputs(outputs);
    throw e;
  }
  const files = outputs.filter((o): o is Output & { temp: string; target: string } => o !== null && o.temp !== null && o.target !== null);
  const done: { o: Output & { target: string }; backup: string | null }[] = [];
  const backups: (string | null)[] = [];
  try {
    for (const o of files) backups.push(backUp(o));
    for (const [k, o] of files.entries()) {
      try {
        renameSync(o.temp, o.target);
      } catch (e) {
        throw OutputError.from(o.name, e);
      }
      untrack(o.temp);
      done.push({ o, backup: backups[k]! });
    }
  } catch (e) {
    const unrestored = rollBack(done);
    for (const b of backups.slice(done.length)) if (b !== null) rmSync(b, { force: true });
    await abortOutputs(outputs);
    if (e instanceof OutputError && done.length > 0) {
      const kept = unrestored.length === 0 ? `; ${done.map((d) => d.o.name).join(" and ")} kept the old contents` : "";
      const lost =
        unrestored.length > 0 ? `; could not put back ${unrestored.map((u) => `${u.name} (old file kept as ${u.backup})`).join(", ")}` : "";
      throw new OutputError(`${e.message}${kept}${lost}`, e.code);
    }
    throw e;
  }
  for (const b of backups) if (b !== null) rmSync(b, { force: true });
}

/** A name beside the target for its old file; null when there is no old regular file to keep. */
function backUp(o: Output & { target: string }): string | null {
  let st: Stats;
  try {
    st = lstatSync(o.target);
  } catch {
    return null; // A new file: undone by removing it.
  }
  if (!st.isFile()) return null; // A directory or the like: the rename will fail and say so.
  const backup = join(dirname(o.target), `.${basename(o.target)}.gcore-billing-${process.pid}-${randomBytes(4).toString("hex")}.bak`);
  try {
    linkSync(o.target, backup);
  } catch {
    try {
      // Some file systems take no hard links: a copy keeps the old bytes all the same.
      copyFileSync(o.target, backup, constants.COPYFILE_EXCL);
    } catch (e) {
      throw new OutputError(`${o.name}: cannot keep the old file while replacing it (${ioMessage(e)}); nothing was replaced`, undefined);
    }
  }
  return backup;
}

/** Puts the old files back over the targets replaced so far; returns the ones that could not be. */
function rollBack(done: { o: Output & { target: string }; backup: string | null }[]): { name: string; backup: string }[] {
  const failed: { name: string; backup: string }[] = [];
  for (const { o, backup } of done.reverse()) {
    try {
      if (backup === null) unlinkSync(o.target);
      else renameSync(backup, o.target);
    } catch {
      if (backup !== null) failed.push({ name: o.name, backup });
    }
  }
  return failed;
}

async function closeQuiet(o: Output): Promise<void> {
  // Rejects only when already closed by an earlier step.
  await o.handle.close().catch(() => {});
}

/** The run did not reach a verdict: targets keep their old contents, temp files go. */
export async function abortOutputs(outputs: readonly (Output | null)[]): Promise<void> {
  for (const o of outputs) {
    if (o === null) continue;
    // Nothing more may land on the fd once closed (and maybe reused); a stalled FIFO reader must not hold the way out.
    o.writer.stop();
    await closeQuiet(o);
    if (o.temp === null) continue;
    try {
      unlinkSync(o.temp);
    } catch {
      // Renamed already, or never made.
    }
    untrack(o.temp);
  }
}
