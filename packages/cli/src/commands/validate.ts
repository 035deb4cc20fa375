import { availableParallelism } from "node:os";
import { schemaValidators } from "@gcore-billing/validators";
import { type Command, InvalidArgumentError, Option } from "commander";
import { parseByteSize } from "../validate/bytes.js";
import { closeMatches } from "../validate/close-matches.js";
import { heapFromEnv } from "../validate/pool.js";
import type { ReporterKind } from "../validate/report.js";
import { rulesBySchema } from "../validate/rules.js";
import { runValidate, UsageError } from "../validate/run.js";
import { isSchemaName } from "../validate/setup.js";

interface RawOptions {
  schema: string;
  workers: number;
  reporter: ReporterKind;
  validOut?: string;
  invalidOut?: string;
  rules?: boolean;
  format: "auto" | "json" | "ndjson";
  maxLineBytes: number;
  progress: boolean;
  fastPath: boolean;
  verbose?: boolean;
}

/**
 * 1 MiB: an invoice is under 1 KiB, and JSON.parse builds several times a
 * line's size in objects; with 16 MiB lines a run peaked over 600 MiB of RSS.
 * At 1 MiB a file of maximum-length lines stays under the 200 MB target
 * (docs/benchmarks.md, memory section).
 */
export const DEFAULT_MAX_LINE_BYTES = 1 << 20;

const EXAMPLES = `
Inputs:
  .json files hold one record or an array of records; .ndjson and .jsonl hold
  one record per line (CRLF and a UTF-8 BOM accepted; lines of only spaces,
  tabs and CRs are blank and counted as such, any other line is a record).
  Any of them may be gzipped, whatever the name (told by its first bytes); every
  complete gzip member is read, and trailing data after the last one is a read
  error giving its byte offset. Directories are walked recursively and, like
  globs, pick up those extensions; one that selects no file is an error (exit 2).
  A file is read the same once however it is reached (symlinks, hard links:
  compared by device and inode). A file named directly is read whatever its
  name (sniffed: JSON when its first character is "[", else NDJSON). A stream
  ("-" for stdin, a pipe, a FIFO named directly) is NDJSON unless --format json.
  A FIFO found in a directory is skipped with a warning.

Outputs:
  stdout, stderr, --valid-out and --invalid-out may not be an input, and the
  last two may not be stdout or each other (all compared by device and inode):
  a usage error naming both (exit 2). A report file inside a walked directory
  is skipped with a warning. --valid-out/--invalid-out are written to a temp
  file beside them and renamed only when the run reaches a verdict (exit 0 or
  1), before the summary is printed; a run that exits 2 or is stopped by a
  signal (INT, TERM, HUP, QUIT) leaves the old files and no temp file.

Environment:
  GCORE_BILLING_WORKER_HEAP_MB  heap limit of each worker thread in MiB (at least
  16; default 256 + 16 per MiB of --max-line-bytes). A worker that runs out of it
  fails its task alone: the task runs once more, then is a read error (exit 2).

Exit status:
  0 every record is valid, 1 some record is invalid, 2 a usage error, an
  input that could not be read (the other inputs are still validated) or an
  output that could not be written. When stdout's reader leaves (| head -1)
  the run stops quietly with the status so far and commits no output.

Examples:
  $ gcore-billing validate invoices.ndjson
  $ gcore-billing validate exports/ 'archive/**/*.jsonl.gz' --rules
  $ gcore-billing validate big.ndjson --reporter json > report.json
  $ gcore-billing validate big.ndjson --valid-out good.ndjson --invalid-out bad.ndjson
  $ curl -s ... | gcore-billing validate - --schema ErpInvoice
`;

export function register(program: Command): void {
  program
    .command("validate")
    .summary("check stored invoice JSON/NDJSON against the API's schemas")
    .description(
      "Validate stored records (by default ErpInvoice) against a component schema of the Billing Reseller API.\n" +
        "Every problem is reported as `file:line pointer message`; nothing stops at the first bad record.",
    )
    .argument("<path...>", "files, directories, globs, or - for stdin")
    .option("-s, --schema <name>", "component schema to validate against", "ErpInvoice")
    .addOption(new Option("-w, --workers <n>", "worker threads").argParser(parseWorkers).default(availableParallelism(), "number of cores"))
    .addOption(
      new Option(
        "-r, --reporter <kind>",
        "text: one line per problem; json: one JSON document; ndjson: one JSON line per invalid record, then a summary line",
      )
        .choices(["text", "json", "ndjson"])
        .default("text"),
    )
    .option("--valid-out <file>", "copy valid NDJSON records here, byte for byte")
    .option("--invalid-out <file>", "copy invalid NDJSON lines here, byte for byte")
    .option(
      "--rules",
      "also check business rules: amount_total = amount_untaxed + amount_tax (exact decimals), invoice_date_due >= invoice_date, billing_period_from <= billing_period_to",
    )
    .addOption(
      new Option(
        "--format <format>",
        "how to read inputs: auto = files by extension, else sniffed; streams (stdin, pipes, FIFOs) as NDJSON",
      )
        .choices(["auto", "json", "ndjson"])
        .default("auto"),
    )
    .option(
      "--max-line-bytes <size>",
      "longest NDJSON line read as a record (e.g. 512KiB, 4MiB); longer lines are reported, not buffered. Memory grows with it",
      parseSize,
      DEFAULT_MAX_LINE_BYTES,
    )
    .option("--no-fast-path", "skip the generated byte-level fast path: same verdicts and errors, slower (for debugging)")
    .option("--verbose", "also say on stderr how many records took the fast path")
    .option("--no-progress", "never show the progress bar (it only appears when stderr is a terminal)")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], raw: RawOptions) => {
      if (!isSchemaName(raw.schema)) {
        const near = closeMatches(raw.schema, Object.keys(schemaValidators));
        throw new UsageError(
          `unknown schema "${raw.schema}". ${near.length > 0 ? `Did you mean ${near.join(", ")}?` : `Known schemas: ${Object.keys(schemaValidators).join(", ")}`}`,
        );
      }
      if (raw.rules && !Object.hasOwn(rulesBySchema, raw.schema)) {
        throw new UsageError(`--rules has checks for ErpInvoice records only, not ${raw.schema}`);
      }
      // Checked before anything is read, like the options.
      heapFromEnv(process.env.GCORE_BILLING_WORKER_HEAP_MB);
      process.exitCode = await runValidate({
        paths,
        schema: raw.schema,
        workers: raw.workers,
        reporter: raw.reporter,
        validOut: raw.validOut,
        invalidOut: raw.invalidOut,
        rules: raw.rules === true,
        format: raw.format,
        maxLineBytes: raw.maxLineBytes,
        progress: raw.progress,
        fastPath: raw.fastPath,
        verbose: raw.verbose === true,
      });
    });
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256) throw new InvalidArgumentError("expected a whole number from 1 to 256");
  return n;
}

function parseSize(value: string): number {
  const n = parseByteSize(value);
  if (n === undefined) throw new InvalidArgumentError("expected a size such as 16777216, 16MiB or 512KiB");
  return n;
}
