import type { Model } from "@gcore-billing/codegen";
import { type Bump, type Change, maxBump, type PackageName } from "./changes.ts";
import { componentName, isObject, joinPointer, resolveRef, stableStringify } from "./pointer.ts";
import { callerBump, type Direction, effectOf, typesOverride, validatorsBump } from "./rules.ts";
import { collectDocs, countDocChanges, diffSchemas, stripAnnotations } from "./schema-diff.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const isSuccess = (status: string) => /^2/.test(status);

type Packages = Partial<Record<PackageName, Bump>>;

/** Drops `none` entries and derives the CLI, which exposes the client's operations and the validators. */
function packages(types: Bump, client: Bump, validators: Bump, cli: Bump = maxBump(client, validators)): Packages {
  const out: Packages = {};
  const all: [PackageName, Bump][] = [
    ["@gcore-billing/types", types],
    ["@gcore-billing/client", client],
    ["@gcore-billing/validators", validators],
    ["@gcore-billing/cli", cli],
  ];
  for (const [name, bump] of all) if (bump !== "none") out[name] = bump;
  return out;
}

const change = (kind: string, location: string, detail: string, p: Packages): Change => ({
  kind,
  location,
  breaking: Object.values(p).includes("major"),
  packages: p,
  detail,
});

interface Operation {
  key: string;
  label: string;
  method: string;
  path: string;
  pointer: string;
  node: Record<string, unknown>;
  operationId: string;
  clientName: string;
  params: Map<string, { pointer: string; node: Record<string, unknown> }>;
}

/** Path templates match whatever their parameters are called; renaming `{id}` is a parameter change. */
const pathKey = (path: string) => path.replace(/\{[^}]*\}/g, "{}");

function operationsOf(model: Model): Map<string, Operation> {
  const doc = model.document;
  const byPointer = new Map(model.operations.map((op) => [op.pointer, op]));
  const out = new Map<string, Operation>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = isObject(rawItem) && typeof rawItem.$ref === "string" ? resolveRef(doc, rawItem.$ref) : rawItem;
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const node = item[method];
      if (!isObject(node)) continue;
      const pointer = joinPointer("/paths", path, method);
      const op = byPointer.get(pointer);
      const params = new Map<string, { pointer: string; node: Record<string, unknown> }>();
      for (const [base, list] of [
        [joinPointer("/paths", path, "parameters"), item.parameters],
        [joinPointer(pointer, "parameters"), node.parameters],
      ] as const) {
        if (!Array.isArray(list)) continue;
        list.forEach((p, i) => {
          const param = isObject(p) && typeof p.$ref === "string" ? resolveRef(doc, p.$ref) : p;
          if (isObject(param) && typeof param.name === "string") {
            params.set(`${param.in} ${param.name}`, { pointer: joinPointer(base, i), node: param });
          }
        });
      }
      const key = `${method.toUpperCase()} ${pathKey(path)}`;
      out.set(key, {
        key,
        label: `${method.toUpperCase()} ${path}`,
        method,
        path,
        pointer,
        node,
        operationId: op?.operationId ?? "",
        clientName: op ? `${op.resource}.${op.action}` : "",
        params,
      });
    }
  }
  return out;
}

const deref = (doc: unknown, node: unknown): unknown => {
  let current = node;
  for (let i = 0; isObject(current) && typeof current.$ref === "string" && i < 32; i++) current = resolveRef(doc, current.$ref);
  return current;
};

const contentOf = (doc: unknown, holder: unknown): Record<string, unknown> => {
  const resolved = deref(doc, holder);
  return isObject(resolved) && isObject(resolved.content) ? resolved.content : {};
};
const responsesOf = (op: Operation): Record<string, unknown> => (isObject(op.node.responses) ? op.node.responses : {});
const hasJsonSuccess = (doc: unknown, op: Operation) =>
  Object.entries(responsesOf(op)).some(([status, r]) => isSuccess(status) && Object.keys(contentOf(doc, r)).some(isJson));
const isJson = (contentType: string) => /[/+]json\b/.test(contentType);

/** Which directions each component schema is used in, following references from every operation. */
function usage(model: Model): Map<string, Set<Direction>> {
  const doc = model.document;
  const out = new Map<string, Set<Direction>>();
  const mark = (node: unknown, direction: Direction) => {
    const queue = [node];
    while (queue.length > 0) {
      const current = queue.pop();
      if (Array.isArray(current)) queue.push(...current);
      else if (isObject(current)) {
        for (const [k, v] of Object.entries(current)) {
          const name = k === "$ref" ? componentName(v) : null;
          if (name !== null) {
            const set = out.get(name) ?? new Set();
            if (!set.has(direction)) {
              set.add(direction);
              out.set(name, set);
              queue.push(resolveRef(doc, `#/components/schemas/${name}`));
            }
          } else if (k === "$ref" && typeof v === "string") queue.push(resolveRef(doc, v));
          else queue.push(v);
        }
      }
    }
  };
  for (const op of operationsOf(model).values()) {
    for (const p of op.params.values()) mark(p.node, "request");
    mark(deref(doc, op.node.requestBody), "request");
    mark(op.node.responses, "response");
  }
  return out;
}

const humanPath = (relative: string) =>
  relative
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, token, i, all) => {
      if (all[i - 1] === "properties") return `${acc}.${token}`;
      if (token === "properties") return acc;
      if (token === "items") return `${acc}[]`;
      if (token === "additionalProperties") return `${acc}{*}`;
      return `${acc}/${token}`;
    }, "");

/** Compares two normalised models; every difference comes back classified for every package. */
export function diffModels(base: Model, head: Model): Change[] {
  const out: Change[] = [];
  const docs = { base: base.document, head: head.document };
  const baseOps = operationsOf(base);
  const headOps = operationsOf(head);
  const baseUse = usage(base);
  const headUse = usage(head);

  const schemaChanges = (
    a: unknown,
    b: unknown,
    at: string,
    label: string,
    directions: Set<Direction>,
    opts: { client: boolean; validatorChanged: boolean },
  ) => {
    for (const c of diffSchemas(a, b, at, docs)) {
      const caller = callerBump(c.kind, directions);
      const types = typesOverride(c.kind) ?? caller;
      const validators = opts.validatorChanged ? validatorsBump(effectOf(c.kind)) : "none";
      const where = `${label}${humanPath(c.location.slice(at.length))}`;
      out.push(change(c.kind, c.location, `${where}: ${c.detail}`, packages(types, opts.client ? caller : "none", validators)));
    }
  };

  // Operations.
  for (const [key, a] of baseOps) {
    const b = headOps.get(key);
    if (!b) {
      const validators = hasJsonSuccess(base.document, a) ? "major" : "none";
      out.push(change("operation.removed", a.label, `${a.label} (${a.operationId}) removed`, packages("major", "major", validators)));
    }
  }
  for (const [key, b] of headOps) {
    const a = baseOps.get(key);
    if (!a) {
      const validators = hasJsonSuccess(head.document, b) ? "minor" : "none";
      out.push(change("operation.added", b.label, `${b.label} (${b.operationId}) added`, packages("minor", "minor", validators)));
      continue;
    }
    diffOperation(a, b);
  }

  function diffOperation(a: Operation, b: Operation) {
    const label = b.label;
    if (a.operationId !== b.operationId) {
      const validators = hasJsonSuccess(base.document, a) ? "major" : "none";
      out.push(
        change(
          "operation.id.changed",
          label,
          `${label}: operationId ${a.operationId} → ${b.operationId}`,
          packages("major", "major", validators),
        ),
      );
    }
    if (a.clientName !== b.clientName) {
      out.push(
        change("operation.renamed", label, `${label}: client method ${a.clientName} → ${b.clientName}`, packages("none", "major", "none")),
      );
    }
    if ((a.node.deprecated === true) !== (b.node.deprecated === true)) {
      const detail = `${label}: ${b.node.deprecated === true ? "deprecated" : "no longer deprecated"}`;
      out.push(change("operation.deprecated.changed", label, detail, packages("minor", "minor", "none")));
    }

    const request = new Set<Direction>(["request"]);
    for (const [key, pa] of a.params) {
      if (!b.params.has(key)) {
        out.push(
          change(
            "parameter.removed",
            pa.pointer,
            `${label}: ${key.replace(" ", " parameter ")} removed`,
            packages("major", "major", "none"),
          ),
        );
      }
    }
    for (const [key, pb] of b.params) {
      const pa = a.params.get(key);
      const what = `${label}: ${key.replace(" ", " parameter ")}`;
      const required = (p: Record<string, unknown>) => p.required === true || p.in === "path";
      if (!pa) {
        const bump = required(pb.node) ? "major" : "minor";
        const kind = required(pb.node) ? "parameter.added.required" : "parameter.added";
        out.push(change(kind, pb.pointer, `${what} added${required(pb.node) ? " (required)" : ""}`, packages(bump, bump, "none")));
        continue;
      }
      if (required(pa.node) !== required(pb.node)) {
        const nowRequired = required(pb.node);
        const bump = nowRequired ? "major" : "minor";
        out.push(
          change(
            nowRequired ? "parameter.required" : "parameter.optional",
            pb.pointer,
            `${what} became ${nowRequired ? "required" : "optional"}`,
            packages(bump, bump, "none"),
          ),
        );
      }
      const style = (p: Record<string, unknown>) => stableStringify([p.style ?? null, p.explode ?? null, p.allowReserved ?? null]);
      if (style(pa.node) !== style(pb.node)) {
        out.push(
          change("parameter.serialization.changed", pb.pointer, `${what}: style/explode changed`, packages("none", "major", "none")),
        );
      }
      if (pa.node.deprecated !== pb.node.deprecated) {
        out.push(
          change(
            "deprecated.changed",
            pb.pointer,
            `${what}: ${pb.node.deprecated === true ? "deprecated" : "no longer deprecated"}`,
            packages("minor", "minor", "none"),
          ),
        );
      }
      schemaChanges(pa.node.schema, pb.node.schema, joinPointer(pb.pointer, "schema"), what, request, {
        client: true,
        validatorChanged: false,
      });
    }

    // Request body.
    const bodyA = deref(base.document, a.node.requestBody);
    const bodyB = deref(head.document, b.node.requestBody);
    const bodyAt = joinPointer(b.pointer, "requestBody");
    if (isObject(bodyA) !== isObject(bodyB)) {
      if (isObject(bodyB)) {
        const bump = bodyB.required === true ? "major" : "minor";
        out.push(
          change(
            bodyB.required === true ? "request-body.added.required" : "request-body.added",
            bodyAt,
            `${label}: request body added`,
            packages(bump, bump, "none"),
          ),
        );
      } else
        out.push(
          change(
            "request-body.removed",
            joinPointer(a.pointer, "requestBody"),
            `${label}: request body removed`,
            packages("major", "major", "none"),
          ),
        );
    } else if (isObject(bodyA) && isObject(bodyB)) {
      if ((bodyA.required === true) !== (bodyB.required === true)) {
        const bump = bodyB.required === true ? "major" : "minor";
        out.push(
          change(
            bodyB.required === true ? "request-body.required" : "request-body.optional",
            bodyAt,
            `${label}: request body became ${bodyB.required === true ? "required" : "optional"}`,
            packages(bump, bump, "none"),
          ),
        );
      }
      diffContent(
        contentOf(base.document, bodyA),
        contentOf(head.document, bodyB),
        joinPointer(bodyAt, "content"),
        `${label} request body`,
        request,
        {
          added: "minor",
          removed: "major",
          validator: () => false,
        },
      );
    }

    // Responses.
    const respA = responsesOf(a);
    const respB = responsesOf(b);
    for (const status of Object.keys(respA)) {
      if (Object.hasOwn(respB, status)) continue;
      const success = isSuccess(status);
      const json = Object.keys(contentOf(base.document, respA[status])).some(isJson);
      out.push(
        change(
          "response.removed",
          joinPointer(a.pointer, "responses", status),
          `${label}: ${success ? "success" : "error"} response ${status} removed`,
          packages(success ? "major" : "minor", success ? "major" : "minor", success && json ? "major" : "none"),
        ),
      );
    }
    for (const [status, rb] of Object.entries(respB)) {
      const success = isSuccess(status);
      const at = joinPointer(b.pointer, "responses", status);
      if (!Object.hasOwn(respA, status)) {
        const json = Object.keys(contentOf(head.document, rb)).some(isJson);
        // A new success status widens what the call can return, like a new enum value in a response.
        const bump = success ? "major" : "minor";
        out.push(
          change(
            "response.added",
            at,
            `${label}: ${success ? "success" : "error"} response ${status} added`,
            packages(bump, bump, success && json ? "minor" : "none"),
          ),
        );
        continue;
      }
      const validatorChanged = (contentType: string) => {
        if (!success || !isJson(contentType)) return false;
        const pick = (model: Model, id: string) =>
          model.operations.find((o) => o.operationId === id)?.responses.find((r) => r.status === status && r.contentType === contentType)
            ?.schema;
        return stableStringify(pick(base, a.operationId)) !== stableStringify(pick(head, b.operationId));
      };
      diffContent(
        contentOf(base.document, respA[status]),
        contentOf(head.document, rb),
        joinPointer(at, "content"),
        `${label} ${status} response`,
        new Set(["response"]),
        {
          added: success ? "major" : "minor",
          removed: success ? "major" : "minor",
          validator: validatorChanged,
        },
      );
    }

    // Documentation only: summaries, descriptions, examples anywhere in the operation.
    const docsOf = (op: Operation) => {
      const params = Object.fromEntries([...op.params].map(([k, p]) => [k, p.node]));
      return collectDocs({ ...op.node, parameters: params });
    };
    const count = countDocChanges(docsOf(a), docsOf(b));
    if (count > 0)
      out.push(
        change(
          "docs.changed",
          label,
          `${label}: ${count} documentation text${count > 1 ? "s" : ""} changed`,
          packages("patch", "patch", "none", "patch"),
        ),
      );
  }

  function diffContent(
    a: Record<string, unknown>,
    b: Record<string, unknown>,
    at: string,
    label: string,
    directions: Set<Direction>,
    opts: { added: Bump; removed: Bump; validator: (contentType: string) => boolean },
  ) {
    for (const type of Object.keys(a)) {
      if (!Object.hasOwn(b, type)) {
        out.push(
          change(
            "content-type.removed",
            joinPointer(at, type),
            `${label}: content type ${type} removed`,
            packages(opts.removed, opts.removed, opts.validator(type) ? "major" : "none"),
          ),
        );
      }
    }
    for (const type of Object.keys(b)) {
      if (!Object.hasOwn(a, type)) {
        out.push(
          change(
            "content-type.added",
            joinPointer(at, type),
            `${label}: content type ${type} added`,
            packages(opts.added, opts.added, "none"),
          ),
        );
        continue;
      }
      const ma = a[type];
      const mb = b[type];
      schemaChanges(
        isObject(ma) ? ma.schema : undefined,
        isObject(mb) ? mb.schema : undefined,
        joinPointer(at, type, "schema"),
        label,
        directions,
        {
          client: true,
          validatorChanged: opts.validator(type),
        },
      );
    }
  }

  // Component schemas: each compared once, in every direction it is used in.
  const schemasA = componentSchemas(base);
  const schemasB = componentSchemas(head);
  for (const name of Object.keys(schemasA)) {
    if (!Object.hasOwn(schemasB, name)) {
      out.push(
        change(
          "schema.removed",
          joinPointer("/components/schemas", name),
          `schema ${name} removed`,
          packages("major", "none", "major", "none"),
        ),
      );
    }
  }
  for (const [name, schemaB] of Object.entries(schemasB)) {
    const at = joinPointer("/components/schemas", name);
    if (!Object.hasOwn(schemasA, name)) {
      out.push(change("schema.added", at, `schema ${name} added`, packages("minor", "none", "minor", "none")));
      continue;
    }
    const directions = new Set<Direction>([...(baseUse.get(name) ?? []), ...(headUse.get(name) ?? [])]);
    const reachable = baseUse.has(name) || headUse.has(name);
    const validatorChanged = stableStringify(base.validationSchemas[name]) !== stableStringify(head.validationSchemas[name]);
    schemaChanges(schemasA[name], schemaB, at, name, directions, { client: reachable, validatorChanged });
    const count = countDocChanges(collectDocs(schemasA[name]), collectDocs(schemaB));
    if (count > 0) {
      out.push(
        change(
          "docs.changed",
          at,
          `${name}: ${count} documentation text${count > 1 ? "s" : ""} changed`,
          packages("patch", reachable ? "patch" : "none", "none", "none"),
        ),
      );
    }
  }

  diffDocumentLevel(base, head, out);
  return out;
}

const componentSchemas = (model: Model): Record<string, unknown> => {
  const components = model.document.components;
  return isObject(components) && isObject(components.schemas) ? components.schemas : {};
};

/** Everything outside paths and schemas: auth, servers, info, tags. */
function diffDocumentLevel(base: Model, head: Model, out: Change[]): void {
  const schemes = (m: Model) => {
    const c = m.document.components;
    return isObject(c) && isObject(c.securitySchemes) ? c.securitySchemes : {};
  };
  const sa = schemes(base);
  const sb = schemes(head);
  for (const name of new Set([...Object.keys(sa), ...Object.keys(sb)])) {
    const at = joinPointer("/components/securitySchemes", name);
    if (!Object.hasOwn(sa, name))
      out.push(change("security-scheme.added", at, `security scheme ${name} added`, packages("minor", "minor", "none")));
    else if (!Object.hasOwn(sb, name))
      out.push(change("security-scheme.removed", at, `security scheme ${name} removed`, packages("major", "major", "none")));
    else if (stableStringify(stripAnnotations(sa[name])) !== stableStringify(stripAnnotations(sb[name]))) {
      out.push(change("security-scheme.changed", at, `security scheme ${name} changed`, packages("major", "major", "none")));
    } else if (stableStringify(sa[name]) !== stableStringify(sb[name])) {
      out.push(change("docs.changed", at, `security scheme ${name}: documentation changed`, packages("patch", "patch", "none", "patch")));
    }
  }
  if (stableStringify(base.document.servers) !== stableStringify(head.document.servers)) {
    out.push(
      change(
        "servers.changed",
        "/servers",
        "servers list changed (the client's default base URL is set in code)",
        packages("patch", "patch", "none"),
      ),
    );
  }
  const docFields = (m: Model) => stableStringify({ info: { ...(m.document.info as object), version: undefined }, tags: m.document.tags });
  if (docFields(base) !== docFields(head)) {
    out.push(change("docs.changed", "/info", "document description, title or tags changed", packages("patch", "patch", "none", "patch")));
  }
  // Every package embeds the spec's version and sha256, so any byte change is at least a patch release.
  if (base.source.sha256 !== head.source.sha256) {
    out.push(
      change(
        "spec.version.changed",
        "/info/version",
        `spec ${base.source.version || "(no version)"} (${base.source.sha256.slice(0, 12)}) → ${head.source.version || "(no version)"} (${head.source.sha256.slice(0, 12)})`,
        packages("patch", "patch", "patch", "patch"),
      ),
    );
  }
}
