import type { OperationModel } from "../../model.ts";
import { camelCase, pascalCase } from "../../stages/naming.ts";

/** Actions that read as CRUD on a collection, so a path segment before them is a sub-resource. */
const CRUD = ["list", "create", "retrieve", "delete", "update", "replace"];

export interface MethodName {
  /** `["plans", "contents"]` for `client.plans.contents.list()`. */
  resource: string[];
  action: string;
  /** The model's flat name (`plans.contentsList`), kept as a deprecated alias when it differs. */
  flat: { resource: string; action: string } | null;
  /** Prefix of the per-method type names: `PlansContentsList`. */
  typeBase: string;
}

/**
 * Nests where the path nests: `GET /plans/contents` (`plans.contentsList` in the model) becomes
 * `plans.contents.list`. Only static segments right below the resource's own segment count, and
 * only when the action is that segment plus a CRUD verb, so `trials.startTrialData` stays a verb.
 */
export function methodName(op: OperationModel): MethodName {
  const flat = { resource: op.resource, action: op.action };
  const typeBase = pascalCase(op.resource) + pascalCase(op.action);
  const segments = op.path.split("/").filter(Boolean);
  // A segment of no ASCII word (`{æøå}`) names nothing; camelCase has no first letter to lower.
  const at = segments.map((s) => (pascalCase(s) ? camelCase(s) : "")).lastIndexOf(op.resource);
  const below: string[] = [];
  for (const s of at < 0 ? [] : segments.slice(at + 1)) {
    if (s.startsWith("{")) break;
    below.push(camelCase(s));
  }
  const prefix = below.join("");
  for (const verb of CRUD) {
    if (below.length > 0 && op.action === prefix + pascalCase(verb)) {
      return { resource: [op.resource, ...below], action: verb, flat, typeBase };
    }
  }
  return { resource: [op.resource], action: op.action, flat: null, typeBase };
}

/** A TSDoc block at `indent`; `*\/` in spec text cannot end the comment early. */
export function docBlock(lines: (string | null | undefined)[], indent: string): string[] {
  const body = lines
    .filter((l): l is string => l !== null && l !== undefined)
    .flatMap((l) => l.replaceAll("*/", "*\\/").split("\n"))
    .map((l) => l.trimEnd());
  while (body.at(-1) === "") body.pop();
  // Spec prose often has runs of blank lines; one separates paragraphs just as well.
  for (let i = body.length - 1; i > 0; i--) if (body[i] === "" && body[i - 1] === "") body.splice(i, 1);
  return [`${indent}/**`, ...body.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}
