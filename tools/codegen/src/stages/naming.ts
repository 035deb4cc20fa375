import { createHash } from "node:crypto";
import { operationNames, schemaAliases } from "../names.config.ts";

const words = (s: string): string[] =>
  s
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);

export const pascalCase = (s: string): string =>
  words(s)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("")
    .replace(/^(\d)/, "_$1");

export const camelCase = (s: string): string => {
  const p = pascalCase(s);
  return p[0]!.toLowerCase() + p.slice(1);
};

/** Component schema name -> exported TypeScript identifier. */
export function schemaExportName(name: string): string {
  return schemaAliases[name] ?? pascalCase(name);
}

// Django REST framework style suffixes, which is what Gcore's operationIds use.
const ACTIONS: Record<string, string> = {
  list: "list",
  retrieve: "retrieve",
  create: "create",
  destroy: "delete",
  partial_update: "update",
  update: "replace",
};

/**
 * operationId -> `client.<resource>.<action>`. `v1_erp_invoices_download_retrieve`
 * with tag `erp-invoices` becomes `erpInvoices.download`.
 */
export function operationName(operationId: string, tag: string | undefined, path: string): { resource: string; action: string } {
  const pinned = operationNames[operationId];
  if (pinned) return pinned;
  const resourceSource =
    tag ??
    path
      .split("/")
      .filter((s) => s && !s.startsWith("{"))
      .at(-1) ??
    "root";
  const resource = camelCase(resourceSource) || "root";
  let rest = operationId.replace(/^v\d+_/, "");
  const snakeResource = words(resourceSource).join("_").toLowerCase();
  if (rest.toLowerCase().startsWith(`${snakeResource}_`)) rest = rest.slice(snakeResource.length + 1);
  for (const [suffix, action] of Object.entries(ACTIONS).sort((a, b) => b[0].length - a[0].length)) {
    if (rest === suffix) return { resource, action };
    // `download_retrieve` reads as a verb of its own: keep `download`, drop the DRF suffix.
    if (rest.endsWith(`_${suffix}`) && suffix === "retrieve") {
      return { resource, action: camelCase(rest.slice(0, -suffix.length - 1)) };
    }
  }
  return { resource, action: camelCase(rest) || "call" };
}

/** Words TypeScript or JavaScript reserve, which no exported type or value may be called. */
const RESERVED = new Set(
  (
    "any bigint boolean never null number object string symbol undefined unknown void this break case catch class const continue " +
    "debugger default delete do else enum export extends false finally for function if import in instanceof new return super switch " +
    "throw true try typeof var while with yield let static implements interface package private protected public await"
  ).split(" "),
);

/** A short, stable tag for names that would otherwise clash: the same input always gets the same tag. */
export const stableTag = (input: string): string => createHash("sha256").update(input).digest("hex").slice(0, 6);

/**
 * An operation's name that nothing else has taken: `base`, else `base` + its operationId, else that
 * + a tag of its method and path. operationIds that differ only in punctuation (`create`, `create_`,
 * `create__`) give the same first two, and method + path is unique in a document.
 */
export function distinctName(
  base: string,
  op: { operationId: string; method: string; path: string },
  taken: (name: string) => boolean,
): string {
  const withId = `${base}${pascalCase(op.operationId)}`;
  return [base, withId, `${withId}${stableTag(`${op.method} ${op.path}`)}`].find((candidate) => !taken(candidate))!;
}

/** The schema's own name kept as written, made a valid identifier: `foo_bar`, `Event_tui_prompt_append`, `path`. */
function verbatimIdentifier(name: string): string {
  const ident = name.replace(/[^A-Za-z0-9_$]/g, "_").replace(/^(\d)/, "_$1");
  return RESERVED.has(ident) ? `${ident}_` : ident;
}

export interface NameCollision {
  /** The schema that was renamed. */
  name: string;
  exportName: string;
  /** The schema that kept the contested name, and that name. */
  keptBy: string;
  contested: string;
}

/**
 * Component schema names -> export names, collisions resolved without asking: among schemas whose
 * names map to the same identifier, a pinned alias wins, then a schema whose name already is that
 * identifier (`Path` over `path`), then the first in code-point order. The others keep their name
 * as written where it is a valid identifier (`foo_bar`), else get a tag derived from their name.
 * Nothing depends on document order, so unrelated edits never rename anything.
 */
export function assignExportNames(names: readonly string[]): { exportNames: Map<string, string>; collisions: NameCollision[] } {
  const primary = new Map(names.map((n) => [n, schemaExportName(n)]));
  const groups = new Map<string, string[]>();
  for (const [name, exportName] of primary) groups.set(exportName, [...(groups.get(exportName) ?? []), name]);
  const exportNames = new Map<string, string>();
  const losers: { name: string; contested: string; keptBy: string }[] = [];
  for (const [exportName, members] of groups) {
    const ranked = [...members].sort((a, b) => {
      const rank = (n: string) => (schemaAliases[n] === exportName ? 0 : n === exportName ? 1 : 2);
      return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
    });
    const [winner, ...rest] = ranked as [string, ...string[]];
    exportNames.set(winner, exportName);
    for (const name of rest) losers.push({ name, contested: exportName, keptBy: winner });
  }
  const used = new Set(exportNames.values());
  const collisions: NameCollision[] = [];
  for (const loser of losers.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const verbatim = verbatimIdentifier(loser.name);
    const candidates = [verbatim, `${loser.contested}_${stableTag(loser.name)}`];
    const exportName = candidates.find((c) => !used.has(c) && !groups.has(c)) ?? `${verbatim}_${stableTag(loser.name)}`;
    used.add(exportName);
    exportNames.set(loser.name, exportName);
    collisions.push({ ...loser, exportName });
  }
  return { exportNames, collisions };
}
