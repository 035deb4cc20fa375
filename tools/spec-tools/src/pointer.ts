/** Pointer helpers come from the generator, so both read `$ref`s the same way. */
import { isObject, joinPointer, resolvePointer, unescapePointer } from "@gcore-billing/codegen";

export { isObject, joinPointer, resolvePointer as resolveRef };

const COMPONENT_PREFIX = "#/components/schemas/";
export const componentName = (ref: unknown): string | null =>
  typeof ref === "string" && ref.startsWith(COMPONENT_PREFIX)
    ? unescapePointer(decodeURIComponent(ref.slice(COMPONENT_PREFIX.length)))
    : null;

/** Key order does not matter to a document; sort it so equal values print equal. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
