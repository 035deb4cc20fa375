import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parse, stringify } from "yaml";
import type { JsonSchema } from "../src/model.ts";
import { isObject } from "../src/pointer.ts";
import { mapSchema } from "../src/stages/schema-walk.ts";

/** Applies `convert` to every Schema Object of an OpenAPI document (components and `schema` fields). */
function mapDocumentSchemas(doc: unknown, convert: (node: Record<string, unknown>) => JsonSchema): unknown {
  const walk = (node: unknown, schemaMap: boolean): unknown => {
    if (Array.isArray(node)) return node.map((v) => walk(v, false));
    if (!isObject(node)) return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => {
        if (schemaMap || k === "schema") return [k, mapSchema(v, "", convert)];
        if (k === "example" || k === "examples" || k === "default") return [k, v];
        return [k, walk(v, k === "schemas" && isObject(v))];
      }),
    );
  };
  return walk(doc, false);
}

/** OpenAPI 3.0 schema -> the 3.1 (JSON Schema 2020-12) schema that means the same. */
function to31(node: Record<string, unknown>): JsonSchema {
  const out = { ...node };
  for (const [bound, limit] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (out[bound] === true && typeof out[limit] === "number") {
      out[bound] = out[limit];
      delete out[limit];
    } else if (out[bound] === false) delete out[bound];
  }
  if (!("nullable" in out)) return out;
  const nullable = out.nullable === true;
  delete out.nullable;
  if (!nullable) return out;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === "string") out.type = [out.type, "null"];
  else if (out.type === undefined) return { anyOf: [out, { type: "null" }] };
  return out;
}

/** OpenAPI 3.1 schema -> 3.0: `type: [T, "null"]` becomes `type: T, nullable: true`; numeric exclusive bounds become boolean ones. */
function to30(node: Record<string, unknown>): JsonSchema {
  const out = { ...node };
  if (Array.isArray(out.type) && out.type.includes("null")) {
    const rest = out.type.filter((t) => t !== "null");
    if (rest.length === 1) {
      out.type = rest[0];
      out.nullable = true;
    }
  }
  for (const [bound, limit] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof out[bound] === "number" && out[limit] === undefined) {
      out[limit] = out[bound];
      out[bound] = true;
    }
  }
  return out;
}

export const versionOf = (file: string): "3.0" | "3.1" =>
  String((parse(readFileSync(file, "utf8")) as { openapi: unknown }).openapi).startsWith("3.0") ? "3.0" : "3.1";

/**
 * Writes the fixture as the other minor version (3.0 <-> 3.1) into `dir` and returns the new
 * root file. A multi-file fixture is copied whole; only its root is converted.
 */
export function writeTwin(file: string, dir: string): { file: string; version: "3.0" | "3.1" } {
  const version = versionOf(file) === "3.0" ? "3.1" : "3.0";
  const doc = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const converted = mapDocumentSchemas(doc, version === "3.1" ? to31 : to30) as Record<string, unknown>;
  converted.openapi = version === "3.1" ? "3.1.0" : "3.0.3";
  mkdirSync(dir, { recursive: true });
  if (basename(file) === "openapi.yaml") cpSync(dirname(file), dir, { recursive: true });
  const out = resolve(join(dir, basename(file)));
  writeFileSync(out, stringify(converted));
  return { file: out, version };
}

/** Generated text with the provenance (document version, file name and hashes) blanked, so twins compare equal. */
export const withoutProvenance = (text: string): string =>
  text
    .replace(/[0-9a-f]{64}/g, "<sha256>")
    .replace(/\(OpenAPI 3\.[01][^,]*,/g, "(OpenAPI <version>,")
    .replace(/Source: \S+/g, "Source: <file>");
