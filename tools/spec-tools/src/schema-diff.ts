import { isDocumentation, splitNullable } from "@gcore-billing/codegen";
import { componentName, isObject, joinPointer, resolveRef, stableStringify } from "./pointer.ts";

/** A structural difference inside one schema, before it is classified per package. */
export interface SchemaChange {
  kind: string;
  location: string;
  detail: string;
}

/** Keywords that document a schema without constraining values or types (the generator's one list). */
const isAnnotation = isDocumentation;

/** Lower bounds: a larger value accepts less. */
const LOWER = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"] as const;
/** Upper bounds: a smaller value accepts less. */
const UPPER = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"] as const;

interface Canon {
  /** Component name when the schema is a reference (possibly wrapped in a one-member allOf). */
  ref: string | null;
  /** Allowed JSON types without "null"; null means any type. */
  types: Set<string> | null;
  nullable: boolean;
  enum: unknown[] | null;
  format: string | null;
  constraints: Record<string, unknown>;
  properties: Record<string, unknown>;
  required: Set<string>;
  /** `true` (anything), `false` (nothing) or a schema. */
  additional: unknown;
  items: unknown;
  variants: unknown[] | null;
  default: unknown;
  deprecated: boolean;
}

const structuralKeys = (node: Record<string, unknown>) =>
  Object.keys(node).filter((k) => !isAnnotation(k) && k !== "default" && k !== "deprecated");

/**
 * One comparable shape per schema: the nullable `anyOf [X, null]` that normalise writes
 * becomes a flag, `allOf` members are merged, and a one-member `allOf` around a `$ref`
 * (how Gcore attaches descriptions to references) is the reference itself.
 */
export function canon(node: unknown, document: unknown, depth = 0): Canon {
  const out: Canon = {
    ref: null,
    types: null,
    nullable: false,
    enum: null,
    format: null,
    constraints: {},
    properties: {},
    required: new Set(),
    additional: true,
    items: undefined,
    variants: null,
    default: undefined,
    deprecated: false,
  };
  if (node === false) {
    out.types = new Set();
    return out;
  }
  if (!isObject(node)) return out;
  // The generator's own decoder of the nullability it encoded.
  const split = splitNullable(node);
  out.nullable = split.nullable;
  let n = split.schema;
  if (Array.isArray(n.allOf) && depth < 16) {
    const members = n.allOf;
    delete n.allOf;
    const [only] = members;
    if (members.length === 1 && isObject(only) && typeof only.$ref === "string" && structuralKeys(n).length === 0) {
      n.$ref = only.$ref;
    } else {
      for (const member of members) {
        const resolved = isObject(member) && typeof member.$ref === "string" ? resolveRef(document, member.$ref) : member;
        const m = isObject(resolved) ? resolved : {};
        const flat = canon(m, document, depth + 1);
        const mergedProps = { ...(isObject(n.properties) ? n.properties : {}), ...flat.properties };
        const mergedRequired = [...new Set([...(Array.isArray(n.required) ? n.required : []), ...flat.required])];
        n = { ...m, ...n, properties: mergedProps, required: mergedRequired };
        delete n.allOf;
        delete n.$ref;
        if (flat.nullable) out.nullable = true;
      }
    }
  }
  out.ref = componentName(n.$ref);
  if (typeof n.type === "string") out.types = new Set([n.type]);
  else if (Array.isArray(n.type)) out.types = new Set(n.type.map(String));
  if (out.types?.has("null")) {
    out.nullable = true;
    out.types.delete("null");
  }
  if (Array.isArray(n.enum)) {
    if (n.enum.includes(null)) out.nullable = true;
    out.enum = n.enum.filter((v) => v !== null);
  } else if ("const" in n) out.enum = [n.const];
  if (typeof n.format === "string") out.format = n.format;
  for (const key of [...LOWER, ...UPPER, "pattern", "multipleOf", "uniqueItems"]) if (key in n) out.constraints[key] = n[key];
  if (isObject(n.properties)) out.properties = n.properties;
  if (Array.isArray(n.required)) out.required = new Set(n.required.map(String));
  if ("additionalProperties" in n) out.additional = n.additionalProperties;
  out.items = n.items;
  for (const key of ["anyOf", "oneOf"] as const) if (Array.isArray(n[key])) out.variants = [...(out.variants ?? []), ...n[key]];
  out.default = n.default;
  out.deprecated = n.deprecated === true;
  return out;
}

const typeSubset = (a: Set<string> | null, b: Set<string> | null): boolean => {
  if (b === null) return true;
  if (a === null) return false;
  return [...a].every((t) => b.has(t) || (t === "integer" && b.has("number")));
};
const showTypes = (t: Set<string> | null) => (t === null ? "any" : [...t].sort().join(" | ") || "nothing");
const show = (v: unknown) => JSON.stringify(v);

/** Two documents and where the walk is; `stack` stops recursion through self-referencing schemas. */
interface Walk {
  base: unknown;
  head: unknown;
  stack: Set<string>;
  out: SchemaChange[];
}

/**
 * Compares two schemas structurally. References to the same component are not followed
 * (the component is compared once, at its own location); any other reference is resolved.
 */
export function diffSchemas(base: unknown, head: unknown, location: string, documents: { base: unknown; head: unknown }): SchemaChange[] {
  const walk: Walk = { ...documents, stack: new Set(), out: [] };
  compare(base, head, location, walk);
  return walk.out;
}

function expand(c: Canon, document: unknown): Canon {
  if (c.ref === null) return c;
  const target = canon(resolveRef(document, `#/components/schemas/${c.ref}`), document);
  return {
    ...target,
    nullable: target.nullable || c.nullable,
    default: c.default ?? target.default,
    deprecated: c.deprecated || target.deprecated,
  };
}

function compare(a: unknown, b: unknown, at: string, w: Walk): void {
  const add = (kind: string, detail: string, location = at) => w.out.push({ kind, location, detail });
  let ca = canon(a, w.base);
  let cb = canon(b, w.head);
  const sameRef = ca.ref !== null && ca.ref === cb.ref;
  const key = `${ca.ref}|${cb.ref}`;
  if (!sameRef && (ca.ref !== null || cb.ref !== null)) {
    if (w.stack.has(key)) return;
    ca = expand(ca, w.base);
    cb = expand(cb, w.head);
  }
  if (ca.nullable !== cb.nullable)
    add(cb.nullable ? "nullable.added" : "nullable.removed", cb.nullable ? "became nullable" : "no longer nullable");
  if (stableStringify(ca.default) !== stableStringify(cb.default))
    add("default.changed", `default ${show(ca.default)} → ${show(cb.default)}`);
  if (ca.deprecated !== cb.deprecated) add("deprecated.changed", cb.deprecated ? "deprecated" : "no longer deprecated");
  // The component itself is compared once, at its own location.
  if (sameRef) return;
  w.stack.add(key);
  try {
    compareBody(ca, cb, at, w, add);
  } finally {
    w.stack.delete(key);
  }
}

function compareBody(ca: Canon, cb: Canon, at: string, w: Walk, add: (kind: string, detail: string, location?: string) => void): void {
  const typesEqual = typeSubset(ca.types, cb.types) && typeSubset(cb.types, ca.types);
  if (!typesEqual) {
    const kind = typeSubset(ca.types, cb.types) ? "type.widened" : typeSubset(cb.types, ca.types) ? "type.narrowed" : "type.changed";
    add(kind, `type ${showTypes(ca.types)} → ${showTypes(cb.types)}`);
  }

  if (ca.enum && cb.enum) {
    const before = new Set(ca.enum.map(stableStringify));
    const after = new Set(cb.enum.map(stableStringify));
    const added = [...after].filter((v) => !before.has(v));
    const removed = [...before].filter((v) => !after.has(v));
    if (added.length > 0) add("enum.value.added", `enum value${added.length > 1 ? "s" : ""} ${added.join(", ")} added`);
    if (removed.length > 0) add("enum.value.removed", `enum value${removed.length > 1 ? "s" : ""} ${removed.join(", ")} removed`);
  } else if (cb.enum) add("enum.added", `now restricted to ${cb.enum.map(show).join(", ")}`);
  else if (ca.enum) add("enum.removed", `no longer restricted to ${ca.enum.map(show).join(", ")}`);

  if (ca.format !== cb.format) {
    if (ca.format === null) add("format.added", `format ${cb.format} added`);
    else if (cb.format === null) add("format.removed", `format ${ca.format} removed`);
    else add("format.changed", `format ${ca.format} → ${cb.format}`);
  }

  for (const key of [...LOWER, ...UPPER]) {
    const x = ca.constraints[key];
    const y = cb.constraints[key];
    if (x === y) continue;
    const lower = (LOWER as readonly string[]).includes(key);
    let tighter: boolean;
    if (x === undefined) tighter = true;
    else if (y === undefined) tighter = false;
    else tighter = lower ? Number(y) > Number(x) : Number(y) < Number(x);
    add(tighter ? "constraint.tightened" : "constraint.relaxed", `${key} ${show(x) ?? "(none)"} → ${show(y) ?? "(none)"}`);
  }
  for (const key of ["pattern", "multipleOf"] as const) {
    const x = ca.constraints[key];
    const y = cb.constraints[key];
    if (x === y) continue;
    const kind = x === undefined ? "constraint.tightened" : y === undefined ? "constraint.relaxed" : "constraint.changed";
    add(kind, `${key} ${show(x) ?? "(none)"} → ${show(y) ?? "(none)"}`);
  }
  if (Boolean(ca.constraints.uniqueItems) !== Boolean(cb.constraints.uniqueItems)) {
    add(cb.constraints.uniqueItems ? "constraint.tightened" : "constraint.relaxed", `uniqueItems → ${Boolean(cb.constraints.uniqueItems)}`);
  }

  const closedBefore = ca.additional === false;
  for (const name of new Set([...Object.keys(ca.properties), ...Object.keys(cb.properties)])) {
    const loc = joinPointer(at, "properties", name);
    const inA = Object.hasOwn(ca.properties, name);
    const inB = Object.hasOwn(cb.properties, name);
    if (!inA) {
      add(
        cb.required.has(name) ? "property.added.required" : "property.added",
        `property ${name} added${cb.required.has(name) ? " (required)" : ""}`,
        loc,
      );
      continue;
    }
    if (!inB) {
      add(closedBefore ? "property.removed.closed" : "property.removed", `property ${name} removed`, loc);
      continue;
    }
    if (ca.required.has(name) !== cb.required.has(name)) {
      add(
        cb.required.has(name) ? "property.required" : "property.optional",
        `property ${name} became ${cb.required.has(name) ? "required" : "optional"}`,
        loc,
      );
    }
    compare(ca.properties[name], cb.properties[name], loc, w);
  }
  // `required` names without a declared property still constrain objects.
  for (const name of cb.required) {
    if (!ca.required.has(name) && !Object.hasOwn(cb.properties, name) && !Object.hasOwn(ca.properties, name)) {
      add("property.required", `property ${name} became required`, joinPointer(at, "properties", name));
    }
  }
  for (const name of ca.required) {
    if (!cb.required.has(name) && !Object.hasOwn(cb.properties, name) && !Object.hasOwn(ca.properties, name)) {
      add("property.optional", `property ${name} became optional`, joinPointer(at, "properties", name));
    }
  }

  const openA = ca.additional !== false;
  const openB = cb.additional !== false;
  if (openA !== openB)
    add(openB ? "constraint.relaxed" : "constraint.tightened", `additionalProperties ${openB ? "allowed" : "forbidden"}`);
  else if (isObject(ca.additional) && isObject(cb.additional))
    compare(ca.additional, cb.additional, joinPointer(at, "additionalProperties"), w);
  else if (isObject(ca.additional) !== isObject(cb.additional) && openA && openB) {
    add(
      isObject(cb.additional) ? "constraint.tightened" : "constraint.relaxed",
      `additionalProperties schema ${isObject(cb.additional) ? "added" : "removed"}`,
    );
  }

  // Item schemas only matter where both sides accept arrays; otherwise the type change says it all.
  const arrays = (c: Canon) => c.types === null || c.types.has("array");
  if (ca.items !== undefined && cb.items !== undefined) compare(ca.items, cb.items, joinPointer(at, "items"), w);
  else if (arrays(ca) && arrays(cb) && ca.items === undefined && cb.items !== undefined) add("items.added", "array item schema added");
  else if (arrays(ca) && arrays(cb) && ca.items !== undefined && cb.items === undefined) add("items.removed", "array item schema removed");

  if (ca.variants || cb.variants) {
    const key = (s: unknown) => stableStringify(stripAnnotations(s));
    const before = new Set((ca.variants ?? []).map(key));
    const after = new Set((cb.variants ?? []).map(key));
    const added = [...after].filter((v) => !before.has(v)).length;
    const removed = [...before].filter((v) => !after.has(v)).length;
    if (added > 0) add("variant.added", `${added} alternative${added > 1 ? "s" : ""} added (anyOf/oneOf)`);
    if (removed > 0) add("variant.removed", `${removed} alternative${removed > 1 ? "s" : ""} removed (anyOf/oneOf)`);
  }
}

/** The value with every documentation keyword removed, for equality checks that ignore docs. */
export function stripAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripAnnotations);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (isAnnotation(k) || k === "summary") continue;
    out[k] = stripAnnotations(v);
  }
  return out;
}

export interface Docs {
  /** Documentation text by pointer. */
  texts: Map<string, string>;
  /** Every object's pointer, so texts of things that were added or removed are not counted as doc edits. */
  objects: Set<string>;
}

/** Every documentation text in a subtree, keyed by where it sits, for docs-only change detection. */
export function collectDocs(value: unknown, at = "", out: Docs = { texts: new Map(), objects: new Set() }): Docs {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) collectDocs(v, `${at}/${i}`, out);
  } else if (isObject(value)) {
    out.objects.add(at);
    for (const [k, v] of Object.entries(value)) {
      if (isAnnotation(k) || k === "summary") out.texts.set(`${at}/${k}`, stableStringify(v));
      else collectDocs(v, `${at}/${k}`, out);
    }
  }
  return out;
}

/** How many documentation texts differ between objects present on both sides. */
export function countDocChanges(a: Docs, b: Docs): number {
  let n = 0;
  for (const key of new Set([...a.texts.keys(), ...b.texts.keys()])) {
    const parent = key.slice(0, key.lastIndexOf("/"));
    if (a.objects.has(parent) && b.objects.has(parent) && a.texts.get(key) !== b.texts.get(key)) n++;
  }
  return n;
}
