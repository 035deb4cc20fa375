import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { OperationModel } from "../src/model.ts";
import { emitClient } from "../src/plugins/client/index.ts";
import { successPlan } from "../src/plugins/client/media.ts";
import { methodName } from "../src/plugins/client/naming.ts";
import { loadSpec, loadSpecText } from "../src/stages/load.ts";
import { normalise } from "../src/stages/normalise.ts";
import { FIXTURES, REPO_ROOT } from "./helpers.ts";

/**
 * One operation normalised from a small in-memory document, so the model under test is whatever
 * normalise builds today (every field, `kind` from the one classifier) rather than a hand-made copy.
 */
function modelOf(spec: { method?: string; parameters?: unknown[]; requestBody?: unknown; responses?: Record<string, unknown> } = {}) {
  const operation = {
    operationId: "v1_things_list",
    parameters: spec.parameters ?? [],
    ...(spec.requestBody ? { requestBody: spec.requestBody } : {}),
    responses: spec.responses ?? { "204": { description: "ok" } },
  };
  const document = {
    openapi: "3.1.0",
    info: { title: "client plugin test", version: "1" },
    paths: { "/v1/things": { [spec.method ?? "get"]: operation } },
  };
  return normalise(loadSpecText("client-plugin-test.json", JSON.stringify(document)));
}
const op = (spec: Parameters<typeof modelOf>[0] = {}): OperationModel => modelOf(spec).operations[0]!;
/** A status answering each of `contentTypes` (JSON ones with an object schema). */
const answers = (...contentTypes: string[]) => ({
  description: "ok",
  content: Object.fromEntries(contentTypes.map((t) => [t, t.endsWith("json") ? { schema: { type: "object" } } : {}])),
});
const formatParam = (values: unknown[]) => ({ name: "format", in: "query", required: false, schema: { type: "string", enum: values } });
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("client plugin: media types", () => {
  it("classifies JSON, text and binary and picks JSON as the default", () => {
    const plan = successPlan(
      op({
        parameters: [formatParam(["csv", "json", "xlsx"])],
        responses: { "200": answers("application/json", "text/csv", XLSX), "400": answers("application/json") },
      }),
    );
    expect(plan.kind).toBe("json");
    expect(plan.choice?.defaultValue).toBe("json");
    expect(plan.choice?.byValue.map(([v, m]) => [v, m.kind])).toEqual([
      ["csv", "text"],
      ["json", "json"],
      ["xlsx", "binary"],
    ]);
  });

  it("offers no choice when no query enum names the media types", () => {
    const unrelated = successPlan(
      op({ parameters: [formatParam(["short", "long"])], responses: { "200": answers("application/json", "text/csv") } }),
    );
    expect(unrelated).toMatchObject({ kind: "json", choice: null });
    // One value naming no offered type is enough to refuse the guess.
    const partial = successPlan(
      op({ parameters: [formatParam(["csv", "json", "yaml"])], responses: { "200": answers("application/json", "text/csv") } }),
    );
    expect(partial.choice).toBeNull();
  });

  it("without JSON the first media type is the default", () => {
    expect(successPlan(op({ responses: { "200": answers("text/plain") } }))).toMatchObject({ kind: "text", choice: null });
    expect(successPlan(op({ responses: { "200": answers("application/pdf", "text/plain") } }))).toMatchObject({ kind: "binary" });
    expect(successPlan(op({ responses: { "204": { description: "gone" } } }))).toMatchObject({
      kind: "empty",
      status: "204",
    });
  });
});

describe("client plugin: reads the model's classification, bodies and pagination", () => {
  it("a response's kind is the model's: application/xml is text, as the one classifier says", () => {
    const model = modelOf({ responses: { "200": answers("application/xml") } });
    expect(model.operations[0]!.responses[0]!.kind).toBe("text");
    expect(successPlan(model.operations[0]!)).toMatchObject({ kind: "text", media: { contentType: "application/xml", kind: "text" } });
    const resources = emitClient(model).get("resources.ts") ?? "";
    expect(resources).toContain('{ type: "application/xml", kind: "text" }');
  });

  it("a body offered as form, multipart and JSON is typed and sent as the JSON one", () => {
    const body = (type: string) => [type, { schema: { type: "object", properties: { name: { type: "string" } } } }];
    const model = modelOf({
      method: "post",
      requestBody: {
        required: true,
        content: Object.fromEntries(["application/x-www-form-urlencoded", "multipart/form-data", "application/json"].map(body)),
      },
      responses: { "201": answers("application/json") },
    });
    const types = emitClient(model).get("types.ts") ?? "";
    expect(types).toContain('["requestBody"]>["content"]["application/json"];');
    expect(types).not.toContain("x-www-form-urlencoded");
    expect(emitClient(model).get("resources.ts")).toMatch(/\(body: ThingsListBody, options\?: RequestOptions\)/);
  });

  it("pagination is the model's: limit/offset alone do not make a list paginated", () => {
    const limits = ["limit", "offset"].map((name) => ({ name, in: "query", schema: { type: "integer" } }));
    const page = { type: "object", properties: { count: { type: "integer" }, results: { type: "array", items: { type: "string" } } } };
    const paged = modelOf({
      parameters: limits,
      responses: { "200": { description: "ok", content: { "application/json": { schema: page } } } },
    });
    expect(paged.operations[0]!.pagination).not.toBeNull();
    expect(emitClient(paged).get("resources.ts")).toContain("t.paginate<ThingsListResponse, ThingsListItem>(");
    const plain = modelOf({ parameters: limits, responses: { "200": answers("application/json") } });
    expect(plain.operations[0]!.pagination).toBeNull();
    expect(emitClient(plain).get("resources.ts")).toContain("t.json<ThingsListResponse>(");
  });
});

describe("client plugin: names", () => {
  it("nests a static segment below the resource when the action is that segment plus a CRUD verb", () => {
    expect(methodName({ ...op(), path: "/billing/org/v1/plans/contents", resource: "plans", action: "contentsList" })).toEqual({
      resource: ["plans", "contents"],
      action: "list",
      flat: { resource: "plans", action: "contentsList" },
      typeBase: "PlansContentsList",
    });
  });

  it("a path segment of no ASCII word names nothing (and does not throw)", () => {
    const name = methodName({ ...op(), path: "/non-ascii/{æøå}", resource: "nonAscii", action: "retrieve" });
    expect(name).toMatchObject({ resource: ["nonAscii"], action: "retrieve", flat: null });
  });

  it("keeps verbs and item actions flat", () => {
    const startTrial = methodName({ ...op(), path: "/v1/trials/start-trial-data", resource: "trials", action: "startTrialData" });
    expect(startTrial).toMatchObject({ resource: ["trials"], action: "startTrialData", flat: null });
    const download = methodName({ ...op(), path: "/v1/reports/{uuid}/download", resource: "reports", action: "download" });
    expect(download).toMatchObject({ resource: ["reports"], action: "download", flat: null });
  });

  it("the billing client: nested names, deprecated flat aliases, no positional names", () => {
    const model = normalise(loadSpec(resolve(REPO_ROOT, "spec/billing_reseller_api.yaml")));
    const resources = emitClient(model).get("resources.ts") ?? "";
    expect(resources).toContain("contents: plansContents,");
    expect(resources).toMatch(/@deprecated Use `client\.plans\.contents\.list\(\)`[^\n]*\n\s*\*\/\n\s*contentsList: plansContents\.list,/);
    expect(resources).toMatch(
      /@deprecated Use `client\.reports\.templates\.list\(\)`[^\n]*\n\s*\*\/\n\s*templatesList: reportsTemplates\.list,/,
    );
    expect(resources).toContain(
      "startTrialData: (query: TrialsStartTrialDataParams, options?: RequestOptions): APIPromise<TrialsStartTrialDataResponse> =>",
    );
    expect(resources).toContain(
      'update: (id: TrialsUpdatePathParams["id"], body?: TrialsUpdateBody, options?: RequestOptions): APIPromise<TrialsUpdateResponse> =>',
    );
    expect(resources).toContain("create: (body: ReportsCreateBody, options?: RequestOptions): APIPromise<ReportsCreateResponse> =>");
    expect(resources).not.toMatch(/\b(schema|response|param|arg)_\d+\b/);
  });

  it("emits deprecated operations and escapes comment terminators in TSDoc", () => {
    const model = normalise(loadSpec(resolve(FIXTURES, "client-signatures.yaml")));
    const resources = emitClient(model).get("resources.ts") ?? "";
    expect(resources).toContain("* A comment marker *\\/ in prose must not end the doc comment.");
    expect(resources).toMatch(/@deprecated The API marks this operation as deprecated\.\n\s*\*\/\n\s*list: \(query: WidgetsListParams/);
    // A run of blank lines in the description becomes one paragraph break.
    expect(resources).not.toMatch(/\*\n\s*\*\n/);
  });

  it("output is byte-stable and independent of the document's operation order", () => {
    const model = normalise(loadSpec(resolve(FIXTURES, "client-signatures.yaml")));
    const reversed = { ...model, operations: [...model.operations].reverse() };
    const a = emitClient(model);
    const b = emitClient(reversed);
    for (const file of ["operations.ts", "resources.ts", "types.ts"]) expect(b.get(file)).toBe(a.get(file));
  });
});
