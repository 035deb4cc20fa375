import { once } from "node:events";
import { saveToFile } from "@gcore-billing/client/node";
import { APIError, type ClientOptions, createClient, GcoreBillingError, type ValidateResponses } from "@gcore-billing/client/validate";
import {
  ErpInvoicesListMoveTypeValues,
  ErpInvoicesListOrderByValues,
  ErpInvoicesListOrderingValues,
  ErpInvoicesListPaymentStateValues,
} from "@gcore-billing/types";
import { type Command, InvalidArgumentError, Option } from "commander";

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
  0 done, 1 the API or the network failed (message on stderr), 2 a usage error.
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

function clientOptionsOf(cmd: Command): Command {
  return cmd
    .option("--timeout <ms>", "milliseconds per attempt before giving up", integer("--timeout", 1))
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
      .requiredOption("-o, --output <file>", "where to write the PDF (replaced whole, never left half-written)"),
  ).action(
    handled(async (id: number, flags: ClientFlags & { output: string }) => {
      const saved = await saveToFile(clientFrom(flags).erpInvoices.download(id), flags.output);
      process.stderr.write(`saved invoice ${id} to ${saved.path} (${saved.bytes} bytes, ${saved.contentType ?? "no content type"})\n`);
    }),
  );
}
