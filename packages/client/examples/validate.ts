// Check every answer against the spec with the compiled validators (a separate entry:
// the main one stays small for browsers).
// Run: GCORE_API_KEY=... npx tsx examples/validate.ts
import { createClient, ResponseValidationError } from "@gcore-billing/client/validate";

const strict = createClient(); // validateResponses: "throw" by default here
try {
  await strict.erpInvoices.retrieve(1);
} catch (error) {
  if (!(error instanceof ResponseValidationError)) throw error;
  for (const issue of error.errors) console.error(issue.pointer, issue.message); // e.g. /amount_total must match pattern ...
}

// Keep going but log what drifted from the spec.
const lenient = createClient({ validateResponses: "warn", logger: { warn: (m) => console.warn(m) } });
console.log(await lenient.erpInvoices.list({ limit: 10 }).firstPage());
