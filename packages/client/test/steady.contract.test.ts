/**
 * Contract tests against Steady (`@stdy/cli`, the mock server Stainless uses for its own SDKs),
 * started with `--reject-on-sdk-error`: a request that breaks the spec (a missing required
 * parameter, a value outside an enum, a wrong type, a body missing a required property) gets a
 * 400 whose body names each problem, which the failing test shows.
 *
 * What this checks is our REQUESTS, on all 24 operations: Steady marks each accepted one with
 * `x-steady-request-valid: true` and `x-steady-error-count: 0`. Its generated RESPONSE bodies
 * ignore `pattern` (amounts come back as random strings such as "V9wmUAA"), so response
 * validation is off here; Prism's contract test checks the answers.
 *
 * Like Prism, Steady accepts `order_by=a&order_by=b` for a `style: form, explode: false`
 * parameter, so the exact wire format stays pinned by query.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, createClient, operations } from "../src/index.js";
import { contractCalls, problems } from "./helpers/contract-calls.js";
import type { MockServer } from "./helpers/mock-server.js";
import { startSteady } from "./helpers/steady.js";

let steady: MockServer;
beforeAll(async () => {
  steady = await startSteady();
}, 100_000);
afterAll(async () => {
  await steady?.stop();
});

const client = () => createClient({ apiKey: "contract-test-key", baseUrl: steady.url, maxRetries: 0, timeout: 20_000, logger: {} });

/** Steady's verdict on a rejected request, for the failure message. */
const diagnostic = (error: unknown) => JSON.stringify((error as BadRequestError).body);

describe("every operation's request is accepted by Steady", () => {
  it("the table covers all 24 operations of the spec", () => {
    expect(contractCalls.map((c) => c.operationId).sort()).toEqual(Object.keys(operations).sort());
  });

  it.each(contractCalls.map((c) => [c.operationId, c] as const))("%s", async (_id, { shape, call }) => {
    const result = await call(client()).catch((error: unknown) => {
      throw new Error(`Steady rejected the request: ${diagnostic(error)}`, { cause: error });
    });
    expect(result.headers.get("x-steady-request-valid")).toBe("true");
    expect(result.headers.get("x-steady-error-count")).toBe("0");
    expect(result.headers.get("x-steady-matched-path")).toBe(operations[_id as keyof typeof operations].path);
    if (_id === "v1_reports_create") {
      // Steady answers with the spec's own example where there is one, and the spec's 201 example
      // for this operation is a copy of the request body (no uuid): a spec bug Prism's --dynamic avoids.
      expect(result.data).toEqual({ template_code: "ResellerExpenses", parameters: { date_from: "2025-01-01", date_to: "2025-02-01" } });
      return;
    }
    // Types and keys still hold in Steady's generated answers; only `pattern`s do not, so no validation.
    expect(await problems(shape, result)).toEqual([]);
  });
});

describe("Steady is strict about requests (negative controls)", () => {
  it("a missing required query parameter is a 400 naming it", async () => {
    const error = await client()
      .trials.startTrialData({ client_id: 7 } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(diagnostic(error)).toMatch(/E3002.*query\.product_id/);
  });

  it("an order_by value outside the enum is a 400 naming it", async () => {
    const error = await client()
      .erpInvoices.list({ order_by: ["colour.asc"] } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(diagnostic(error)).toMatch(/E3016.*query\.order_by/);
  });

  it("a body without its required property is a 400 naming it", async () => {
    const error = await client()
      .reports.create({ parameters: {} } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(diagnostic(error)).toMatch(/template_code/);
  });

  it("extraQuery with a wrong type is caught too", async () => {
    const error = await client()
      .erpInvoices.list({}, { extraQuery: { limit: "many" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(diagnostic(error)).toMatch(/query\.limit/);
  });
});
