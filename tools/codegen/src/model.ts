/**
 * The one normalised model every emitter and tools/spec-tools read. It is built once per run by
 * `stages/normalise.ts`; nothing downstream looks at the raw document.
 */
import type { HttpMethod, MediaKind } from "./openapi.ts";
import type { PatternStatus } from "./stages/patterns.ts";

export type { HttpMethod, MediaKind };
export type JsonSchema = boolean | { [keyword: string]: unknown };

export interface SpecSource {
  /** File name (no directories) so generated headers are identical on every machine. */
  fileName: string;
  sha256: string;
  /** `openapi` field of the original document (3.0, 3.0.x, 3.1 or 3.1.x). */
  openapi: string;
  /** For a multi-file document: every file bundled into it (absolute paths). */
  files?: string[];
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
  /** The schema admits null (`nullable: true`, `type: [..., "null"]`, an `anyOf` with a null member). */
  nullable: boolean;
  description: string | null;
  deprecated: boolean;
  /**
   * The value a discriminator gives this schema (it is a `oneOf` member or an `allOf` child of a
   * schema with a `discriminator`): the property must hold one of `values`. Null when none.
   */
  discriminator: DiscriminatorTag | null;
}

export interface DiscriminatorTag {
  property: string;
  /** Mapping keys that name this schema, else its own name (as OpenAPI and openapi-typescript infer it). */
  values: string[];
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
  /** Validation form (JSON Schema 2020-12, component references as `#/$defs/...`). */
  schema: JsonSchema;
  /** The schema as it stands in `Model.document` (component references as `#/components/schemas/...`); undefined when absent. */
  documentSchema: JsonSchema | undefined;
  style: string;
  explode: boolean;
  allowReserved: boolean;
  deprecated: boolean;
  description: string | null;
  /** Where the parameter is listed (`.../parameters/0`), on the path item or on the operation. */
  pointer: string;
}

/** One media type of a request or response body. */
export interface MediaModel {
  contentType: string;
  kind: MediaKind;
  /** Validation form for JSON bodies (true when the media type has no schema); null for text and binary. */
  schema: JsonSchema | null;
  /** The schema as it stands in `Model.document`, whatever the kind; undefined when absent. */
  documentSchema: JsonSchema | undefined;
}

export interface ResponseModel {
  /** `200`, `201`, `2XX`, `default`... */
  status: string;
  /** One entry per media type of the status; a status without content has one entry with `contentType: null`. */
  contentType: string | null;
  /** Present for JSON bodies. */
  schema: JsonSchema | null;
  /** null when the status has no content. */
  kind: MediaKind | null;
  /** Same as `documentSchema` of MediaModel. */
  documentSchema: JsonSchema | undefined;
  /** @deprecated read `kind`: true for every non-JSON body, text included. */
  binary: boolean;
  description: string | null;
}

export interface RequestBodyModel {
  required: boolean;
  description: string | null;
  /** Every media type, in document order. */
  content: MediaModel[];
  /** @deprecated read `content`: the first media type. */
  contentType: string;
  /** @deprecated read `content`: the first media type's validation schema. */
  schema: JsonSchema | null;
}

/** limit/offset query parameters and a `{ count, results }` JSON 200 body. */
export interface OffsetPagination {
  kind: "offset";
  limitParameter: string;
  offsetParameter: string;
  /** Validation form of one element of `results`. */
  itemsSchema: JsonSchema;
  /** The same in `Model.document` form. */
  itemsDocumentSchema: JsonSchema | undefined;
}

export interface OperationModel {
  operationId: string;
  method: HttpMethod;
  path: string;
  pointer: string;
  summary: string | null;
  description: string | null;
  deprecated: boolean;
  tags: string[];
  /** camelCase resource (`erpInvoices`) and method (`retrieve`) on the generated client. */
  resource: string;
  action: string;
  parameters: ParameterModel[];
  requestBody: RequestBodyModel | null;
  responses: ResponseModel[];
  pagination: OffsetPagination | null;
}

export type WarningCode =
  | "unknown-format"
  | "unknown-keyword"
  | "unknown-type"
  | "duplicate-required"
  | "invalid-required"
  | "duplicate-operation-id"
  | "name-collision"
  | "non-unicode-pattern"
  | "invalid-pattern";

export interface Warning {
  code: WarningCode;
  message: string;
  pointers: string[];
  /** Line and column of each pointer in the root file, where known. */
  positions?: ({ line: number; col: number } | undefined)[];
}

/** A `pattern` (or `patternProperties` key) that is not valid under the `u` flag as written. */
export interface PatternModel {
  pointer: string;
  source: string;
  /** What the validation schemas hold instead (valid under `u`); null when it compiles in no mode and was dropped. */
  pattern: string | null;
  status: Exclude<PatternStatus, "unicode">;
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
  /** Every rewritten pattern; the validation schemas already hold the rewritten form. */
  patterns: PatternModel[];
  warnings: Warning[];
}
