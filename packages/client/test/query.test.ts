/** What actually reaches the server for list filters, checked on the wire. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY, everyInvoiceFilter, invoicePage } from "./helpers/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

type ListQuery = NonNullable<Parameters<ReturnType<typeof createClient>["erpInvoices"]["list"]>[0]>;

const cases: [string, { given: ListQuery; want: string }][] = [
  ["no filters", { given: {}, want: "" }],
  ["order_by is form, explode: false", { given: { order_by: ["invoice_date.desc", "id.asc"] }, want: "order_by=invoice_date.desc,id.asc" }],
  ["ordering is form, explode: false", { given: { ordering: ["-amount_total", "name"] }, want: "ordering=-amount_total,name" }],
  ["a single ordering key", { given: { order_by: ["id.desc"] }, want: "order_by=id.desc" }],
  ["an empty ordering is left out", { given: { order_by: [], limit: 5 }, want: "limit=5" }],
  ["undefined filters are left out", { given: { currency: undefined, payer_id: 7 }, want: "payer_id=7" }],
  [
    "every filter at once",
    {
      given: everyInvoiceFilter,
      want:
        "billing_period_from__from=2026-01-01&billing_period_to__to=2026-03-31&client_id=42&currency=EUR" +
        "&invoice_date__from=2026-02-01&invoice_date__to=2026-02-28&limit=10&move_type=out_refund&offset=20&payer_id=7&payment_state=not_paid",
    },
  ],
  ["values are percent-encoded", { given: { currency: "A&B=C D" }, want: "currency=A%26B%3DC%20D" }],
];

describe("erpInvoices.list query on the wire", () => {
  it.each(cases)("%s", async (_name, { given, want }) => {
    server.script({ kind: "json", body: invoicePage(0, 0, 10) });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url });
    await client.erpInvoices.list(given).firstPage();
    expect(server.requests).toHaveLength(1);
    const url = server.requests[0]?.url ?? "";
    const [path, query = ""] = url.split("?");
    expect(path).toBe("/billing/org/v1/erp-invoices");
    expect(query).toBe(want);
  });

  it("other operations keep their own styles: reports.templatesList id__in is explode: false too", async () => {
    server.script({ kind: "json", body: { count: 0, results: [] } });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url });
    await client.reports.templatesList({ id__in: [1, 2], code: "a" } as never).firstPage();
    expect(server.requests[0]?.url).toBe("/billing/org/v1/reports/templates?id__in=1,2&code=a");
  });
});

describe("request headers", () => {
  it("sends Authorization: APIKey <key> and the caller's headers", async () => {
    server.script({ kind: "json", body: {} });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, headers: { "x-team": "billing" } });
    await client.erpInvoices.retrieve(5, { headers: { "x-call": "one" } });
    const { headers, url } = server.requests[0] ?? {};
    expect(url).toBe("/billing/org/v1/erp-invoices/5");
    expect(headers?.authorization).toBe(`APIKey ${API_KEY}`);
    expect(headers?.["x-team"]).toBe("billing");
    expect(headers?.["x-call"]).toBe("one");
  });

  it("the raw openapi-fetch methods stay available and authenticated", async () => {
    server.script({ kind: "json", body: { id: 9 } });
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url });
    const { data, response } = await client.GET("/billing/org/v1/erp-invoices/{id}", { params: { path: { id: 9 } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ id: 9 });
    expect(server.requests[0]?.headers.authorization).toBe(`APIKey ${API_KEY}`);
  });
});
