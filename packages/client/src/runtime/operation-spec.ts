/** One entry of the generated operation table (`generated/operations.ts`), keyed by operationId. */
export interface OperationSpec {
  method: string;
  path: string;
  /**
   * Query parameters whose OpenAPI serialization is not the default `style: form, explode: true`
   * (e.g. `order_by` is `form` + `explode: false` -> `order_by=a,b`). Absent means all default.
   */
  query?: Readonly<Record<string, { style: string; explode: boolean }>>;
}
