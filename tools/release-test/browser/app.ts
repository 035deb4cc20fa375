// Bundled for the browser by the CSP check: validates one good and one broken invoice and shows the verdicts.
import { ErpInvoiceValidator, validateErpInvoice } from "@gcore-billing/validators";
import { invalidInvoice, validInvoice } from "../src/invoice.js";

const verdict = (input: unknown) => {
  const result = validateErpInvoice(input);
  return result.valid ? { valid: true, pointers: [] } : { valid: false, pointers: result.errors.map((e) => e.pointer).sort() };
};

const out = document.getElementById("verdicts");
if (!out) throw new Error("page has no #verdicts element");
out.textContent = JSON.stringify({
  valid: verdict(validInvoice),
  invalid: verdict(invalidInvoice),
  check: [ErpInvoiceValidator.check(validInvoice), ErpInvoiceValidator.check(invalidInvoice)],
});
document.body.dataset.done = "true";
