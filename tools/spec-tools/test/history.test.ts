import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diff } from "../src/diff.ts";
import { toMarkdown } from "../src/report.ts";
import { bumps, HISTORY, model, REPO } from "./helpers.ts";

// File names start with the commit date, so sorting by name is sorting by date.
const files = readdirSync(HISTORY)
  .filter((f) => f.endsWith(".yaml"))
  .sort();
const newest = files.at(-1)!;

type Want = ReturnType<typeof bumps>;
const all = (b: Want["types"]): Want => ({ types: b, client: b, validators: b, cli: b });

/** What each real upstream change must be released as; the reasons are in the change lists. */
const WANT: Record<string, Want> = {
  // Removes 15 operations and 31 schemas.
  "2025-09-12a_e5000a261.yaml": all("major"),
  // Moves everything to /billing/org/v1 and drops the v3 operations.
  "2025-09-12b_02c789a5a.yaml": all("major"),
  // Adds the three erp-invoices operations and their schemas, nothing else.
  "2026-04-02_a42c5b361.yaml": all("minor"),
  // Query ids become integers, ExpenseForOrg.client_id string → integer, CalcRuleForOrg renamed.
  "2026-04-06_4ef2a86d5.yaml": all("major"),
  // Adds optional order_by everywhere, but reports/templates `ordering` turns from string into array:
  // breaking for callers, invisible to the validators (parameters are not validated).
  "2026-07-06_35829076e.yaml": { types: "major", client: "major", validators: "patch", cli: "major" },
};

describe("real upstream history, consecutive pairs by date", () => {
  it("has the six documents the README lists", () => {
    expect(files).toHaveLength(6);
  });

  it.each(files.slice(0, -1).map((base, i) => [base, files[i + 1]!] as const))("%s → %s", async (base, head) => {
    const result = diff(model(join(HISTORY, base)), model(join(HISTORY, head)));
    await expect(toMarkdown(result)).toMatchFileSnapshot(
      `__snapshots__/history/${base.replace(".yaml", "")}--${head.replace(".yaml", "")}.md`,
    );
    expect(bumps(result.bumps)).toEqual(WANT[base]);
    // A bump is only ever as large as the largest change that asks for it.
    expect(result.changes.some((c) => c.breaking)).toBe(Object.values(result.bumps).includes("major"));
  });

  it(`spec/ against the newest history entry (${newest}) is documentation only`, async () => {
    const result = diff(model(join(HISTORY, newest)), model(join(REPO, "spec/billing_reseller_api.yaml")));
    await expect(toMarkdown(result)).toMatchFileSnapshot(`__snapshots__/history/${newest.replace(".yaml", "")}--spec.md`);
    expect(bumps(result.bumps)).toEqual(all("patch"));
    expect(new Set(result.changes.map((c) => c.kind))).toEqual(new Set(["docs.changed", "spec.version.changed"]));
  });
});
