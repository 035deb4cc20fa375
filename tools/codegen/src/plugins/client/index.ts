import type { MediaModel, Model, OperationModel, ParameterModel } from "../../model.ts";
import { distinctName, pascalCase } from "../../stages/naming.ts";
import { emitSpecMeta, generatedHeader } from "../header.ts";
import type { EmittedFiles, Plugin } from "../plugin.ts";
import { bodyMedia, type SuccessPlan, successPlan } from "./media.ts";
import { docBlock, type MethodName, methodName } from "./naming.ts";

/** Everything the emitters below need about one operation, read once from the model. */
interface Method {
  op: OperationModel;
  name: MethodName;
  pathParams: ParameterModel[];
  query: ParameterModel[];
  queryRequired: boolean;
  /** The media type a body is sent as; null without a request body. */
  body: MediaModel | null;
  success: SuccessPlan;
  paginated: boolean;
}

const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);
const q = (s: string) => JSON.stringify(s);
/** An object key or member access, quoted only where it must be. */
const key = (s: string) => (/^[A-Za-z_$][\w$]*$/.test(s) ? s : q(s));
const member = (s: string) => (/^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${q(s)}]`);
/** `client.plans.contents.list()` */
const callName = (m: Method) => `client.${[...m.name.resource, m.name.action].join(".")}()`;

function methodsOf(model: Model): Method[] {
  // `fooBar.x` and `foo.barX` share the type prefix FooBarX: a later one adds its operationId, then a tag.
  const typeBases = new Set<string>();
  const uniqueTypeBase = (name: MethodName, op: OperationModel): MethodName => {
    const typeBase = distinctName(name.typeBase, op, (b) => typeBases.has(b));
    typeBases.add(typeBase);
    return { ...name, typeBase };
  };
  return model.operations.map((op) => {
    const query = op.parameters.filter((p) => p.in === "query");
    const success = successPlan(op);
    return {
      op,
      name: uniqueTypeBase(methodName(op), op),
      pathParams: op.parameters.filter((p) => p.in === "path"),
      query,
      queryRequired: query.some((p) => p.required),
      body: bodyMedia(op.requestBody),
      success,
      paginated: op.pagination !== null,
    };
  });
}

/** `operations.ts`: what the transport reads (method, path, non-default query serialization). */
function emitOperations(model: Model, header: string): string {
  // Sorted by operationId so a path moved within the document leaves this file as it was.
  const sorted = [...model.operations].sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
  const wire = Object.fromEntries(
    sorted.map((op) => {
      const query = Object.fromEntries(
        op.parameters
          .filter((p) => p.in === "query" && !(p.style === "form" && p.explode))
          .map((p) => [p.name, { style: p.style, explode: p.explode }]),
      );
      const method = op.method.toUpperCase();
      return [op.operationId, Object.keys(query).length > 0 ? { method, path: op.path, query } : { method, path: op.path }];
    }),
  );
  return `${header}import type { OperationSpec } from "../runtime/operation-spec.js";

/** How to send each operation, keyed by operationId. */
export const operations = ${JSON.stringify(wire, null, 2)} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;
`;
}

/** Names of the exported per-method types, or null where the method has none. */
function typeNames(m: Method) {
  const base = m.name.typeBase;
  return {
    operation: `${base}Operation`,
    path: m.pathParams.length > 0 ? `${base}PathParams` : null,
    params: m.query.length > 0 ? `${base}Params` : null,
    body: m.body ? `${base}Body` : null,
    response: `${base}Response`,
    item: m.paginated ? `${base}Item` : null,
    /** One response type per non-default choice value: `ReportsDownloadCsvResponse`. */
    variants: (m.success.choice?.byValue ?? [])
      .filter(([value]) => value !== m.success.choice?.defaultValue)
      .map(([value, media]) => ({ value, media, type: `${base}${pascalCase(value)}Response` })),
  };
}

const STATIC_BODY = { text: "string", binary: "BinaryResponse", empty: "void" } as const;

/** `types.ts`: request and response types per method, named after the method, derived from `paths`. */
function emitTypes(methods: Method[], header: string): string {
  const out: string[] = [];
  for (const m of sortByName(methods)) {
    const n = typeNames(m);
    const call = `\`${callName(m)}\``;
    const status = /^\d+$/.test(m.success.status) ? m.success.status : q(m.success.status);
    const body = (kind: keyof typeof STATIC_BODY | "json", contentType: string | undefined) =>
      kind === "json" ? `${n.operation}["responses"][${status}]["content"][${q(contentType ?? "application/json")}]` : STATIC_BODY[kind];
    out.push("", `// ${call}: ${m.op.method.toUpperCase()} ${m.op.path} (${m.op.operationId})`);
    out.push(`type ${n.operation} = paths[${q(m.op.path)}][${q(m.op.method)}];`);
    if (n.path) out.push(`/** Path parameters of ${call}. */`, `export type ${n.path} = ${n.operation}["parameters"]["path"];`);
    if (n.params) {
      const required = m.query.filter((p) => p.required).map((p) => `\`${p.name}\``);
      const note = required.length > 0 ? ` ${required.join(", ")} required.` : "";
      out.push(
        `/** Query parameters of ${call}.${note} */`,
        `export type ${n.params} = NonNullable<${n.operation}["parameters"]["query"]>;`,
      );
    }
    if (n.body && m.body) {
      out.push(
        `/** Request body of ${call}${m.op.requestBody?.required ? "" : " (optional)"}. */`,
        `export type ${n.body} = NonNullable<${n.operation}["requestBody"]>["content"][${q(m.body.contentType)}];`,
      );
    }
    const what = m.paginated ? "One page answered by" : "Success body of";
    out.push(`/** ${what} ${call}${m.success.choice ? " in its default format" : ""}. */`);
    out.push(`export type ${n.response} = ${body(m.success.kind, m.success.media?.contentType)};`);
    if (n.item) out.push(`/** One record of ${call}. */`, `export type ${n.item} = NonNullable<${n.response}["results"]>[number];`);
    for (const v of n.variants) {
      out.push(`/** Body of ${call} with \`${m.success.choice?.param}: ${q(v.value)}\` (\`${v.media.contentType}\`). */`);
      out.push(`export type ${v.type} = ${body(v.media.kind, v.media.contentType)};`);
    }
  }
  const imports = [header];
  if (methods.length > 0) imports.push('import type { paths } from "@gcore-billing/types";');
  if (out.some((line) => line.includes("BinaryResponse;")))
    imports.push('import type { BinaryResponse } from "../runtime/transport-types.js";');
  return `${[...imports, ...out].join("\n")}\n`;
}

const sortByName = (methods: Method[]) => [...methods].sort((a, b) => (callName(a) < callName(b) ? -1 : callName(a) > callName(b) ? 1 : 0));

/** Parameter list of a method: path params, body, query, options; optional only where all that follow are. */
function parameters(m: Method, query?: { type: string; optional: boolean }): { list: string; request: string } {
  const n = typeNames(m);
  const args: { name: string; type: string; optional: boolean }[] = [];
  const request: string[] = [];
  if (m.pathParams.length === 1) {
    const name = m.pathParams[0]!.name;
    args.push({ name: safeIdent(name), type: `${n.path}[${q(name)}]`, optional: false });
    request.push(`path: { ${key(name) === safeIdent(name) ? name : `${key(name)}: ${safeIdent(name)}`} }`);
  } else if (m.pathParams.length > 1) {
    args.push({ name: "path", type: n.path as string, optional: false });
    request.push("path");
  }
  if (n.body) {
    args.push({ name: "body", type: n.body, optional: m.op.requestBody?.required !== true });
    request.push("body");
  }
  if (n.params) {
    args.push({ name: "query", type: query?.type ?? n.params, optional: query?.optional ?? !m.queryRequired });
    request.push("query");
  }
  args.push({ name: "options", type: "RequestOptions", optional: true });
  for (let i = args.length - 2; i >= 0; i--) {
    const arg = args[i]!;
    if (arg.optional && !args[i + 1]!.optional) {
      arg.optional = false;
      arg.type = `${arg.type} | undefined`;
    }
  }
  return {
    list: args.map((a) => `${a.name}${a.optional ? "?" : ""}: ${a.type}`).join(", "),
    request: request.length > 0 ? `{ ${request.join(", ")} }` : "{}",
  };
}

function methodDoc(m: Method, indent: string): string[] {
  const { op } = m;
  const description = op.description?.trim() === op.summary?.trim() ? null : op.description?.trim();
  const choice = m.success.choice;
  const formats = choice
    ? `Pick the answer with \`${choice.param}\`: ${choice.byValue
        .map(([value, media]) => `${q(value)} (\`${media.contentType}\`, ${media.kind === "binary" ? "a byte stream" : media.kind})`)
        .join(", ")}; ${q(choice.defaultValue)} when omitted.`
    : null;
  const lines: (string | null | undefined)[] = [];
  for (const part of [op.summary?.trim(), description, formats]) if (part) lines.push(part, "");
  lines.push(`\`${op.method.toUpperCase()} ${op.path}\` (\`${op.operationId}\`)`);
  if (op.deprecated) lines.push("@deprecated The API marks this operation as deprecated.");
  return docBlock(lines, indent);
}

interface Node {
  path: string[];
  methods: Map<string, Method>;
  children: Map<string, Node>;
  aliases: Map<string, Method>;
}

function tree(methods: Method[]): Map<string, Node> {
  const roots = new Map<string, Node>();
  const node = (path: string[]): Node => {
    let level = roots;
    let current: Node | undefined;
    for (let i = 0; i < path.length; i++) {
      current = level.get(path[i]!);
      if (!current) {
        current = { path: path.slice(0, i + 1), methods: new Map(), children: new Map(), aliases: new Map() };
        level.set(path[i]!, current);
      }
      level = current.children;
    }
    return current as Node;
  };
  for (const m of methods) node(m.name.resource).methods.set(m.name.action, m);
  // A nested name that would shadow a sibling method stays flat.
  for (const m of methods) {
    if (!m.name.flat) continue;
    const parent = node(m.name.resource.slice(0, -1));
    const child = m.name.resource.at(-1)!;
    if (parent.methods.has(child) || parent.methods.has(m.name.flat.action)) {
      node(m.name.resource).methods.delete(m.name.action);
      if (node(m.name.resource).methods.size === 0) parent.children.delete(child);
      m.name = { ...m.name, resource: [m.name.flat.resource], action: m.name.flat.action, flat: null };
      parent.methods.set(m.name.action, m);
    } else {
      parent.aliases.set(m.name.flat.action, m);
    }
  }
  return roots;
}

const nodeIdent = (path: string[]) => lowerFirst(path.map(pascalCase).join(""));

/** `resources.ts`: `createResources(transport)`, one method per operation, nested by path. */
function emitResources(methods: Method[], header: string): string {
  const idents = new Set<string>();
  const ident = (name: string) => {
    if (idents.has(name)) throw new Error(`client plugin: generated identifier ${name} is used twice`);
    idents.add(name);
    return name;
  };
  const typeImports = new Set<string>();
  const use = (...names: (string | null)[]) => {
    for (const n of names) if (n) typeImports.add(n);
  };
  const preamble: string[] = [];
  const hoisted: string[] = [];
  let usesMedia = false;
  let usesPages = false;

  const methodLines = (m: Method, indent: string): string[] => {
    const n = typeNames(m);
    use(n.path, n.params, n.body, n.response, n.item);
    const id = q(m.op.operationId);
    const prop = m.name.action;
    const choice = m.success.choice;
    if (choice) {
      // Overloads pick the return type from the format; a function declaration can carry them.
      usesMedia = true;
      const fn = ident(lowerFirst(m.name.typeBase));
      const media = ident(`${fn}Media`);
      const param = key(choice.param);
      hoisted.push(`  /** Media type asked for (\`Accept\`) per \`${choice.param}\` of \`${callName(m)}\`. */`);
      hoisted.push(`  const ${media} = {`);
      for (const [value, v] of choice.byValue) hoisted.push(`    ${key(value)}: { type: ${q(v.contentType)}, kind: ${q(v.kind)} },`);
      hoisted.push("  } as const satisfies Record<string, Media>;");
      const all = [n.response];
      for (const v of n.variants) {
        use(v.type);
        all.push(v.type);
        const sig = parameters(m, { type: `${n.params} & { ${param}: ${q(v.value)} }`, optional: false });
        hoisted.push(`  function ${fn}(${sig.list}): APIPromise<${v.type}>;`);
      }
      const fallback = parameters(m, { type: `${n.params} & { ${param}?: ${q(choice.defaultValue)} }`, optional: !m.queryRequired });
      hoisted.push(`  function ${fn}(${fallback.list}): APIPromise<${n.response}>;`);
      const any = parameters(m);
      hoisted.push(`  function ${fn}(${any.list}): APIPromise<${all.join(" | ")}>;`);
      hoisted.push(`  function ${fn}(${any.list}): APIPromise<unknown> {`);
      const value = `query?${member(choice.param)} ?? ${q(choice.defaultValue)}`;
      // Chosen inside requestAs, so that an unknown format rejects like every other failure instead of throwing.
      hoisted.push(`    const media = () => chooseMedia(${id}, ${media}, ${q(choice.param)}, ${value});`);
      hoisted.push(`    return requestAs(t, ${id}, ${any.request}, media, options);`);
      hoisted.push("  }");
      return [...methodDoc(m, indent), `${indent}${prop}: ${fn},`];
    }
    const sig = parameters(m);
    const call =
      m.success.kind === "binary"
        ? `t.binary(${id}, ${sig.request}, options)`
        : m.success.kind === "empty"
          ? `t.empty(${id}, ${sig.request}, options)`
          : m.success.kind === "text"
            ? `requestAs<${n.response}>(t, ${id}, ${sig.request}, { type: ${q(m.success.media?.contentType ?? "text/plain")}, kind: "text" }, options)`
            : m.paginated
              ? `t.paginate<${n.response}, ${n.item}>(${id}, ${sig.request}, options)`
              : `t.json<${n.response}>(${id}, ${sig.request}, options)`;
    if (m.success.kind === "text") usesMedia = true;
    if (m.paginated) usesPages = true;
    const returns = m.paginated ? `PagePromise<${n.response}, ${n.item}>` : `APIPromise<${n.response}>`;
    // Arrows rather than methods: a few bytes less per operation in the browser bundle.
    return [...methodDoc(m, indent), `${indent}${prop}: (${sig.list}): ${returns} =>`, `${indent}  ${call},`];
  };

  const members = (node: Node, indent: string): string[] => {
    const entries: [string, string[]][] = [];
    for (const [name, m] of node.methods) entries.push([name, methodLines(m, indent)]);
    for (const [name, child] of node.children) {
      hoistNode(child);
      entries.push([name, [`${indent}${name}: ${nodeIdent(child.path)},`]]);
    }
    for (const [name, m] of node.aliases) {
      const target = `${nodeIdent(m.name.resource)}.${m.name.action}`;
      const doc = `@deprecated Use \`${callName(m)}\`. This flat name is kept for one major version.`;
      entries.push([name, [...docBlock([doc], indent), `${indent}${name}: ${target},`]]);
    }
    return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([, lines]) => lines);
  };
  const hoistNode = (node: Node) => {
    const body = members(node, "    ");
    hoisted.push(`  const ${ident(nodeIdent(node.path))} = {`, ...body, "  };");
  };

  const roots = [...tree(methods)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const returned: string[] = [];
  for (const [name, node] of roots) returned.push(`    ${name}: {`, ...members(node, "      "), "    },");

  preamble.push(header);
  if (usesMedia) {
    const names = hoisted.some((l) => l.includes("chooseMedia(")) ? "chooseMedia, type Media, requestAs" : "requestAs";
    preamble.push(`import { ${names} } from "../runtime/content.js";`);
  }
  const runtimeTypes = [
    ...(methods.length > 0 ? ["APIPromise"] : []),
    ...(usesPages ? ["PagePromise"] : []),
    "RequestOptions",
    "Transport",
  ];
  preamble.push(`import type { ${runtimeTypes.join(", ")} } from "../runtime/transport-types.js";`);
  if (typeImports.size > 0) preamble.push("import type {", ...[...typeImports].sort().map((t) => `  ${t},`), '} from "./types.js";');
  return [
    ...preamble,
    "",
    "/** One method per operation in the spec, nested by path: `client.erpInvoices.retrieve(id)`, `client.plans.contents.list()`. */",
    "export function createResources(t: Transport) {",
    ...hoisted,
    "  return {",
    ...returned,
    "  };",
    "}",
    "",
    "export type Resources = ReturnType<typeof createResources>;",
    "",
  ].join("\n");
}

/** `@gcore-billing/client`: the operation table, per-method types and typed resource methods over the hand-written transport. */
export function emitClient(model: Model): EmittedFiles {
  const header = generatedHeader(model.source);
  const methods = methodsOf(model);
  const files: EmittedFiles = new Map();
  files.set("operations.ts", emitOperations(model, header));
  files.set("types.ts", emitTypes(methods, header));
  files.set("resources.ts", emitResources(methods, header));
  files.set("spec-meta.ts", emitSpecMeta(model.source));
  files.set(
    "index.ts",
    `${header}export { operations, type OperationId } from "./operations.js";
export { createResources, type Resources } from "./resources.js";
export * from "./spec-meta.js";
export type * from "./types.js";
`,
  );
  return files;
}

const RESERVED = new Set(
  (
    "default delete new class function var let const in for if do switch case return this typeof void with yield enum export " +
    "import super try catch finally throw while break continue debugger extends instanceof null true false"
  ).split(" "),
);
// Names the generated methods use themselves (the transport, the other arguments).
const ARGS = new Set(["t", "options", "query", "body", "path", "media"]);
function safeIdent(name: string): string {
  const ident = name.replace(/[^A-Za-z0-9_$]/g, "_").replace(/^(\d)/, "_$1");
  return RESERVED.has(ident) || ARGS.has(ident) ? `${ident}_` : ident;
}

export const plugin: Plugin = {
  name: "client",
  emit: (model) => emitClient(model),
};
