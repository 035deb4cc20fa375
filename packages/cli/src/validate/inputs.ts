import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ioMessage } from "./io-error.js";
import { stdinId } from "./outputs.js";
import type { Input, InputFormat } from "./task.js";

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
 * walks and globs alike. A file reached twice (through a symlink, a second
 * pattern) is read once: files are told apart by real path.
 *
 * A FIFO named on the command line is read: the user asked for that stream.
 * One found by a walk or glob is skipped with a warning, since opening a FIFO
 * with no writer would wait forever.
 */
export async function expandInputs(args: readonly string[], format: FormatOption): Promise<Expanded> {
  const out: Expanded = { inputs: [], errors: [], warnings: [] };
  const seen = new Set<string>();
  const add = async (display: string, st: Stats | null, found: boolean) => {
    if (st === null) {
      if (seen.has("-")) return;
      seen.add("-");
      out.inputs.push({ display, path: null, format: classify(display, format), size: null, id: stdinId() });
      return;
    }
    if (found && !st.isFile()) {
      if (st.isFIFO()) out.warnings.push({ display, message: "a FIFO found while walking is skipped (name it directly to read it)" });
      return;
    }
    let real: string;
    try {
      real = await realpath(display);
    } catch (e) {
      out.errors.push({ display, message: ioMessage(e) });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    out.inputs.push({
      display,
      path: resolve(real),
      format: classify(display, format),
      size: st.isFile() ? st.size : null,
      id: { dev: st.dev, ino: st.ino },
    });
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
        if (matches.length === 0) out.errors.push({ display: arg, message: "no .json, .ndjson or .jsonl files match this pattern" });
        for (const m of matches) await addFound(m, add, out);
        continue;
      }
      out.errors.push({ display: arg, message: ioMessage(e) });
      continue;
    }
    if (st.isDirectory()) await walk(arg, add, out);
    else await add(arg, st, false);
  }
  return out;
}

type Add = (display: string, st: Stats | null, found: boolean) => Promise<void>;

async function addFound(display: string, add: Add, out: Expanded): Promise<void> {
  let st: Stats;
  try {
    st = await stat(display);
  } catch (e) {
    out.errors.push({ display, message: ioMessage(e) });
    return;
  }
  if (!st.isDirectory()) await add(display, st, true);
}

// Hand-written rather than a glob: a glob library skips unreadable
// directories silently, and each one must be reported by name.
async function walk(dir: string, add: Add, out: Expanded): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.errors.push({ display: dir, message: `cannot list directory: ${ioMessage(e)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const display = join(dir, entry.name);
    // Symlinked directories are not followed: a link cycle would never end.
    if (entry.isDirectory()) await walk(display, add, out);
    else if (RECORD_FILE.test(entry.name) && !entry.isSocket()) await addFound(display, add, out);
  }
}

/** The format a name says, `.gz` or not (gzip itself is told by its magic bytes). */
function classify(name: string, option: FormatOption): InputFormat | "sniff" {
  if (option !== "auto") return option;
  const base = name.replace(/\.gz$/i, "");
  if (/\.json$/i.test(base)) return "json";
  if (/\.(ndjson|jsonl)$/i.test(base)) return "ndjson";
  return "sniff";
}
