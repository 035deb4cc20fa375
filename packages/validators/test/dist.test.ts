import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The test task runs after `build` (turbo), so dist/ is what gets published.
const DIST = resolve(import.meta.dirname, "../dist");
const invoice = JSON.stringify({
  id: 1,
  name: "INV/1",
  move_type: "out_refund",
  currency: "EUR",
  invoice_date: null,
  invoice_date_due: null,
  billing_period_from: "2026-06-01",
  billing_period_to: "2026-06-30",
  amount_untaxed: "1.000000000000",
  amount_tax: "0.200000000000",
  amount_total: "1.200000000000",
  payment_state: "reversed",
  client_id: 7,
  payer_id: 7,
  invoice_id: null,
  created_at: "2026-07-01T00:00:00Z",
  updated_at: "2026-07-01T00:00:00.5+02:00",
});

const loaders: [string, { given: string[]; want: string }][] = [
  [
    "Node ESM",
    {
      given: [
        "--input-type=module",
        "-e",
        `import { isErpInvoice } from ${JSON.stringify(`${DIST}/index.js`)}; console.log(isErpInvoice(${invoice}), isErpInvoice({}));`,
      ],
      want: "true false",
    },
  ],
  [
    "Node CommonJS",
    {
      given: [
        "-e",
        `const { isErpInvoice } = require(${JSON.stringify(`${DIST}/index.cjs`)}); console.log(isErpInvoice(${invoice}), isErpInvoice({}));`,
      ],
      want: "true false",
    },
  ],
];

describe("dist", () => {
  it.each(loaders)("loads and validates in %s", (_name, { given, want }) => {
    expect(execFileSync(process.execPath, given, { encoding: "utf8" }).trim()).toBe(want);
  });

  it("contains no eval, new Function or require() of ajv", () => {
    for (const file of readdirSync(DIST).filter((f) => /\.(c?js)$/.test(f))) {
      const code = readFileSync(resolve(DIST, file), "utf8");
      expect(code, file).not.toMatch(/new Function|\beval\(/);
      expect(code, file).not.toMatch(/require\(["']ajv/);
    }
  });
});
