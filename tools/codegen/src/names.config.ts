/**
 * Public names of the generated API surface. Everything not listed here is
 * derived by the rules in `stages/naming.ts`; entries here pin names that users
 * rely on, so a rule change can never rename them by accident.
 */
export const schemaAliases: Record<string, string> = {
  ErpInvoiceExternal: "ErpInvoice",
};

export const operationNames: Record<string, { resource: string; action: string }> = {
  v1_erp_invoices_list: { resource: "erpInvoices", action: "list" },
  v1_erp_invoices_retrieve: { resource: "erpInvoices", action: "retrieve" },
  v1_erp_invoices_download_retrieve: { resource: "erpInvoices", action: "download" },
};
