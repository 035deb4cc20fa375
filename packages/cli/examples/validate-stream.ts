/**
 * Programmatic use of the pieces behind `gcore-billing validate`:
 *
 *   npx tsx packages/cli/examples/validate-stream.ts packages/cli/examples/invoices.ndjson
 */
import { createReadStream } from "node:fs";
import { addAmounts, compareAmounts, formatAmount, validateNdjson } from "@gcore-billing/validators";

const file = process.argv[2] ?? new URL("./invoices.ndjson", import.meta.url).pathname;
let total = 0n;
for await (const result of validateNdjson(createReadStream(file))) {
  if (!result.valid) {
    for (const e of result.errors) console.log(`${file}:${result.line} ${e.pointer || "/"} ${e.message}`);
    continue;
  }
  const invoice = result.value;
  // Exact decimal arithmetic: amounts are 12-decimal strings, summed as scaled bigints.
  const sum = addAmounts(invoice.amount_untaxed, invoice.amount_tax);
  if (compareAmounts(sum, invoice.amount_total) !== 0) console.log(`${file}:${result.line} total is not untaxed + tax`);
  total += invoice.move_type === "out_refund" ? -sum : sum;
}
console.log(`net total of valid invoices: ${formatAmount(total)}`);
