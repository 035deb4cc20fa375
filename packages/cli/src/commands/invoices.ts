import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable, Transform, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  type ClientOptions,
  createClient,
  GcoreBillingError,
  isRetryableStatus,
  retryDelay,
  type ValidateResponses,
} from "@gcore-billing/client/validate";
import {
  ErpInvoicesListMoveTypeValues,
  ErpInvoicesListOrderByValues,
  ErpInvoicesListOrderingValues,
  ErpInvoicesListPaymentStateValues,
} from "@gcore-billing/types";
import { type Command, InvalidArgumentError, Option } from "commander";
import { ioMessage } from "../validate/io-error.js";
import { installCleanup, trackTemp, untrack } from "../validate/outputs.js";

type ListQuery = NonNullable<Parameters<ReturnType<typeof createClient>["erpInvoices"]["list"]>[0]>;

interface ClientFlags {
  timeout?: number;
  maxRetries?: number;
  validateResponses: ValidateResponses;
}

interface ListFlags extends ClientFlags {
  format: "ndjson" | "json";
  pageSize: number;
  clientId?: number;
  payerId?: number;
  currency?: string;
  moveType?: ListQuery["move_type"];
  paymentState?: ListQuery["payment_state"];
  invoiceDateFrom?: string;
  invoiceDateTo?: string;
  billingPeriodFrom?: string;
  billingPeriodTo?: string;
  orderBy?: ListQuery["order_by"];
  ordering?: ListQuery["ordering"];
}

const ENVIRONMENT = `
Environment:
  GCORE_API_KEY   API key, sent as "Authorization: APIKey <key>" (required; never
                  taken from the command line, where shells and ps would keep it)
  GCORE_BASE_URL  API origin (default https://api.gcore.com)

Exit status:
  0 done, 1 the API or the network failed (message on stderr), 2 a usage error
  or a local file problem (a missing folder, a directory given as the file,
  no permission, a full disk), named in one line.
`;

const integer =
  (what: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) {
      throw new InvalidArgumentError(
        `${what} must be an integer${max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : ` >= ${min}`}.`,
      );
    }
    return n;
  };

const number = (value: string): number => {
  if (value.trim() === "" || Number.isNaN(Number(value))) throw new InvalidArgumentError("expected a number.");
  return Number(value);
};

const date = (value: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError("expected a date as YYYY-MM-DD.");
  return value;
};

/** `a,b` -> ["a", "b"], each checked against the spec's enum so typos fail here rather than as a 422. */
const keys =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): T[] => {
    const list = value.split(",").map((k) => k.trim());
    const bad = list.filter((k) => !(allowed as readonly string[]).includes(k));
    if (bad.length > 0 || list.length === 0)
      throw new InvalidArgumentError(`unknown key ${bad.join(", ")}; allowed: ${allowed.join(", ")}.`);
    return list as T[];
  };

function clientOptionsOf(cmd: Command, timeoutHelp = "milliseconds per attempt before giving up (default 60000)"): Command {
  return cmd
    .option("--timeout <ms>", timeoutHelp, integer("--timeout", 1))
    .option("--max-retries <n>", "retries of failed idempotent requests (default 2)", integer("--max-retries", 0, 10))
    .addOption(
      new Option("--validate-responses <mode>", "check answers against the spec: throw, warn (stderr) or off")
        .choices(["throw", "warn", "off"])
        .default("off"),
    )
    .addHelpText("after", ENVIRONMENT);
}

function clientFrom(flags: ClientFlags) {
  const options: ClientOptions = {
    validateResponses: flags.validateResponses,
    // Warnings go to stderr so stdout stays a clean data stream.
    logger: { warn: (message) => process.stderr.write(`gcore-billing: warning: ${message}\n`) },
  };
  if (flags.timeout !== undefined) options.timeout = flags.timeout;
  if (flags.maxRetries !== undefined) options.maxRetries = flags.maxRetries;
  return createClient(options);
}

/**
 * Runs an action and turns the client's errors into a message and an exit code: 1 for the API
 * or the network, 2 for configuration (no key, bad base URL). Messages never hold the API key.
 */
const handled =
  <A extends unknown[]>(action: (...args: A) => Promise<void>) =>
  async (...args: A): Promise<void> => {
    try {
      await action(...args);
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === "EPIPE") return; // the reader left (`| head`): not an error
      if (error instanceof LocalFileError) {
        process.stderr.write(`gcore-billing: error: ${error.message}\n`);
        process.exitCode = 2;
        return;
      }
      if (!(error instanceof GcoreBillingError)) throw error;
      const requestId = error instanceof APIError && error.requestId ? ` (request id ${error.requestId})` : "";
      process.stderr.write(`gcore-billing: error: ${error.message}${requestId}\n`);
      const configuration = error.constructor === GcoreBillingError;
      process.exitCode = configuration ? 2 : 1;
    }
  };

/** Writes with backpressure; rejects if stdout fails (EPIPE) instead of buffering without bound. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}

async function list(flags: ListFlags): Promise<void> {
  const client = clientFrom(flags);
  const query: ListQuery = {
    limit: flags.pageSize,
    client_id: flags.clientId,
    payer_id: flags.payerId,
    currency: flags.currency,
    move_type: flags.moveType,
    payment_state: flags.paymentState,
    invoice_date__from: flags.invoiceDateFrom,
    invoice_date__to: flags.invoiceDateTo,
    billing_period_from__from: flags.billingPeriodFrom,
    billing_period_to__to: flags.billingPeriodTo,
    order_by: flags.orderBy,
    ordering: flags.ordering,
  };
  // Stop fetching pages as soon as stdout breaks.
  const controller = new AbortController();
  const onError = (error: Error) => controller.abort(error);
  process.stdout.on("error", onError);
  try {
    let count = 0;
    if (flags.format === "json") await write("[");
    // One write per page: a page is at most 100 records, and per-record writes cost more than the JSON.
    for await (const page of client.erpInvoices.list(query, { signal: controller.signal }).pages()) {
      if (page.items.length === 0) continue;
      const lines = page.items.map((item) => JSON.stringify(item));
      await write(flags.format === "json" ? `${count === 0 ? "\n  " : ",\n  "}${lines.join(",\n  ")}` : `${lines.join("\n")}\n`);
      count += lines.length;
    }
    if (flags.format === "json") await write(count === 0 ? "]\n" : "\n]\n");
  } finally {
    process.stdout.off("error", onError);
  }
}

export function register(program: Command): void {
  const invoices = program
    .command("invoices")
    .summary("read ERP invoices from the Billing Reseller API")
    .description("Read ERP invoices from the Billing Reseller API (GCORE_API_KEY, GCORE_BASE_URL).");

  clientOptionsOf(invoices.command("get").summary("print one invoice as JSON").argument("<id>", "invoice id", integer("<id>", 1))).action(
    handled(async (id: number, flags: ClientFlags) => {
      const invoice = await clientFrom(flags).erpInvoices.retrieve(id);
      await write(`${JSON.stringify(invoice, null, 2)}\n`);
    }),
  );

  clientOptionsOf(
    invoices
      .command("list")
      .summary("stream every invoice matching the filters, page after page")
      .description(
        "Stream every invoice matching the filters, following the API's pages. NDJSON (one invoice per line) is what\n" +
          "`gcore-billing validate` reads: gcore-billing invoices list --format ndjson > invoices.ndjson",
      )
      .addOption(
        new Option("--format <format>", "ndjson: one invoice per line; json: one array").choices(["ndjson", "json"]).default("ndjson"),
      )
      .option("--page-size <n>", "invoices per request (the API allows at most 100)", integer("--page-size", 1, 100), 100)
      .option("--client-id <id>", "only this client", number)
      .option("--payer-id <id>", "only this payer", number)
      .option("--currency <code>", "only this currency (USD, EUR...)")
      .addOption(new Option("--move-type <type>", "only invoices or only refunds").choices(ErpInvoicesListMoveTypeValues))
      .addOption(new Option("--payment-state <state>", "only this payment state").choices(ErpInvoicesListPaymentStateValues))
      .option("--invoice-date-from <date>", "invoice date on or after (YYYY-MM-DD)", date)
      .option("--invoice-date-to <date>", "invoice date on or before (YYYY-MM-DD)", date)
      .option("--billing-period-from <date>", "billing period starting on or after (YYYY-MM-DD)", date)
      .option("--billing-period-to <date>", "billing period ending on or before (YYYY-MM-DD)", date)
      .option(
        "--order-by <keys>",
        `sort keys, comma-separated: ${ErpInvoicesListOrderByValues.join(", ")}`,
        keys(ErpInvoicesListOrderByValues),
      )
      .option(
        "--ordering <keys>",
        `legacy sort keys, comma-separated (prefer --order-by): ${ErpInvoicesListOrderingValues.join(", ")}`,
        keys(ErpInvoicesListOrderingValues),
      ),
  ).action(handled(list));

  clientOptionsOf(
    invoices
      .command("download")
      .summary("save an invoice's PDF")
      .argument("<id>", "invoice id", integer("<id>", 1))
      .requiredOption("-o, --output <file>", "where to write the PDF, or - for stdout (a file is replaced whole, never left half-written)"),
    "milliseconds per attempt, headers and body together, before giving up (default 60000)",
  ).action(handled(download));
}

const DEFAULT_TIMEOUT = 60_000;
const DEFAULT_RETRIES = 2;

/** A problem with a local file or folder: one line naming it, exit 2, never a stack trace. */
export class LocalFileError extends Error {}

const local = (path: string, e: unknown, hint = ""): LocalFileError => new LocalFileError(`${path}: ${ioMessage(e)}${hint}`);

interface Sink {
  /** Copies one attempt's body; rejects when `signal` aborts or the body breaks off. */
  write(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<number>;
  /** Whether another attempt may start over (nothing irrevocable was written). */
  canRetry(): boolean;
  commit(): Promise<string>;
  abort(): Promise<void>;
}

/**
 * The PDF goes to a `.part` file beside the target, renamed over it at the
 * end; every way out (an error, SIGINT, SIGTERM, SIGHUP, SIGQUIT) removes it.
 * The target's folder is checked before anything is requested, so a typo
 * costs no download.
 */
async function fileSink(path: string): Promise<Sink> {
  const st = await stat(path).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? null : Promise.reject(local(path, e))));
  if (st?.isDirectory())
    throw new LocalFileError(`${path}: is a directory (EISDIR); -o takes a file name, such as ${join(path, "invoice.pdf")}`);
  // A name ending in "/" can only be a folder: said now, not after the download when the rename fails.
  if (/[\\/]$/.test(path)) {
    throw new LocalFileError(`${path}: ends in "/", so it names a folder; -o takes a file name, such as ${join(path, "invoice.pdf")}`);
  }
  const dir = dirname(path);
  const dirSt = await stat(dir).catch((e: unknown) => Promise.reject(local(dir, e, "; create the folder first or choose another -o")));
  if (!dirSt.isDirectory()) throw new LocalFileError(`${dir}: not a directory (ENOTDIR)`);
  installCleanup();
  const part = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.part`);
  trackTemp(part);
  // Made now, so an unwritable folder is said before anything is downloaded.
  try {
    await (await open(part, "wx", 0o666)).close();
  } catch (e) {
    untrack(part);
    throw local(dir, e, "; cannot create a file in this folder");
  }
  return {
    // Each attempt starts the file over.
    write: (body, signal) => copy(body, createWriteStream(part, { flags: "w" }), signal, path),
    canRetry: () => true,
    async commit() {
      try {
        await rename(part, path);
      } catch (e) {
        throw local(path, e);
      } finally {
        untrack(part);
      }
      return path;
    },
    async abort() {
      await rm(part, { force: true });
      untrack(part);
    },
  };
}

/** `-o -`: the body goes to stdout as it comes, with back-pressure; a retry is only possible before the first byte. */
function stdoutSink(): Sink {
  let wrote = 0;
  return {
    async write(body, signal) {
      const n = await copy(body, process.stdout, signal, "stdout", false, (k) => {
        wrote += k;
      });
      return n;
    },
    canRetry: () => wrote === 0,
    commit: async () => "stdout",
    abort: async () => {},
  };
}

async function copy(
  body: ReadableStream<Uint8Array>,
  out: Writable,
  signal: AbortSignal,
  name: string,
  end = true,
  counted: (n: number) => void = () => {},
): Promise<number> {
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      counted(chunk.length);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), count, out, { signal, end });
  } catch (e) {
    if (signal.aborted) throw signal.reason;
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === "EPIPE") throw e;
    // A file-system error (ENOSPC, EFBIG...) names the file; anything else broke the body off mid-way.
    if (typeof code === "string" && (e as NodeJS.ErrnoException).syscall !== undefined) throw local(name, e);
    throw new APIConnectionError(`download interrupted after ${bytes} bytes (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  return bytes;
}

/**
 * Each attempt (headers and body) gets the whole --timeout: the client's own
 * timer stops at the headers, so a body that stalls after them would hang.
 * Retries are ours for the same reason, with the client's backoff.
 */
async function download(id: number, flags: ClientFlags & { output: string }): Promise<void> {
  const timeout = flags.timeout ?? DEFAULT_TIMEOUT;
  const retries = flags.maxRetries ?? DEFAULT_RETRIES;
  const client = clientFrom({ ...flags, timeout: undefined, maxRetries: 0 }).withOptions({ timeout: null, maxRetries: 0 });
  const sink = flags.output === "-" ? stdoutSink() : await fileSink(flags.output);
  try {
    for (let attempt = 0; ; attempt++) {
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new APITimeoutError(`download of invoice ${id} timed out after ${timeout} ms (headers and body)`)),
        timeout,
      );
      try {
        const response = await client.erpInvoices.download(id, { signal: controller.signal });
        const bytes = await sink.write(response.body, controller.signal);
        const where = await sink.commit();
        process.stderr.write(`saved invoice ${id} to ${where} (${bytes} bytes, ${response.contentType ?? "no content type"})\n`);
        return;
      } catch (e) {
        const error = controller.signal.aborted ? controller.signal.reason : e;
        const retryable =
          error instanceof APIConnectionError ||
          (error instanceof APIError && error.status !== undefined && isRetryableStatus(error.status));
        if (!retryable || attempt >= retries || !sink.canRetry()) throw error;
        const delay = Math.round(retryDelay(attempt, error instanceof APIError ? error.headers : undefined));
        process.stderr.write(`gcore-billing: ${(error as Error).message}; retry ${attempt + 1}/${retries} in ${delay} ms\n`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      } finally {
        clearTimeout(timer);
      }
    }
  } catch (e) {
    await sink.abort();
    throw e;
  }
}
