import type { ValidationIssue } from "@gcore-billing/validators";

/** One invalid record. `line` is 1-based in NDJSON, `index` 0-based in a JSON array; null where it does not apply. */
export interface InvalidRecord {
  line: number | null;
  index: number | null;
  errors: ValidationIssue[];
}

export function parseProblem(message: string): ValidationIssue {
  return { pointer: "", keyword: "parse", message };
}

export function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/** JSON.parse's complaint, with the engine's recursion limit said in words. */
export function jsonParseProblem(e: unknown): ValidationIssue {
  if (e instanceof RangeError) return parseProblem("invalid JSON: nested too deeply to parse");
  return parseProblem(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
}
