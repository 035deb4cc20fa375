import { ResponseValidationError } from "./errors.js";
import type { Logger } from "./logger.js";
import { checkChoice } from "./options.js";

export type ValidateResponses = "throw" | "warn" | "off";

/** The part of `@gcore-billing/validators`' `Validator` the client needs. */
export interface ResponseValidator {
  check(data: unknown): boolean;
  validate(data: unknown): { valid: true } | { valid: false; errors: { pointer: string; keyword: string; message: string }[] };
}

/** `responseValidators[operationId][status]`, as exported by `@gcore-billing/validators`. */
export type ResponseValidators = Readonly<Record<string, Readonly<Record<string, ResponseValidator>> | undefined>>;

/** Called with every decoded success body; throws or logs when it breaks the spec. */
export type ResponseCheck = (operationId: string, status: number, data: unknown, logger: Logger) => void;

/**
 * Builds the check `validateResponses` runs. Every 2xx is checked: a status the operation does
 * not declare against its one declared success schema, or, when it declares several, as a
 * `ResponseValidationError` naming the status. Lives outside the main entry (only
 * `@gcore-billing/client/validate` imports it) so browsers that skip validation don't pay for it.
 * The boolean fast path runs first; error details are built only on failure.
 */
export function createResponseCheck(mode: Exclude<ValidateResponses, "off">, validators: ResponseValidators): ResponseCheck {
  checkChoice("validateResponses", mode, ["throw", "warn"] as const);
  return (operationId, status, data, logger) => {
    const report = (message: string, errors: ResponseValidationError["errors"]) => {
      const error = new ResponseValidationError(`${operationId} ${status} response ${message}`, operationId, errors);
      if (mode === "throw") throw error;
      logger.warn?.(error.message);
    };
    const byStatus = validators[operationId];
    if (!byStatus) return;
    // A 2xx the spec does not list (203, 206...) is held to the one success schema there is,
    // or is an error naming it: it must not slip through unchecked, typed as the declared body.
    const declared = Object.keys(byStatus).filter((s) => /^2(\d\d|XX)$/i.test(s));
    const key = Object.hasOwn(byStatus, status)
      ? String(status)
      : (declared.find((s) => s.toUpperCase() === "2XX") ?? (declared.length === 1 ? declared[0] : undefined));
    const validator = key === undefined ? undefined : byStatus[key];
    if (!validator) {
      const message = `status ${status} is not declared by the spec, which declares ${declared.join(", ") || "no success body"}`;
      return report(`is undeclared: ${message}`, [{ pointer: "", keyword: "status", message }]);
    }
    if (validator.check(data)) return;
    const result = validator.validate(data);
    const errors = result.valid ? [] : result.errors;
    const shown = errors.slice(0, 5).map((e) => `${e.pointer || "/"} ${e.message}`);
    if (errors.length > 5) shown.push(`and ${errors.length - 5} more`);
    report(`does not match the spec${key === String(status) ? "" : ` (checked against its ${key} response)`}: ${shown.join("; ")}`, errors);
  };
}
