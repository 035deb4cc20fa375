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
 * Builds the check `validateResponses` runs. Lives outside the main entry (only
 * `@gcore-billing/client/validate` imports it) so browsers that skip validation don't pay for it.
 * The boolean fast path runs first; error details are built only on failure.
 */
export function createResponseCheck(mode: Exclude<ValidateResponses, "off">, validators: ResponseValidators): ResponseCheck {
  checkChoice("validateResponses", mode, ["throw", "warn"] as const);
  return (operationId, status, data, logger) => {
    const validator = validators[operationId]?.[status];
    if (!validator || validator.check(data)) return;
    const result = validator.validate(data);
    const errors = result.valid ? [] : result.errors;
    const shown = errors.slice(0, 5).map((e) => `${e.pointer || "/"} ${e.message}`);
    if (errors.length > 5) shown.push(`and ${errors.length - 5} more`);
    const error = new ResponseValidationError(
      `${operationId} ${status} response does not match the spec: ${shown.join("; ")}`,
      operationId,
      errors,
    );
    if (mode === "throw") throw error;
    logger.warn?.(error.message);
  };
}
