/** Structurally an `ErpInvoice` from @gcore-billing/types; kept dependency-free on purpose. */
export type InvoiceRecord = {
  id: number;
  name: string;
  move_type: "out_invoice" | "out_refund";
  currency: string;
  invoice_date: string | null;
  invoice_date_due: string | null;
  billing_period_from: string | null;
  billing_period_to: string | null;
  amount_untaxed: string;
  amount_tax: string;
  amount_total: string;
  payment_state: "not_paid" | "paid" | "partial" | "reversed" | "in_payment";
  client_id: number;
  payer_id: number;
  invoice_id: number | null;
  created_at: string;
  updated_at: string;
};

export function seedInvoice(overrides?: Record<string, unknown>): InvoiceRecord;
export function invoice(id: number, overrides?: Record<string, unknown>): InvoiceRecord;
export function invoicePage(
  total: number,
  offset: number,
  limit: number,
  base?: string,
): { count: number; next: string | null; previous: string | null; results: InvoiceRecord[] };

/** Absolute path of a vendored test-data file (see data/README.md), e.g. `dataPath("seed/erp-invoices-retrieve.txt")`. */
export function dataPath(relative: string): string;
/** Replaces the `<!-- name:start -->`…`<!-- name:end -->` section of docs/benchmarks.md. */
export function writeBenchSection(name: string, section: string): void;
