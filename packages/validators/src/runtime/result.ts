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

const unescapeToken = (token: string) => token.replace(/~1/g, "/").replace(/~0/g, "~");

/** The value `pointer` (ajv's `instancePath`) designates in `data`, or undefined. */
function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === "") return data;
  let node = data;
  for (const token of pointer.slice(1).split("/")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[unescapeToken(token)];
  }
  return node;
}

/**
 * A `type` error on a number that is not finite says why: JSON.parse reads a number too large for
 * a double (`1E400`) as Infinity, so "must be integer" alone would contradict the text the caller
 * sees. The rule itself is ajv's (strictNumbers): no integer or number is infinite.
 */
function explained(message: string, keyword: string, value: unknown): string {
  if (keyword !== "type" || typeof value !== "number" || Number.isFinite(value)) return message;
  return Number.isNaN(value)
    ? `${message}; got NaN, which is no JSON number`
    : `${message}; got ${value}: the number is too large for a double (JSON.parse reads 1E400 as Infinity), so it is no finite value`;
}

/** The validators' issues for ajv's errors; with `data`, a non-finite number's `type` error says what happened. */
export function toIssues(errors: readonly AjvError[] | null | undefined, data?: unknown): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    const missing =
      e.keyword === "required" ? e.params.missingProperty : e.keyword === "additionalProperties" ? e.params.additionalProperty : undefined;
    const message = e.message ?? e.keyword;
    return {
      pointer: typeof missing === "string" ? `${e.instancePath}/${escapeToken(missing)}` : e.instancePath,
      keyword: e.keyword,
      message: e.keyword === "type" ? explained(message, e.keyword, valueAt(data, e.instancePath)) : message,
    };
  });
}

export function createValidator<T>(name: string, compiled: CompiledValidator): Validator<T> {
  const validate = (data: unknown): ValidationResult<T> =>
    compiled(data) ? { valid: true, value: data as T } : { valid: false, errors: toIssues(compiled.errors, data) };
  return {
    name,
    validate,
    check: (data: unknown): boolean => compiled(data),
    is: (data: unknown): data is T => compiled(data),
    assert(data: unknown): asserts data is T {
      if (!compiled(data)) throw new ValidationError(name, toIssues(compiled.errors, data));
    },
  };
}
