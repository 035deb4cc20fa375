/** An `ErpInvoiceExternal` as the API returns it (spec/billing_reseller_api.yaml): every required field, valid formats. */
export const validInvoice = {
  id: 42,
  name: "INV/2026/00042",
  move_type: "out_invoice",
  currency: "USD",
  invoice_date: "2026-07-01",
  invoice_date_due: "2026-07-31",
  billing_period_from: "2026-06-01",
  billing_period_to: "2026-06-30",
  amount_untaxed: "100.000000000000",
  amount_tax: "20.000000000000",
  amount_total: "120.000000000000",
  payment_state: "not_paid",
  client_id: 1001,
  payer_id: 7,
  invoice_id: null,
  created_at: "2026-07-01T10:00:00Z",
  updated_at: "2026-07-01T10:00:00Z",
} as const;

/** Two independent mistakes, so a verdict must report both pointers. */
export const invalidInvoice = { ...validInvoice, client_id: "1001", amount_total: "120" };
