import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { OperationModel, ResponseModel } from "../src/model.ts";
import { emitClient } from "../src/plugins/client/index.ts";
import { successPlan } from "../src/plugins/client/media.ts";
import { methodName } from "../src/plugins/client/naming.ts";
import { loadSpec } from "../src/stages/load.ts";
import { normalise } from "../src/stages/normalise.ts";
import { FIXTURES, REPO_ROOT } from "./helpers.ts";

const op = (over: Partial<OperationModel>): OperationModel => ({
  operationId: "v1_things_list",
  method: "get",
  path: "/v1/things",
  pointer: "/paths/~1v1~1things/get",
  summary: null,
  description: null,
  deprecated: false,
  resource: "things",
  action: "list",
  parameters: [],
  requestBody: null,
  responses: [],
  ...over,
});
const json = (status = "200"): ResponseModel => ({ status, contentType: "application/json", schema: true, binary: false });
const media = (contentType: string, status = "200"): ResponseModel => ({ status, contentType, schema: null, binary: true });
const formatParam = (values: unknown[]) => ({
  name: "format",
  in: "query" as const,
  required: false,
  schema: { type: "string", enum: values },
  style: "form",
  explode: true,
});

describe("client plugin: media types", () => {
  it("classifies JSON, text and binary and picks JSON as the default", () => {
    const plan = successPlan(
      op({
        parameters: [formatParam(["csv", "json", "xlsx"])],
        responses: [json(), media("text/csv"), media("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), json("400")],
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
    const unrelated = successPlan(op({ parameters: [formatParam(["short", "long"])], responses: [json(), media("text/csv")] }));
    expect(unrelated).toMatchObject({ kind: "json", choice: null });
    // One value naming no offered type is enough to refuse the guess.
    const partial = successPlan(op({ parameters: [formatParam(["csv", "json", "yaml"])], responses: [json(), media("text/csv")] }));
    expect(partial.choice).toBeNull();
  });

  it("without JSON the first media type is the default", () => {
    expect(successPlan(op({ responses: [media("text/plain")] }))).toMatchObject({ kind: "text", choice: null });
    expect(successPlan(op({ responses: [media("application/pdf"), media("text/plain")] }))).toMatchObject({ kind: "binary" });
    expect(successPlan(op({ responses: [{ status: "204", contentType: null, schema: null, binary: false }] }))).toMatchObject({
      kind: "empty",
      status: "204",
    });
  });
});

describe("client plugin: names", () => {
  it("nests a static segment below the resource when the action is that segment plus a CRUD verb", () => {
    expect(methodName(op({ path: "/billing/org/v1/plans/contents", resource: "plans", action: "contentsList" }))).toEqual({
      resource: ["plans", "contents"],
      action: "list",
      flat: { resource: "plans", action: "contentsList" },
      typeBase: "PlansContentsList",
    });
  });

  it("keeps verbs and item actions flat", () => {
    const startTrial = methodName(op({ path: "/v1/trials/start-trial-data", resource: "trials", action: "startTrialData" }));
    expect(startTrial).toMatchObject({ resource: ["trials"], action: "startTrialData", flat: null });
    const download = methodName(op({ path: "/v1/reports/{uuid}/download", resource: "reports", action: "download" }));
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
    expect(resources).toContain("startTrialData: (query: TrialsStartTrialDataParams, options?: RequestOptions) =>");
    expect(resources).toContain('update: (id: TrialsUpdatePathParams["id"], body?: TrialsUpdateBody, options?: RequestOptions) =>');
    expect(resources).toContain("create: (body: ReportsCreateBody, options?: RequestOptions) =>");
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
