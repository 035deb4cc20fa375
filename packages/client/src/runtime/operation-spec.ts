/** The shape of each entry of the generated operation table (`generated/operations.ts`). */
export interface OperationSpec {
  operationId: string;
  method: string;
  path: string;
  resource: string;
  action: string;
  /** What a success answers: a JSON body, a binary stream, or nothing. */
  kind: "json" | "binary" | "empty";
  successStatus: string;
  contentType: string | null;
  /** `limit`/`offset` in, `{ count, results }` out. */
  paginated: boolean;
  pathParams: readonly string[];
  /** Query parameters with their OpenAPI serialization. */
  query: Readonly<Record<string, { style: string; explode: boolean }>>;
  hasBody: boolean;
}
