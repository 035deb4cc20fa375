import { availableParallelism } from "node:os";
import { DEFAULT_MAX_LINE_BYTES, schemaValidators } from "@gcore-billing/validators";
import { type Command, InvalidArgumentError, Option } from "commander";
import { parseByteSize } from "../validate/bytes.js";
import { closeMatches } from "../validate/close-matches.js";
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
}

const EXAMPLES = `
Inputs:
  .json files hold one record or an array of records; .ndjson and .jsonl hold
  one record per line (CRLF and a UTF-8 BOM accepted; lines of only spaces,
  tabs and CRs are blank and counted as such, any other line is a record).
  Any of them may be gzipped, whatever the name (told by its first bytes). Directories are walked recursively and,
  like globs, pick up those extensions; a file named directly is read whatever
  its name (NDJSON unless its first character is "["), a FIFO included; a
  FIFO found in a directory is skipped with a warning. "-" reads stdin.
  --valid-out/--invalid-out may not be an input or each other (compared by
  device and inode); they are written to a temp file and renamed at the end.

Exit status:
  0 every record is valid, 1 some record is invalid, 2 a usage error, an
  input that could not be read (the other inputs are still validated) or an
  output that could not be written.

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
      new Option("--format <format>", "how to read inputs: auto = by extension, else sniffed")
        .choices(["auto", "json", "ndjson"])
        .default("auto"),
    )
    .option(
      "--max-line-bytes <size>",
      "longest NDJSON line read as a record (e.g. 16MiB); longer lines are reported, not buffered",
      parseSize,
      DEFAULT_MAX_LINE_BYTES,
    )
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
