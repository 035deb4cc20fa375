import { componentSchemaRef, type Model, mediaTypeKind, type OperationModel, type ParameterModel } from "@gcore-billing/codegen";
import { type Bump, type Change, maxBump, type PackageName } from "./changes.ts";
import { componentName, deref, isObject, joinPointer, resolveRef, stableStringify } from "./pointer.ts";
import { callerBump, type Direction, effectOf, typesOverride, validatorsBump } from "./rules.ts";
import { collectDocs, countDocChanges, diffSchemas, stripAnnotations } from "./schema-diff.ts";

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
  pointer: string;
  model: OperationModel;
  /** The operation object in the model's document, for documentation texts. */
  node: Record<string, unknown>;
  operationId: string;
  clientName: string;
  params: Map<string, ParameterModel>;
  /** status -> content type -> media type (its schema as in the document). */
  responses: Map<string, Record<string, { schema: unknown }>>;
}

/** Path templates match whatever their parameters are called; renaming `{id}` is a parameter change. */
const pathKey = (path: string) => path.replace(/\{[^}]*\}/g, "{}");

/** The operations as the model lists them (parameters merged, references followed), keyed by method and path shape. */
function operationsOf(model: Model): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const op of model.operations) {
    const item = deref(model.document, resolveRef(model.document, `#${joinPointer("/paths", op.path)}`));
    const node = isObject(item) && isObject(item[op.method]) ? (item[op.method] as Record<string, unknown>) : {};
    const responses = new Map<string, Record<string, { schema: unknown }>>();
    for (const r of op.responses) {
      const content = responses.get(r.status) ?? {};
      if (r.contentType !== null) content[r.contentType] = { schema: r.documentSchema };
      responses.set(r.status, content);
    }
    const key = `${op.method.toUpperCase()} ${pathKey(op.path)}`;
    out.set(key, {
      key,
      label: `${op.method.toUpperCase()} ${op.path}`,
      pointer: op.pointer,
      model: op,
      node,
      operationId: op.operationId,
      clientName: `${op.resource}.${op.action}`,
      params: new Map(op.parameters.map((p) => [`${p.in} ${p.name}`, p])),
      responses,
    });
  }
  return out;
}

const bodyContent = (op: Operation): Record<string, { schema: unknown }> =>
  Object.fromEntries((op.model.requestBody?.content ?? []).map((m) => [m.contentType, { schema: m.documentSchema }]));
const hasJsonSuccess = (op: Operation) => op.model.responses.some((r) => isSuccess(r.status) && r.kind === "json");
const hasJson = (op: Operation, status: string) => op.model.responses.some((r) => r.status === status && r.kind === "json");

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
              queue.push(resolveRef(doc, componentSchemaRef(name)));
            }
          } else if (k === "$ref" && typeof v === "string") queue.push(resolveRef(doc, v));
          else queue.push(v);
        }
      }
    }
  };
  for (const op of model.operations) {
    for (const p of op.parameters) mark(p.documentSchema, "request");
    for (const m of op.requestBody?.content ?? []) mark(m.documentSchema, "request");
    for (const r of op.responses) mark(r.documentSchema, "response");
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
      const validators = hasJsonSuccess(a) ? "major" : "none";
      out.push(change("operation.removed", a.label, `${a.label} (${a.operationId}) removed`, packages("major", "major", validators)));
    }
  }
  for (const [key, b] of headOps) {
    const a = baseOps.get(key);
    if (!a) {
      const validators = hasJsonSuccess(b) ? "minor" : "none";
      out.push(change("operation.added", b.label, `${b.label} (${b.operationId}) added`, packages("minor", "minor", validators)));
      continue;
    }
    diffOperation(a, b);
  }

  function diffOperation(a: Operation, b: Operation) {
    const label = b.label;
    if (a.operationId !== b.operationId) {
      const validators = hasJsonSuccess(a) ? "major" : "none";
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
    if (a.model.deprecated !== b.model.deprecated) {
      const detail = `${label}: ${b.model.deprecated ? "deprecated" : "no longer deprecated"}`;
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
      if (!pa) {
        const bump = pb.required ? "major" : "minor";
        const kind = pb.required ? "parameter.added.required" : "parameter.added";
        out.push(change(kind, pb.pointer, `${what} added${pb.required ? " (required)" : ""}`, packages(bump, bump, "none")));
        continue;
      }
      if (pa.required !== pb.required) {
        const nowRequired = pb.required;
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
      const style = (p: ParameterModel) => stableStringify([p.style, p.explode, p.allowReserved]);
      if (style(pa) !== style(pb)) {
        out.push(
          change("parameter.serialization.changed", pb.pointer, `${what}: style/explode changed`, packages("none", "major", "none")),
        );
      }
      if (pa.deprecated !== pb.deprecated) {
        out.push(
          change(
            "deprecated.changed",
            pb.pointer,
            `${what}: ${pb.deprecated ? "deprecated" : "no longer deprecated"}`,
            packages("minor", "minor", "none"),
          ),
        );
      }
      schemaChanges(pa.documentSchema, pb.documentSchema, joinPointer(pb.pointer, "schema"), what, request, {
        client: true,
        validatorChanged: false,
      });
    }

    // Request body.
    const bodyA = a.model.requestBody;
    const bodyB = b.model.requestBody;
    const bodyAt = joinPointer(b.pointer, "requestBody");
    if ((bodyA === null) !== (bodyB === null)) {
      if (bodyB !== null) {
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
    } else if (bodyA !== null && bodyB !== null) {
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
      diffContent(bodyContent(a), bodyContent(b), joinPointer(bodyAt, "content"), `${label} request body`, request, {
        added: "minor",
        removed: "major",
        validator: () => false,
      });
    }

    // Responses.
    const respA = a.responses;
    const respB = b.responses;
    for (const status of respA.keys()) {
      if (respB.has(status)) continue;
      const success = isSuccess(status);
      const json = hasJson(a, status);
      out.push(
        change(
          "response.removed",
          joinPointer(a.pointer, "responses", status),
          `${label}: ${success ? "success" : "error"} response ${status} removed`,
          packages(success ? "major" : "minor", success ? "major" : "minor", success && json ? "major" : "none"),
        ),
      );
    }
    for (const [status, rb] of respB) {
      const success = isSuccess(status);
      const at = joinPointer(b.pointer, "responses", status);
      if (!respA.has(status)) {
        const json = hasJson(b, status);
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
        if (!success || mediaTypeKind(contentType) !== "json") return false;
        const pick = (model: Model, id: string) =>
          model.operations.find((o) => o.operationId === id)?.responses.find((r) => r.status === status && r.contentType === contentType)
            ?.schema;
        return stableStringify(pick(base, a.operationId)) !== stableStringify(pick(head, b.operationId));
      };
      diffContent(respA.get(status) ?? {}, rb, joinPointer(at, "content"), `${label} ${status} response`, new Set(["response"]), {
        added: success ? "major" : "minor",
        removed: success ? "major" : "minor",
        validator: validatorChanged,
      });
    }

    // Documentation only: summaries, descriptions, examples anywhere in the operation.
    const docsOf = (op: Operation, model: Model) => {
      const params = Object.fromEntries(
        [...op.params].map(([k, p]) => [k, deref(model.document, resolveRef(model.document, `#${p.pointer}`))]),
      );
      return collectDocs({ ...op.node, parameters: params });
    };
    const count = countDocChanges(docsOf(a, base), docsOf(b, head));
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

const componentSchemas = (model: Model): Record<string, unknown> =>
  Object.fromEntries(model.schemas.map((s) => [s.name, resolveRef(model.document, `#${s.pointer}`)]));

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
