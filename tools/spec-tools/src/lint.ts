import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileValidators, loadSpecText, type Model, normalise } from "@gcore-billing/codegen";
import { createConfig, lint } from "@redocly/openapi-core";

export interface LintProblem {
  pointer: string;
  message: string;
  rule: string;
}

/**
 * Gcore marks nullable fields the OpenAPI 3.0 way in 3.1 documents; the generator honours
 * that on purpose (see the root README), so Redocly's complaint about it is not a problem here.
 */
const TOLERATED = [/^Property `nullable` is not expected here/];

/**
 * A document is accepted when it parses, Redocly's `minimal` ruleset finds no error, and the
 * generator's own stages take it: every $ref resolves, operationIds are unique, names do not
 * clash and every schema compiles under ajv's strict mode.
 */
export async function lintSpec(label: string, bytes: Buffer): Promise<{ model: Model; errors: LintProblem[]; warnings: LintProblem[] }> {
  const text = bytes.toString("utf8");
  const model = normalise(loadSpecText(label, bytes));
  compileValidators(model, label);

  const dir = mkdtempSync(join(tmpdir(), "gcore-spec-lint-"));
  try {
    // Redocly resolves documents by path; the extension tells it how to parse.
    const file = join(dir, /^\s*[{[]/.test(text) ? "spec.json" : "spec.yaml");
    writeFileSync(file, bytes);
    const config = await createConfig({ extends: ["minimal"] });
    const problems = await lint({ ref: file, config });
    const errors: LintProblem[] = [];
    const warnings: LintProblem[] = [];
    for (const p of problems) {
      if (TOLERATED.some((re) => re.test(p.message))) continue;
      const entry = { pointer: p.location[0]?.pointer ?? "", message: p.message, rule: p.ruleId };
      (p.severity === "error" ? errors : warnings).push(entry);
    }
    return { model, errors, warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
