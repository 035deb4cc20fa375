/** What ajv's standalone code exposes: a predicate that leaves its errors on itself. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ValidationIssue {
  /** JSON pointer (RFC 6901) to the offending value; for `required`, to the missing property. */
  pointer: string;
  /** JSON Schema keyword that failed (`type`, `pattern`, `required`, `format`...). */
  keyword: string;
  message: string;
}

export type ValidationResult<T> = { valid: true; value: T } | { valid: false; errors: ValidationIssue[] };

/** Thrown by `assertX()`; `errors` lists every problem, not just the first. */
export class ValidationError extends Error {
  override name = "ValidationError";
  constructor(
    readonly schema: string,
    readonly errors: ValidationIssue[],
  ) {
    super(
      `${schema}: ${errors.length} validation error${errors.length === 1 ? "" : "s"}:\n${errors
        .map((e) => `  ${e.pointer || "/"} ${e.message}`)
        .join("\n")}`,
    );
  }
}

export interface Validator<T> {
  readonly name: string;
  validate(data: unknown): ValidationResult<T>;
  is(data: unknown): data is T;
  assert(data: unknown): asserts data is T;
  /** Only the verdict, without building error objects: the fast path for bulk checks. */
  check(data: unknown): boolean;
}

const escapeToken = (token: string) => token.replace(/~/g, "~0").replace(/\//g, "~1");

export function toIssues(errors: readonly AjvError[] | null | undefined): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    const missing =
      e.keyword === "required" ? e.params.missingProperty : e.keyword === "additionalProperties" ? e.params.additionalProperty : undefined;
    return {
      pointer: typeof missing === "string" ? `${e.instancePath}/${escapeToken(missing)}` : e.instancePath,
      keyword: e.keyword,
      message: e.message ?? e.keyword,
    };
  });
}

export function createValidator<T>(name: string, compiled: CompiledValidator): Validator<T> {
  const validate = (data: unknown): ValidationResult<T> =>
    compiled(data) ? { valid: true, value: data as T } : { valid: false, errors: toIssues(compiled.errors) };
  return {
    name,
    validate,
    check: (data: unknown): boolean => compiled(data),
    is: (data: unknown): data is T => compiled(data),
    assert(data: unknown): asserts data is T {
      if (!compiled(data)) throw new ValidationError(name, toIssues(compiled.errors));
    },
  };
}
