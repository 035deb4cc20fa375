/**
 * The one normalised model every emitter reads. It is built once per run by
 * `stages/normalise.ts`; emitters never look at the raw document.
 */
export type JsonSchema = boolean | { [keyword: string]: unknown };

export interface SpecSource {
  /** File name (no directories) so generated headers are identical on every machine. */
  fileName: string;
  sha256: string;
  /** `openapi` field of the original document (3.0.x or 3.1.x). */
  openapi: string;
  title: string;
  /** `info.version` of the upstream document. */
  version: string;
}

export interface SchemaEntry {
  /** Key under `components/schemas`. */
  name: string;
  /** Public name in the generated packages (`ErpInvoice` for `ErpInvoiceExternal`). */
  exportName: string;
  pointer: string;
}

export interface EnumEntry {
  /** e.g. `ErpInvoiceMoveType`; the packages export `${name}Values` and `type ${name}`. */
  name: string;
  values: unknown[];
  pointer: string;
}

export interface ParameterModel {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: JsonSchema;
  style: string;
  explode: boolean;
}

export interface ResponseModel {
  /** `200`, `201`, `2XX`, `default`... */
  status: string;
  contentType: string | null;
  /** Present for JSON bodies. */
  schema: JsonSchema | null;
  binary: boolean;
}

export interface OperationModel {
  operationId: string;
  method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
  path: string;
  pointer: string;
  summary: string | null;
  description: string | null;
  deprecated: boolean;
  /** camelCase resource (`erpInvoices`) and method (`retrieve`) on the generated client. */
  resource: string;
  action: string;
  parameters: ParameterModel[];
  requestBody: { required: boolean; contentType: string; schema: JsonSchema | null } | null;
  responses: ResponseModel[];
}

export interface Warning {
  code: "unknown-format" | "unknown-keyword";
  message: string;
  pointers: string[];
}

export interface Model {
  source: SpecSource;
  /**
   * The document with OpenAPI 3.0 semantics rewritten to 3.1 / JSON Schema 2020-12
   * (`nullable`, boolean `exclusiveMinimum`...). Annotations are kept for doc comments.
   */
  document: Record<string, unknown>;
  /** Component schemas ready for a strict JSON Schema 2020-12 validator. */
  validationSchemas: Record<string, JsonSchema>;
  schemas: SchemaEntry[];
  enums: EnumEntry[];
  operations: OperationModel[];
  warnings: Warning[];
}
