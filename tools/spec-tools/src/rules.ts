import type { Bump } from "./changes.ts";

/**
 * How the accepted set of a validator moves when this change lands: `grow` (accepts
 * more), `shrink` (accepts less), `both` (some of each, e.g. a type swap) or `none`.
 */
export type Effect = "grow" | "shrink" | "both" | "none";

/** Where a schema sits from a caller's point of view. */
export type Direction = "request" | "response";

interface Rule {
  /** Bump for @gcore-billing/types and /client when the change sits in a request (what the caller sends). */
  request: Bump;
  /** ...and in a response (what the caller receives). */
  response: Bump;
  /** Effect on the accepted set, for @gcore-billing/validators. */
  effect: Effect;
  /**
   * Fixed bump for @gcore-billing/types whatever the direction: the TypeScript types carry no
   * constraints or formats (only doc comments), and a dropped enum also drops its `...Values` export.
   */
  types?: Bump;
}

/**
 * The caller-visible rules follow TypeScript variance: what a caller sends may widen
 * (minor) but not narrow (major); what a caller receives may narrow (minor) but not
 * widen (major), because code written against the old, narrower type (an exhaustive
 * `switch`, a `Record<Enum, Label>` table, a non-null dereference) stops compiling or
 * meets values it never handled. See README.md for the enum-in-a-response decision.
 */
export const RULES: Record<string, Rule> = {
  "property.added": { request: "minor", response: "minor", effect: "grow" },
  "property.added.required": { request: "major", response: "minor", effect: "shrink" },
  "property.removed": { request: "major", response: "major", effect: "grow" },
  "property.removed.closed": { request: "major", response: "major", effect: "shrink" },
  "property.required": { request: "major", response: "minor", effect: "shrink" },
  "property.optional": { request: "minor", response: "major", effect: "grow" },
  "nullable.added": { request: "minor", response: "major", effect: "grow" },
  "nullable.removed": { request: "major", response: "minor", effect: "shrink" },
  "type.widened": { request: "minor", response: "major", effect: "grow" },
  "type.narrowed": { request: "major", response: "minor", effect: "shrink" },
  "type.changed": { request: "major", response: "major", effect: "both" },
  "enum.value.added": { request: "minor", response: "major", effect: "grow" },
  "enum.value.removed": { request: "major", response: "minor", effect: "shrink" },
  "enum.added": { request: "major", response: "minor", effect: "shrink" },
  "enum.removed": { request: "minor", response: "major", effect: "grow", types: "major" },
  "format.added": { types: "patch", request: "major", response: "minor", effect: "shrink" },
  "format.removed": { types: "patch", request: "minor", response: "major", effect: "grow" },
  "format.changed": { types: "patch", request: "major", response: "major", effect: "both" },
  "constraint.tightened": { types: "patch", request: "major", response: "minor", effect: "shrink" },
  "constraint.relaxed": { types: "patch", request: "minor", response: "major", effect: "grow" },
  "constraint.changed": { types: "patch", request: "major", response: "major", effect: "both" },
  "variant.added": { request: "minor", response: "major", effect: "grow" },
  "variant.removed": { request: "major", response: "minor", effect: "shrink" },
  "items.added": { request: "major", response: "minor", effect: "shrink" },
  "items.removed": { request: "minor", response: "major", effect: "grow" },
  "default.changed": { types: "patch", request: "minor", response: "minor", effect: "none" },
  "deprecated.changed": { request: "minor", response: "minor", effect: "none" },
  "ref.changed": { request: "minor", response: "minor", effect: "none" },
};

export function callerBump(kind: string, directions: ReadonlySet<Direction>): Bump {
  const rule = RULES[kind];
  if (!rule) throw new Error(`no classification rule for change kind "${kind}"`);
  // A schema nobody references is still exported by the types package: assume both uses.
  const dirs: Direction[] = directions.size === 0 ? ["request", "response"] : [...directions];
  const bumps = dirs.map((d) => rule[d]);
  return bumps.includes("major") ? "major" : bumps.includes("minor") ? "minor" : bumps.includes("patch") ? "patch" : "none";
}

export const effectOf = (kind: string): Effect => RULES[kind]?.effect ?? "both";
export const typesOverride = (kind: string): Bump | undefined => RULES[kind]?.types;

/** Validators are about stored data: a shrinking accepted set can fail records that passed before. */
export function validatorsBump(effect: Effect): Bump {
  return effect === "shrink" || effect === "both" ? "major" : effect === "grow" ? "minor" : "none";
}
