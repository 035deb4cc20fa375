import { createAjv, escapePointer, type Model } from "@gcore-billing/codegen";
import { formats } from "@gcore-billing/validators";
import type { CorpusRecord } from "./corpus.ts";

type Check = (value: unknown) => { valid: boolean; fields: Set<string> };

/**
 * In-memory validators for every component schema of one document, with the same ajv
 * options and format checks the generated package uses. Nothing is written or checked out.
 */
export function buildValidators(model: Model): Map<string, Check> {
  const defs = model.validationSchemas;
  const text = JSON.stringify(defs);
  const ajv = createAjv(text, formats);
  ajv.addSchema({ $id: "gcore-billing-spec", $defs: defs });
  const out = new Map<string, Check>();
  for (const s of model.schemas) {
    let validate: ReturnType<typeof ajv.getSchema> | undefined;
    const check: Check = (value) => {
      validate ??= ajv.getSchema(`gcore-billing-spec#/$defs/${encodeURIComponent(escapePointer(s.name))}`);
      if (!validate) throw new Error(`schema ${s.name} did not compile`);
      const valid = validate(value) as boolean;
      return { valid, fields: valid ? new Set() : fieldsOf(validate.errors ?? []) };
    };
    out.set(s.name, check);
    out.set(s.exportName, check);
  }
  return out;
}

/** The field each error is about: its instance path with array indexes folded, plus the missing property for `required`. */
function fieldsOf(errors: { instancePath: string; keyword: string; params: Record<string, unknown> }[]): Set<string> {
  const out = new Set<string>();
  for (const e of errors) {
    let path = e.instancePath.replace(/\/\d+(?=\/|$)/g, "/*");
    if (e.keyword === "required" && typeof e.params.missingProperty === "string") path += `/${e.params.missingProperty}`;
    else if (e.keyword === "additionalProperties" && typeof e.params.additionalProperty === "string")
      path += `/${e.params.additionalProperty}`;
    out.add(path || "/");
  }
  return out;
}

export interface FieldImpact {
  validToInvalid: number;
  invalidToValid: number;
}

export interface SchemaImpact extends FieldImpact {
  records: number;
  validBefore: number;
  validAfter: number;
  fields: Record<string, FieldImpact>;
  /** Up to five records that flipped each way, so the report can be checked by hand. */
  examples: { validToInvalid: string[]; invalidToValid: string[] };
}

export interface ImpactReport extends FieldImpact {
  records: number;
  bySchema: Record<string, SchemaImpact>;
}

/** Validates every record with the base and the head validators and counts what flips. */
export function measureImpact(base: Model, head: Model, batches: { schema: string; records: CorpusRecord[] }[]): ImpactReport {
  const before = buildValidators(base);
  const after = buildValidators(head);
  const report: ImpactReport = { records: 0, validToInvalid: 0, invalidToValid: 0, bySchema: {} };
  for (const { schema, records } of batches) {
    const old = before.get(schema);
    const neu = after.get(schema);
    if (!old && !neu) throw new Error(`schema ${schema} exists in neither document`);
    report.bySchema[schema] ??= {
      records: 0,
      validBefore: 0,
      validAfter: 0,
      validToInvalid: 0,
      invalidToValid: 0,
      fields: {},
      examples: { validToInvalid: [], invalidToValid: [] },
    };
    const entry = report.bySchema[schema];
    // A schema missing on one side accepts nothing there: its validator is gone.
    const missing = { valid: false, fields: new Set(["/"]) };
    for (const record of records) {
      const a = old ? old(record.value) : missing;
      const b = neu ? neu(record.value) : missing;
      entry.records++;
      report.records++;
      if (a.valid) entry.validBefore++;
      if (b.valid) entry.validAfter++;
      if (a.valid === b.valid) continue;
      const direction = a.valid ? "validToInvalid" : "invalidToValid";
      entry[direction]++;
      report[direction]++;
      if (entry.examples[direction].length < 5) entry.examples[direction].push(record.where);
      // Blame the fields the failing side complains about.
      for (const field of a.valid ? b.fields : a.fields) {
        entry.fields[field] ??= { validToInvalid: 0, invalidToValid: 0 };
        entry.fields[field][direction]++;
      }
    }
  }
  return report;
}

export function formatImpact(report: ImpactReport, labels: { base: string; head: string }): string {
  const lines = [
    `Impact of ${labels.base} → ${labels.head} on ${report.records} stored record${report.records === 1 ? "" : "s"}:`,
    `  valid → invalid: ${report.validToInvalid}`,
    `  invalid → valid: ${report.invalidToValid}`,
  ];
  for (const [schema, s] of Object.entries(report.bySchema)) {
    lines.push(
      "",
      `${schema}: ${s.records} records, valid before ${s.validBefore}, after ${s.validAfter}; ${s.validToInvalid} now fail, ${s.invalidToValid} now pass`,
    );
    const fields = Object.entries(s.fields).sort(
      (x, y) => y[1].validToInvalid + y[1].invalidToValid - (x[1].validToInvalid + x[1].invalidToValid),
    );
    for (const [field, f] of fields) lines.push(`  ${field}: ${f.validToInvalid} now fail, ${f.invalidToValid} now pass`);
    for (const where of s.examples.validToInvalid) lines.push(`  e.g. now fails: ${where}`);
    for (const where of s.examples.invalidToValid) lines.push(`  e.g. now passes: ${where}`);
  }
  return `${lines.join("\n")}\n`;
}
