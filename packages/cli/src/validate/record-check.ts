import type { ValidationIssue, Validator } from "@gcore-billing/validators";
import { describeJson, jsonParseProblem, parseProblem } from "./issues.js";
import type { RecordRules } from "./rules.js";

/** Returned for a whitespace-only line: not a record, not an error. */
export const BLANK: readonly ValidationIssue[] = Object.freeze([]);

/**
 * The per-record hot path: JSON.parse, then the boolean `check`; error
 * objects are only built for records that fail. Parsed records are only
 * read, never merged or copied, so `__proto__` or `constructor` keys (own
 * properties after JSON.parse) cannot reach a prototype.
 */
export class RecordChecker {
  constructor(
    private readonly validator: Validator<unknown>,
    private readonly rules: RecordRules | undefined,
  ) {}

  /** null for a valid record, BLANK for a blank line, else the problems. */
  text(text: string): readonly ValidationIssue[] | null {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      if (text.trim() === "") return BLANK;
      return [jsonParseProblem(e)];
    }
    return this.value(value);
  }

  value(value: unknown): ValidationIssue[] | null {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return [parseProblem(`expected a JSON object, got ${describeJson(value)}`)];
    }
    if (this.validator.check(value)) {
      return this.rules === undefined ? null : (this.rules(value as Record<string, unknown>) ?? null);
    }
    const result = this.validator.validate(value);
    const errors = result.valid ? [] : result.errors;
    const broken = this.rules?.(value as Record<string, unknown>);
    return broken ? errors.concat(broken) : errors;
  }
}
