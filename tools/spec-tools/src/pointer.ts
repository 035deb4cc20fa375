/** Pointer and reference helpers come from the generator, so every stage reads `$ref`s the same way. */
import { componentSchemaName, deref, isObject, joinPointer, resolvePointer } from "@gcore-billing/codegen";

export { componentSchemaName as componentName, deref, isObject, joinPointer, resolvePointer as resolveRef };

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
