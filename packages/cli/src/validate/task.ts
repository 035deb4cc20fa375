import type { ValidationIssue } from "@gcore-billing/validators";

export type InputFormat = "json" | "ndjson";

/** One input as the user will see it named. */
export interface Input {
  /** The name in every message: the path as typed (or found under a typed directory), `<stdin>` for `-`. */
  display: string;
  /** Absolute path; null for stdin. */
  path: string | null;
  /** `sniff` when neither the extension nor `--format` says: `[` first means JSON, anything else NDJSON. */
  format: InputFormat | "sniff";
  /** Size of a regular file when planned; null when unknown (stdin, FIFOs). */
  size: number | null;
  /** Device and inode (of fd 0 for stdin): what an output is compared with. Null when unknown. */
  id: FileId | null;
}

export interface FileId {
  dev: number;
  ino: number;
}

/** One invalid record. `line` is 1-based in NDJSON, `index` 0-based in a JSON array; null where it does not apply. */
export interface InvalidRecord {
  line: number | null;
  index: number | null;
  errors: readonly ValidationIssue[];
}

/** A unit of work for one thread: a whole input, or a newline-aligned byte range of a big NDJSON file. */
export interface Task {
  id: number;
  inputIndex: number;
  input: Input;
  start: number;
  /** Exclusive; null means to the end of the file. */
  end: number | null;
}

export interface TaskResult {
  id: number;
  /** The file was opened; it counts in the summary's `files`. */
  opened: boolean;
  format: InputFormat | null;
  records: number;
  valid: number;
  /** NDJSON lines made only of JSON whitespace. */
  blank: number;
  /** Lines in the range, blank ones included: the offset for the next range's line numbers. */
  lines: number;
  /** An I/O problem, without the file name (the reporter adds it). */
  error: string | null;
  /** A problem with an output (a full disk): the run stops, whatever the inputs. */
  fatal: string | null;
  /** Something worth saying that is not an error (an empty file). */
  warning: string | null;
}

/** A result with nothing read yet; `error` set when the task failed before reading. */
export function emptyResult(id: number, error: string | null = null): TaskResult {
  return { id, opened: false, format: null, records: 0, valid: 0, blank: 0, lines: 0, error, fatal: null, warning: null };
}

export interface ScanSettings {
  schema: string;
  rules: boolean;
  maxLineBytes: number;
  maxJsonBytes: number;
}
