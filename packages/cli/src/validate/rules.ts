import { formatAmount, formats, tryParseAmount, type ValidationIssue } from "@gcore-billing/validators";

/**
 * Business checks the schema cannot express, for ErpInvoice records. Fields
 * that are missing, null or malformed are left to the schema's errors: a rule
 * only speaks when it can compare real values.
 */
export type RecordRules = (record: Record<string, unknown>) => ValidationIssue[] | undefined;

const isDate = formats.date;

export const erpInvoiceRules: RecordRules = (record) => {
  let issues: ValidationIssue[] | undefined;
  const total = amount(record.amount_total);
  const untaxed = amount(record.amount_untaxed);
  const tax = amount(record.amount_tax);
  // bigint units of 10^-12: exact, where 0.1 + 0.2 in floating point is not 0.3.
  if (total !== undefined && untaxed !== undefined && tax !== undefined && total !== untaxed + tax) {
    issues = add(issues, {
      pointer: "/amount_total",
      keyword: "rule",
      message: `must equal amount_untaxed + amount_tax = ${formatAmount(untaxed + tax)}`,
    });
  }
  if (dateBefore(record.invoice_date_due, record.invoice_date)) {
    issues = add(issues, { pointer: "/invoice_date_due", keyword: "rule", message: "must not be before invoice_date" });
  }
  if (dateBefore(record.billing_period_to, record.billing_period_from)) {
    issues = add(issues, { pointer: "/billing_period_to", keyword: "rule", message: "must not be before billing_period_from" });
  }
  return issues;
};

// The list is allocated only when a rule fails: a valid record, the common case, makes no garbage.
function add(issues: ValidationIssue[] | undefined, issue: ValidationIssue): ValidationIssue[] {
  if (issues === undefined) return [issue];
  issues.push(issue);
  return issues;
}

/** Rules by schema name; `--rules` with any other schema is a usage error. */
export const rulesBySchema: Readonly<Record<string, RecordRules>> = {
  ErpInvoice: erpInvoiceRules,
  ErpInvoiceExternal: erpInvoiceRules,
};

/** Only amounts in the API's own 12-decimal form; anything else already has a schema error. */
function amount(value: unknown): bigint | undefined {
  if (typeof value !== "string" || value.length < 14 || value.charCodeAt(value.length - 13) !== 46) return undefined;
  return tryParseAmount(value);
}

// YYYY-MM-DD is fixed width, so for valid dates string order is date order.
function dateBefore(a: unknown, b: unknown): boolean {
  return typeof a === "string" && typeof b === "string" && isDate(a) && isDate(b) && a < b;
}
