import mimeDb from "mime-db/db.json" with { type: "json" };
import type { MediaKind, MediaModel, OperationModel, ParameterModel, RequestBodyModel } from "../../model.ts";
import { isObject } from "../../pointer.ts";

export interface MediaVariant {
  contentType: string;
  kind: MediaKind;
}

/** The success answer the client returns, and how the caller picks among several media types. */
export interface SuccessPlan {
  status: string;
  kind: MediaKind | "empty";
  /** The default body (JSON when JSON is offered). */
  media: MediaVariant | null;
  /** Set when a query enum picks the media type: `format: "csv"` -> `text/csv`. */
  choice: { param: string; byValue: [value: string, variant: MediaVariant][]; defaultValue: string } | null;
}

const db = mimeDb as Record<string, { extensions?: string[] }>;
const essence = (contentType: string) => contentType.split(";")[0]!.trim().toLowerCase();

/** `csv` names `text/csv`, `xlsx` the spreadsheet type, `json` `application/json` (mime-db's extensions). */
function namesMedia(value: string, contentType: string): boolean {
  const type = essence(contentType);
  const v = value.toLowerCase();
  return db[type]?.extensions?.includes(v) === true || type.split("/")[1] === v;
}

/** A query enum whose every value names exactly one offered media type selects the answer's format. */
function selector(op: OperationModel, variants: MediaVariant[]): SuccessPlan["choice"] {
  for (const param of op.parameters.filter((p: ParameterModel) => p.in === "query")) {
    const values = isObject(param.schema) && Array.isArray(param.schema.enum) ? param.schema.enum : [];
    if (values.length === 0 || !values.every((v): v is string => typeof v === "string")) continue;
    const byValue: [string, MediaVariant][] = [];
    for (const value of values) {
      const matches = variants.filter((m) => namesMedia(value, m.contentType));
      if (matches.length !== 1) break;
      byValue.push([value, matches[0]!]);
    }
    if (byValue.length !== values.length) continue;
    const preferred = byValue.find(([, m]) => m.kind === "json") ?? byValue[0]!;
    return { param: param.name, byValue, defaultValue: preferred[0] };
  }
  return null;
}

export function successPlan(op: OperationModel): SuccessPlan {
  const success = op.responses.filter((r) => /^2/.test(r.status));
  const withBody = success.find((r) => r.contentType !== null);
  if (!withBody) return { status: success[0]?.status ?? "204", kind: "empty", media: null, choice: null };
  // Only the first status with a body is typed; Gcore's operations have one success status.
  const variants = success
    .filter((r) => r.status === withBody.status && r.contentType !== null && r.kind !== null)
    .map((r) => ({ contentType: r.contentType as string, kind: r.kind as MediaKind }));
  const media = variants.find((m) => m.kind === "json") ?? variants[0]!;
  const choice = variants.length > 1 ? selector(op, variants) : null;
  return { status: withBody.status, kind: media.kind, media, choice };
}

/** The media type the client sends a body as: the transport serialises JSON, so JSON when offered. */
export function bodyMedia(body: RequestBodyModel | null): MediaModel | null {
  if (!body || body.content.length === 0) return null;
  return body.content.find((m) => m.kind === "json") ?? body.content[0]!;
}
