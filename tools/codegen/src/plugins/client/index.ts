import type { JsonSchema, Model, OperationModel } from "../../model.ts";
import { isObject } from "../../pointer.ts";
import { emitSpecMeta, generatedHeader } from "../header.ts";
import type { EmittedFiles, Plugin } from "../plugin.ts";

type Kind = "json" | "binary" | "empty";

function successKind(op: OperationModel): { kind: Kind; status: string; contentType: string | null } {
  const success = op.responses.filter((r) => /^2/.test(r.status));
  const json = success.find((r) => r.schema !== null);
  if (json) return { kind: "json", status: json.status, contentType: json.contentType };
  const binary = success.find((r) => r.binary);
  if (binary) return { kind: "binary", status: binary.status, contentType: binary.contentType };
  return { kind: "empty", status: success[0]?.status ?? "204", contentType: null };
}

/** A list is paginated when it takes limit/offset and answers `{ count, results }`. */
function isPaginated(op: OperationModel, model: Model): boolean {
  const query = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
  if (!query.has("limit") || !query.has("offset")) return false;
  let schema: JsonSchema | null | undefined = op.responses.find((r) => r.status === "200" && r.schema)?.schema;
  if (isObject(schema) && typeof schema.$ref === "string" && schema.$ref.startsWith("#/$defs/")) {
    schema = model.validationSchemas[decodeURIComponent(schema.$ref.slice("#/$defs/".length))];
  }
  const props = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  return "count" in props && "results" in props;
}

/** `@gcore-billing/client`: the operation table and typed resource methods over the hand-written transport. */
export function emitClient(model: Model): EmittedFiles {
  const header = generatedHeader(model.source);
  const files: EmittedFiles = new Map();

  const table = model.operations.map((op) => {
    const success = successKind(op);
    const query = Object.fromEntries(
      op.parameters.filter((p) => p.in === "query").map((p) => [p.name, { style: p.style, explode: p.explode }]),
    );
    return {
      operationId: op.operationId,
      method: op.method.toUpperCase(),
      path: op.path,
      resource: op.resource,
      action: op.action,
      kind: success.kind,
      successStatus: success.status,
      contentType: success.contentType,
      paginated: success.kind === "json" && isPaginated(op, model),
      pathParams: op.parameters.filter((p) => p.in === "path").map((p) => p.name),
      query,
      hasBody: op.requestBody !== null,
    };
  });
  // The table ships in the client's main entry, so it carries only what the transport reads:
  // method, path, and the query parameters whose serialization is not the default form/explode.
  const wire = Object.fromEntries(
    table.map((t) => {
      const query = Object.fromEntries(Object.entries(t.query).filter(([, q]) => !(q.style === "form" && q.explode)));
      return [
        t.operationId,
        Object.keys(query).length > 0 ? { method: t.method, path: t.path, query } : { method: t.method, path: t.path },
      ];
    }),
  );
  files.set(
    "operations.ts",
    `${header}import type { OperationSpec } from "../runtime/operation-spec.js";

/** How to send each operation, keyed by operationId. */
export const operations = ${JSON.stringify(wire, null, 2)} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;
`,
  );

  const byResource = new Map<string, typeof table>();
  for (const t of table) byResource.set(t.resource, [...(byResource.get(t.resource) ?? []), t]);
  const lines = [
    header,
    'import type { paths } from "@gcore-billing/types";',
    'import type { BinaryResponse, Page, PagePromise, RequestOptions, Transport } from "../runtime/transport-types.js";',
    "",
    "type Op<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];",
    "type Params<O> = O extends { parameters: infer X } ? X : never;",
    'type Json<R> = R extends { content: { "application/json": infer B } } ? B : R extends { content: Record<string, infer B> } ? B : unknown;',
    "type Item<B> = B extends { results?: (infer I)[] } ? I : unknown;",
    "",
    "/** One method per operation in the spec, grouped by resource: `client.erpInvoices.retrieve(id)`. */",
    "export function createResources(t: Transport) {",
    "  return {",
  ];
  for (const [resource, ops] of byResource) {
    lines.push(`    ${resource}: {`);
    for (const t of ops) {
      const P = JSON.stringify(t.path);
      const M = JSON.stringify(t.method.toLowerCase());
      const O = `Op<${P}, ${M}>`;
      const args: string[] = [];
      const request: string[] = [];
      if (t.pathParams.length === 1) {
        const [name] = t.pathParams as [string];
        args.push(`${safeIdent(name)}: Params<${O}>["path"][${JSON.stringify(name)}]`);
        request.push(`path: { ${JSON.stringify(name)}: ${safeIdent(name)} }`);
      } else if (t.pathParams.length > 1) {
        args.push(`path: Params<${O}>["path"]`);
        request.push("path");
      }
      if (t.hasBody) {
        args.push(`body: NonNullable<${O}["requestBody"]> extends { content: Record<string, infer B> } ? B : never`);
        request.push("body");
      }
      if (Object.keys(t.query).length > 0) {
        args.push(`query?: Params<${O}>["query"]`);
        request.push("query");
      }
      args.push("options?: RequestOptions");
      const status = Number.isNaN(Number(t.successStatus)) ? JSON.stringify(t.successStatus) : t.successStatus;
      const body = `Json<${O}["responses"][${status}]>`;
      const call =
        t.kind === "binary"
          ? `t.binary(${JSON.stringify(t.operationId)}, { ${request.join(", ")} }, options)`
          : t.kind === "empty"
            ? `t.empty(${JSON.stringify(t.operationId)}, { ${request.join(", ")} }, options)`
            : t.paginated
              ? `t.paginate<${body}, Item<${body}>>(${JSON.stringify(t.operationId)}, { ${request.join(", ")} }, options)`
              : `t.json<${body}>(${JSON.stringify(t.operationId)}, { ${request.join(", ")} }, options)`;
      const returns =
        t.kind === "binary"
          ? "Promise<BinaryResponse>"
          : t.kind === "empty"
            ? "Promise<void>"
            : t.paginated
              ? `PagePromise<${body}, Item<${body}>>`
              : `Promise<${body}>`;
      lines.push(`      /** \`${t.method} ${t.path}\` (${t.operationId}) */`);
      lines.push(`      ${t.action}: (${args.join(", ")}): ${returns} => ${call},`);
    }
    lines.push("    },");
  }
  lines.push("  };", "}", "", "export type Resources = ReturnType<typeof createResources>;", "export type { Page };", "");
  files.set("resources.ts", lines.join("\n"));
  files.set("spec-meta.ts", emitSpecMeta(model.source));
  files.set(
    "index.ts",
    `${header}export { operations, type OperationId } from "./operations.js";\nexport { createResources, type Resources } from "./resources.js";\nexport * from "./spec-meta.js";\n`,
  );
  return files;
}

const RESERVED = new Set([
  "default",
  "delete",
  "new",
  "class",
  "function",
  "var",
  "let",
  "const",
  "in",
  "for",
  "if",
  "do",
  "switch",
  "case",
  "return",
  "this",
  "typeof",
  "void",
  "with",
  "yield",
  "enum",
  "export",
  "import",
  "super",
  "try",
  "catch",
  "finally",
  "throw",
  "while",
  "break",
  "continue",
  "debugger",
  "extends",
  "instanceof",
  "null",
  "true",
  "false",
]);
function safeIdent(name: string): string {
  const ident = name.replace(/[^A-Za-z0-9_$]/g, "_").replace(/^(\d)/, "_$1");
  return RESERVED.has(ident) ? `${ident}_` : ident;
}

export const plugin: Plugin = {
  name: "client",
  emit: (model) => emitClient(model),
};
