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
