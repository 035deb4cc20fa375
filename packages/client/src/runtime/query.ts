import { serializeArrayParam, serializeObjectParam, serializePrimitiveParam } from "openapi-fetch";
import type { OperationSpec } from "./operation-spec.js";
import { fail } from "./options.js";
import { SURROGATE } from "./path.js";

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
    try {
      const style = (spec.query?.[name] ?? FORM_EXPLODE) as Style;
      const key = encodeURIComponent(name);
      parts.push(
        Array.isArray(value)
          ? serializeArrayParam(key, value, style)
          : typeof value === "object"
            ? serializeObjectParam(
                key,
                Object.fromEntries(Object.entries(value as object).map(([k, v]) => [encodeURIComponent(k), v])),
                style,
              )
            : serializePrimitiveParam(key, String(value), style),
      );
    } catch {
      // encodeURIComponent's bare "URIError: URI malformed" would name nothing.
      fail(`query parameter ${JSON.stringify(name)} is refused: ${SURROGATE}`);
    }
  }
  return parts.join("&");
}
