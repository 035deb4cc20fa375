import { serializeArrayParam, serializeObjectParam, serializePrimitiveParam } from "openapi-fetch";
import type { OperationSpec } from "./operation-spec.js";
import { encode } from "./path.js";

type Style = { style: "form"; explode: boolean; allowReserved?: boolean };
const FORM_EXPLODE: Style = { style: "form", explode: true };

/**
 * Serializes a query exactly as the operation declares each parameter
 * (`ordering` and `order_by` are `style: form, explode: false` -> `order_by=a,b`).
 * openapi-fetch's own serializer takes one style for all parameters.
 */
export function serializeQuery(spec: Pick<OperationSpec, "query">, query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    // An empty array has no form representation: `order_by=` would ask for an empty sort key.
    if (value == null || (Array.isArray(value) && !value.length)) continue;
    // openapi-fetch encodes values unless `allowReserved === true`, which the spec never sets,
    // but not names: an `extraQuery` name such as "a&admin" or "x#" would add a parameter or
    // cut the query. Names (an object's keys included) are encoded like values.
    const style = (spec.query?.[name] ?? FORM_EXPLODE) as Style;
    const key = encode(name, `query parameter ${JSON.stringify(name)}`);
    // openapi-fetch's serializers call encodeURIComponent on values: checked here first.
    for (const v of typeof value === "object" ? Object.values(value as object) : [value]) {
      if (typeof v === "string") encode(v, `query parameter ${JSON.stringify(name)}`);
    }
    parts.push(
      Array.isArray(value)
        ? serializeArrayParam(key, value, style)
        : typeof value === "object"
          ? serializeObjectParam(
              key,
              Object.fromEntries(
                Object.entries(value as object).map(([k, v]) => [encode(k, `query parameter ${JSON.stringify(name)}`), v]),
              ),
              style,
            )
          : serializePrimitiveParam(key, String(value), style),
    );
  }
  return parts.join("&");
}
