/**
 * A reproducible corpus of ErpInvoice records shaped like real exports:
 * refunds, every payment state, null dates and invoice ids, negative client
 * ids, several date-time spellings, amounts with exact 12-decimal totals,
 * and about 1% broken records of the kinds stored data really has.
 *
 *   npx tsx bench/corpus.ts <out.ndjson> [records]
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { formatAmount } from "@gcore-billing/validators";

const PAYMENT_STATES = ["not_paid", "paid", "partial", "reversed", "in_payment"] as const;
const CURRENCIES = ["USD", "EUR", "GBP", "CHF", "PLN"] as const;
const OFFSETS = ["Z", "Z", "Z", "+00:00", "+02:00", "-05:00", "+05:30"] as const;

/** xorshift32 with a fixed seed: the same corpus on every machine. */
export function rng(seed = 0x2545f491): (n: number) => number {
  let s = seed;
  return (n) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function* invoices(count: number, seed?: number): Generator<Record<string, unknown>> {
  const r = rng(seed);
  for (let i = 0; i < count; i++) {
    const year = 2021 + r(6);
    const month = 1 + r(12);
    const day = 1 + r(28);
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const due = `${year}-${pad(month)}-${pad(Math.min(28, day + r(10)))}`;
    const untaxed = BigInt(r(800)) * 10n ** 12n + BigInt(r(1_000_000)) * 10n ** 6n + BigInt(r(1_000_000));
    const tax = (untaxed * BigInt(r(25))) / 100n;
    const refund = r(10) === 0;
    const nullDates = r(20) === 0;
    const fraction = r(3) === 0 ? `.${pad(r(1000), 3)}${r(2) === 0 ? pad(r(1000), 3) : ""}` : "";
    const stamp = `${date}T${pad(r(24))}:${pad(r(60))}:${pad(r(60))}${fraction}${OFFSETS[r(OFFSETS.length)]}`;
    const record: Record<string, unknown> = {
      id: 1_000_000 + i,
      name: `${refund ? "RINV" : "INV"}/${year}/${pad(i % 100000, 5)}`,
      move_type: refund ? "out_refund" : "out_invoice",
      currency: CURRENCIES[r(CURRENCIES.length)],
      invoice_date: nullDates ? null : date,
      invoice_date_due: nullDates ? null : due,
      billing_period_from: nullDates ? null : `${year}-${pad(month)}-01`,
      billing_period_to: nullDates ? null : `${year}-${pad(month)}-28`,
      amount_untaxed: formatAmount(untaxed),
      amount_tax: formatAmount(tax),
      amount_total: formatAmount(untaxed + tax),
      payment_state: refund ? (r(2) === 0 ? "reversed" : "paid") : PAYMENT_STATES[i % PAYMENT_STATES.length],
      client_id: r(50) === 0 ? -1 - r(1000) : r(2_000_000_000),
      payer_id: r(100_000),
      invoice_id: r(10) === 0 ? null : 5_000_000 + i,
      created_at: stamp,
      updated_at: stamp,
    };
    if (r(100) === 0) breakRecord(record, r);
    yield record;
  }
}

/** The faults stored invoices really show: each one the schema must catch. */
function breakRecord(record: Record<string, unknown>, r: (n: number) => number): void {
  switch (r(6)) {
    case 0:
      record.amount_total = "1200.5"; // lost its fixed scale in a spreadsheet
      break;
    case 1:
      record.invoice_date = "2023-02-30";
      break;
    case 2:
      delete record.payer_id;
      break;
    case 3:
      record.payment_state = "refunded";
      break;
    case 4:
      record.client_id = 4_294_967_296;
      break;
    default:
      record.updated_at = "2023-11-07 05:31:56";
  }
}

/** Writes `count` records as NDJSON in ~1 MiB writes; returns the byte size. */
export function writeCorpus(path: string, count: number): number {
  const fd = openSync(path, "w");
  let size = 0;
  let batch = "";
  try {
    for (const record of invoices(count)) {
      batch += `${JSON.stringify(record)}\n`;
      if (batch.length > 1 << 20) {
        size += writeSync(fd, batch);
        batch = "";
      }
    }
    size += writeSync(fd, batch);
  } finally {
    closeSync(fd);
  }
  return size;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, count] = process.argv.slice(2);
  if (!out) throw new Error("usage: tsx bench/corpus.ts <out.ndjson> [records]");
  const bytes = writeCorpus(out, Number(count ?? 200_000));
  console.log(`${out}: ${bytes} bytes`);
}
