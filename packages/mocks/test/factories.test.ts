import { parseAmount, schemaValidators } from "@gcore-billing/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as mocks from "../src/factories.js";
import { fakeErpInvoice, fakePaginatedErpInvoiceExternalList, fakeTemplate } from "../src/factories.js";

type Factory = (options?: mocks.FakeOptions<unknown>) => unknown;
const factories = Object.entries(mocks).filter(([name]) => /^fake[A-Z]/.test(name)) as [string, Factory][];
const SEEDS = Array.from({ length: 200 }, (_, i) => i);

const problems = (name: string, value: unknown) => {
  const result = schemaValidators[name.slice("fake".length)]!.validate(value);
  return result.valid ? [] : result.errors.map((e) => `${e.pointer} ${e.message}`);
};

// Hundreds of seeds per factory: seconds on a loaded machine, so each test may take a minute.
describe("fake<Name>() factories", { timeout: 60_000 }, () => {
  it("exist for every component schema", () => {
    const exportNames = new Set(Object.values(schemaValidators).map((v) => v.name));
    expect(factories.map(([name]) => name.slice(4)).sort()).toEqual([...exportNames].sort());
  });

  it.each(factories)("%s: the output validates for 200 seeds", (name, factory) => {
    for (const seed of SEEDS) expect(problems(name, factory({ seed })), `${name} seed ${seed}`).toEqual([]);
  });

  it("still validates with any seed and any share of nulls and optional properties", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, nullShare, optionalShare) => {
          for (const [name, factory] of factories) {
            const found = problems(name, factory({ seed, nullShare, optionalShare }));
            if (found.length > 0)
              throw new Error(`${name} seed ${seed} nullShare ${nullShare} optionalShare ${optionalShare}: ${found.join("; ")}`);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("is deterministic for a seed and differs across seeds", () => {
    for (const [name, factory] of factories) expect(factory({ seed: 7 }), name).toEqual(factory({ seed: 7 }));
    const invoices = SEEDS.map((seed) => JSON.stringify(fakeErpInvoice({ seed })));
    expect(new Set(invoices).size).toBe(SEEDS.length);
    const ids = SEEDS.map((seed) => fakeErpInvoice({ seed }).id);
    expect(new Set(ids).size).toBeGreaterThan(190);
    // Without a seed, each call gets a new one.
    expect(fakeErpInvoice()).not.toEqual(fakeErpInvoice());
  });

  it("keeps ErpInvoice business-consistent: total = untaxed + tax exactly, due >= date, period from <= to", () => {
    const rates = new Set<string>();
    for (const seed of SEEDS) {
      const inv = fakeErpInvoice({ seed });
      expect(parseAmount(inv.amount_total), `seed ${seed}`).toBe(parseAmount(inv.amount_untaxed) + parseAmount(inv.amount_tax));
      if (inv.invoice_date !== null && inv.invoice_date_due !== null)
        expect(inv.invoice_date_due >= inv.invoice_date, `seed ${seed}`).toBe(true);
      if (inv.billing_period_from !== null && inv.billing_period_to !== null)
        expect(inv.billing_period_to >= inv.billing_period_from, `seed ${seed}`).toBe(true);
      expect(inv.updated_at >= inv.created_at).toBe(true);
      const untaxed = parseAmount(inv.amount_untaxed);
      if (untaxed > 0n) rates.add(((parseAmount(inv.amount_tax) * 100n + untaxed - 1n) / untaxed).toString());
    }
    // Several real VAT rates appear, not one constant ratio.
    expect(rates.size).toBeGreaterThan(3);
  });

  it("keeps nested records consistent too", () => {
    for (const seed of SEEDS.slice(0, 50)) {
      for (const inv of fakePaginatedErpInvoiceExternalList({ seed }).results) {
        expect(parseAmount(inv.amount_total)).toBe(parseAmount(inv.amount_untaxed) + parseAmount(inv.amount_tax));
      }
    }
  });

  it("applies overrides, and adjusts only the fields not overridden", () => {
    const paid = fakeErpInvoice({ seed: 7, overrides: { payment_state: "paid" } });
    expect(paid.payment_state).toBe("paid");
    expect({ ...paid, payment_state: undefined }).toEqual({ ...fakeErpInvoice({ seed: 7 }), payment_state: undefined });

    const net = fakeErpInvoice({ seed: 3, overrides: { amount_untaxed: "100.000000000000" } });
    expect(net.amount_untaxed).toBe("100.000000000000");
    expect(parseAmount(net.amount_total)).toBe(parseAmount("100") + parseAmount(net.amount_tax));

    const fixedTotal = fakeErpInvoice({ seed: 3, overrides: { amount_total: "1.000000000000" } });
    expect(fixedTotal.amount_total).toBe("1.000000000000");

    const due = fakeErpInvoice({ seed: 5, nullShare: 0, overrides: { invoice_date_due: "2024-01-01" } });
    expect(due.invoice_date_due).toBe("2024-01-01");
    expect(due.invoice_date! <= "2024-01-01").toBe(true);
    expect(problems("fakeErpInvoice", due)).toEqual([]);

    const both = fakeErpInvoice({ seed: 5, overrides: { invoice_date: "2026-05-01", invoice_date_due: "2026-04-01" } });
    expect([both.invoice_date, both.invoice_date_due]).toEqual(["2026-05-01", "2026-04-01"]);
  });

  it("controls nulls and optional properties by share", () => {
    const nullable = ["invoice_date", "invoice_date_due", "billing_period_from", "billing_period_to", "invoice_id"] as const;
    for (const seed of SEEDS.slice(0, 50)) {
      const never = fakeErpInvoice({ seed, nullShare: 0 });
      for (const field of nullable) expect(never[field], field).not.toBeNull();
      const always = fakeErpInvoice({ seed, nullShare: 1 });
      for (const field of nullable) expect(always[field], field).toBeNull();
      expect(Object.keys(fakeTemplate({ seed, optionalShare: 0 }).parameters)).toEqual([]);
      expect(Object.keys(fakeTemplate({ seed, optionalShare: 1 }).parameters)).toEqual(["parameters"]);
    }
    const share = SEEDS.filter((seed) => fakeErpInvoice({ seed }).invoice_date === null).length / SEEDS.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.25);
  });

  it("writes calendar-valid dates and RFC 3339 date-times, and realistic strings", () => {
    for (const seed of SEEDS) {
      const inv = fakeErpInvoice({ seed, nullShare: 0 });
      for (const d of [inv.invoice_date!, inv.invoice_date_due!, inv.billing_period_from!, inv.billing_period_to!]) {
        expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
      }
      expect(inv.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(inv.currency).toMatch(/^[A-Z]{3}$/);
      expect(inv.client_id).toBeGreaterThanOrEqual(-2147483648);
      expect(inv.client_id).toBeLessThanOrEqual(2147483647);
    }
  });
});
