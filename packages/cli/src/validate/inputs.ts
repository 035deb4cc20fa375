import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ioMessage } from "./io-error.js";
import type { Input, InputFormat } from "./task.js";

export type FormatOption = "auto" | InputFormat;

export interface Expanded {
  inputs: Input[];
  /** Paths that could not be listed or read; the run goes on without them. */
  errors: { display: string; message: string }[];
}

/** What directories and globs pick up; a file named directly is read whatever its name. */
const RECORD_FILE = /\.(json|ndjson|jsonl)(\.gz)?$/i;

/**
 * Turns the command line's paths into inputs, in the order given: files as
 * named, directories walked recursively (sorted, so runs are reproducible),
 * globs through tinyglobby, `-` as stdin. A file reached twice is read once.
 */
export async function expandInputs(args: readonly string[], format: FormatOption): Promise<Expanded> {
  const out: Expanded = { inputs: [], errors: [] };
  const seen = new Set<string>();
  const add = (display: string, path: string | null, st: Stats | null) => {
    const key = path ?? "-";
    if (seen.has(key)) return;
    seen.add(key);
    out.inputs.push({ display, path, ...classify(display, format), size: st?.isFile() ? st.size : null });
  };
  for (const arg of args) {
    if (arg === "-") {
      add("<stdin>", null, null);
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
        const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).filter((p) => RECORD_FILE.test(p)).sort();
        if (matches.length === 0) out.errors.push({ display: arg, message: "no .json, .ndjson or .jsonl files match this pattern" });
        for (const m of matches) await addFile(m, add, out);
        continue;
      }
      out.errors.push({ display: arg, message: ioMessage(e) });
      continue;
    }
    if (st.isDirectory()) await walk(arg, add, out);
    else add(arg, resolve(arg), st);
  }
  return out;
}

async function addFile(display: string, add: (d: string, p: string, s: Stats | null) => void, out: Expanded): Promise<void> {
  try {
    add(display, resolve(display), await stat(display));
  } catch (e) {
    out.errors.push({ display, message: ioMessage(e) });
  }
}

// Hand-written rather than a glob: a glob library skips unreadable
// directories silently, and each one must be reported by name.
async function walk(dir: string, add: (d: string, p: string, s: Stats | null) => void, out: Expanded): Promise<void> {
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
    else if ((entry.isFile() || entry.isSymbolicLink()) && RECORD_FILE.test(entry.name)) await addFile(display, add, out);
  }
}

function classify(name: string, option: FormatOption): { format: InputFormat | "sniff"; gzip: boolean } {
  const gzip = /\.gz$/i.test(name);
  if (option !== "auto") return { format: option, gzip };
  const base = gzip ? name.slice(0, -3) : name;
  if (/\.json$/i.test(base)) return { format: "json", gzip };
  if (/\.(ndjson|jsonl)$/i.test(base)) return { format: "ndjson", gzip };
  return { format: "sniff", gzip };
}
