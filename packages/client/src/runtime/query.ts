import { serializeArrayParam, serializeObjectParam, serializePrimitiveParam } from "openapi-fetch";
import type { OperationSpec } from "./operation-spec.js";

/**
 * Serializes a query exactly as the operation declares each parameter
 * (`ordering` and `order_by` are `style: form, explode: false` -> `order_by=a,b`).
 * openapi-fetch's own serializer takes one style for all parameters.
 */
export function serializeQuery(spec: Pick<OperationSpec, "query">, query: Record<string, unknown> | undefined): string {
  if (!query) return "";
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const style = spec.query[name] ?? { style: "form", explode: true };
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      parts.push(serializeArrayParam(name, value, { style: style.style as "form", explode: style.explode, allowReserved: false }));
    } else if (typeof value === "object") {
      parts.push(
        serializeObjectParam(name, value as Record<string, unknown>, {
          style: style.style as "form",
          explode: style.explode,
          allowReserved: false,
        }),
      );
    } else {
      parts.push(serializePrimitiveParam(name, String(value), { allowReserved: false }));
    }
  }
  return parts.join("&");
}
