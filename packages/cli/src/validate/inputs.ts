import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ioMessage } from "./io-error.js";
import { sameId, stdinId, UsageError } from "./outputs.js";
import type { FileId, Input, InputFormat } from "./task.js";

/** A stream this run writes (stdout, stderr) that no input may be. */
export interface Written {
  name: string;
  id: FileId | null;
}

export type FormatOption = "auto" | InputFormat;

export interface Expanded {
  inputs: Input[];
  /** Paths that could not be listed or read; the run goes on without them. */
  errors: { display: string; message: string }[];
  /** Paths found but not read (a FIFO in a directory). */
  warnings: { display: string; message: string }[];
}

/** What directories and globs pick up; a file named directly is read whatever its name. */
const RECORD_FILE = /\.(json|ndjson|jsonl)(\.gz)?$/i;

/**
 * Turns the command line's paths into inputs, in the order given: files as
 * named, directories walked recursively (sorted, so runs are reproducible),
 * globs through tinyglobby, `-` as stdin. Dotfiles count like any file in
 * walks and globs alike. A file reached twice (a symlink, a second pattern, a
 * hard link such as `cp -al` or `rsync --link-dest` make) is read once:
 * files are told apart by device and inode, never by path.
 *
 * An input may not be a stream this run writes (`written`: stdout, stderr):
 * named directly it is a usage error naming both; found by a walk or glob
 * (`validate exports/ > exports/report.ndjson`) it is skipped with a warning.
 * A directory or glob that selects no file is an error naming what was searched.
 *
 * A FIFO named on the command line is read: the user asked for that stream.
 * One found by a walk or glob is skipped with a warning, since opening a FIFO
 * with no writer would wait forever.
 */
export async function expandInputs(args: readonly string[], format: FormatOption, written: readonly Written[] = []): Promise<Expanded> {
  const out: Expanded = { inputs: [], errors: [], warnings: [] };
  const seen = new Set<string>();
  /** Refuses or skips an input that is a stream this run writes; true when it must not be read. */
  const isWritten = (display: string, id: FileId | null, found: boolean): boolean => {
    const w = written.find((x) => sameId(x.id, id));
    if (w === undefined) return false;
    if (!found) {
      throw new UsageError(
        `${display} is the same file as ${w.name}, which this run writes; it would read its own output (input file is output file)`,
      );
    }
    out.warnings.push({ display, message: `skipped: it is this run's ${w.name}` });
    return true;
  };
  const add = async (display: string, st: Stats | null, found: boolean): Promise<boolean> => {
    if (st === null) {
      const id = stdinId();
      isWritten(display, id, false);
      const key = id === null ? "-" : `${id.dev}:${id.ino}`;
      if (seen.has(key)) return true;
      seen.add(key);
      out.inputs.push({ display, path: null, format: classifyStream(format), size: null, id });
      return true;
    }
    if (found && !st.isFile()) {
      if (st.isFIFO()) out.warnings.push({ display, message: "a FIFO found while walking is skipped (name it directly to read it)" });
      return false;
    }
    const id = { dev: st.dev, ino: st.ino };
    if (isWritten(display, id, found)) return false;
    const key = `${id.dev}:${id.ino}`;
    if (seen.has(key)) return true;
    let real: string;
    try {
      real = await realpath(display);
    } catch (e) {
      out.errors.push({ display, message: ioMessage(e) });
      return true;
    }
    seen.add(key);
    out.inputs.push({
      display,
      path: resolve(real),
      // A pipe, FIFO or device is a stream: NDJSON unless --format says otherwise, never sniffed.
      format: st.isFile() ? classify(display, format) : classifyStream(format),
      size: st.isFile() ? st.size : null,
      id,
    });
    return true;
  };
  for (const arg of args) {
    if (arg === "-") {
      await add("<stdin>", null, false);
      continue;
    }
    let st: Stats;
    try {
      st = await stat(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // tinyglobby is loaded only when a pattern needs it.
      const { glob, isDynamicPattern } = code === "ENOENT" ? await import("tinyglobby") : { glob: null, isDynamicPattern: () => false };
      if (glob !== null && isDynamicPattern(arg)) {
        const matches = (await glob(arg, { onlyFiles: false, dot: true, expandDirectories: false }))
          .filter((p) => RECORD_FILE.test(p))
          .sort();
        let selected = 0;
        for (const m of matches) if (await addFound(m, add, out)) selected++;
        if (selected === 0) out.errors.push({ display: arg, message: "no .json, .ndjson or .jsonl files match this pattern" });
        continue;
      }
      out.errors.push({ display: arg, message: ioMessage(e) });
      continue;
    }
    if (st.isDirectory()) {
      const found = await walk(arg, add, out);
      if (found.selected === 0 && found.listed) {
        const other =
          found.others.length > 0 ? ` (found ${found.others.slice(0, 3).join(", ")}${found.others.length > 3 ? ", ..." : ""})` : "";
        out.errors.push({
          display: arg,
          message: `no .json, .ndjson or .jsonl files (gzipped or not) in this directory or below${other}; name a file directly to read it whatever its name`,
        });
      }
    } else await add(arg, st, false);
  }
  return out;
}

/** Whether the input was selected (read, already read, or unreadable and reported), not skipped. */
type Add = (display: string, st: Stats | null, found: boolean) => Promise<boolean>;

async function addFound(display: string, add: Add, out: Expanded): Promise<boolean> {
  let st: Stats;
  try {
    st = await stat(display);
  } catch (e) {
    out.errors.push({ display, message: ioMessage(e) });
    return true;
  }
  return st.isDirectory() ? false : await add(display, st, true);
}

interface Walked {
  selected: number;
  /** Names of files passed over for their extension, for the "nothing found" error. */
  others: string[];
  /** False when the top directory itself could not be listed (already an error). */
  listed: boolean;
}

// Hand-written rather than a glob: a glob library skips unreadable
// directories silently, and each one must be reported by name.
async function walk(
  dir: string,
  add: Add,
  out: Expanded,
  acc: Walked = { selected: 0, others: [], listed: true },
  top = true,
): Promise<Walked> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.errors.push({ display: dir, message: `cannot list directory: ${ioMessage(e)}` });
    if (top) acc.listed = false;
    return acc;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const display = join(dir, entry.name);
    // Symlinked directories are not followed: a link cycle would never end.
    if (entry.isDirectory()) await walk(display, add, out, acc, false);
    else if (RECORD_FILE.test(entry.name) && !entry.isSocket()) {
      if (await addFound(display, add, out)) acc.selected++;
    } else if (acc.others.length < 10) acc.others.push(entry.name);
  }
  return acc;
}

/** stdin, a pipe, a FIFO: NDJSON unless `--format json`. A stream's first line starting with `[` is no hint at all. */
function classifyStream(option: FormatOption): InputFormat {
  return option === "json" ? "json" : "ndjson";
}

/** The format a name says, `.gz` or not (gzip itself is told by its magic bytes). */
function classify(name: string, option: FormatOption): InputFormat | "sniff" {
  if (option !== "auto") return option;
  const base = name.replace(/\.gz$/i, "");
  if (/\.json$/i.test(base)) return "json";
  if (/\.(ndjson|jsonl)$/i.test(base)) return "ndjson";
  return "sniff";
}
