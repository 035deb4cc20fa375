/**
 * Signatures that follow the spec, against a real loopback server: the media type chosen with
 * `format`, required query parameters, optional bodies and nested resource names.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIPromise, BadRequestError, createClient, GcoreBillingError, ResponseValidationError } from "../src/index.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { API_KEY } from "./helpers/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(async () => {
  await server.close();
});

const client = () => createClient({ apiKey: API_KEY, baseUrl: server.url, timeout: 5000, maxRetries: 0, logger: {} });
const UUID = "5b0c7f9e-3c1a-4f4e-9a57-0d6f1c2b3a4d";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const last = () => {
  const request = server.requests.at(-1);
  if (!request) throw new Error("the server saw no request");
  return { ...request, query: new URL(request.url, server.url).searchParams };
};

describe("reports.download picks the media type from format", () => {
  // Quotes, a comma inside a field, CRLF line ends and non-ASCII: all must come back as sent.
  const csv = 'client_id,name,amount\r\n1,"Müller, GmbH",12.50\r\n2,"say ""hi""",0\r\n';

  it('format: "csv" sends Accept: text/csv and returns the CSV text byte for byte', async () => {
    server.script({ kind: "text", text: Buffer.from(csv, "utf8"), contentType: "text/csv; charset=utf-8" });
    const text = await client().reports.download(UUID, { format: "csv" });
    expect(text).toBe(csv);
    expect(Buffer.from(text, "utf8").equals(Buffer.from(csv, "utf8"))).toBe(true);
    const request = last();
    expect(request.headers.accept).toBe("text/csv");
    expect(request.query.get("format")).toBe("csv");
    expect(request.url.startsWith(`/billing/org/v1/reports/${UUID}/download?`)).toBe(true);
  });

  it("decodes the charset the server declares", async () => {
    server.script({ kind: "text", text: Buffer.from("name\r\nCaf\xe9\r\n", "latin1"), contentType: "text/csv; charset=iso-8859-1" });
    expect(await client().reports.download(UUID, { format: "csv" })).toBe("name\r\nCafé\r\n");
  });

  it('format: "xlsx" sends the spreadsheet Accept and returns the exact bytes as a stream', async () => {
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
    server.script({ kind: "text", text: bytes, contentType: XLSX });
    const download = await client().reports.download(UUID, { format: "xlsx" });
    expect(download.contentType).toBe(XLSX);
    expect(Buffer.from(await new Response(download.body).arrayBuffer()).equals(bytes)).toBe(true);
    expect(last().headers.accept).toBe(XLSX);
  });

  it("without format it asks for JSON and parses it", async () => {
    server.script({ kind: "json", body: { headers: ["a"], rows: [[1]] } });
    expect(await client().reports.download(UUID)).toEqual({ headers: ["a"], rows: [[1]] });
    expect(last().headers.accept).toBe("application/json");
    expect(last().query.has("format")).toBe(false);
  });

  it("a caller's own Accept header cannot change what the typed method returns", async () => {
    server.script({ kind: "text", text: csv, contentType: "text/csv" });
    const text = await client().reports.download(UUID, { format: "csv" }, { headers: { accept: "application/json", "X-Trace": "1" } });
    expect(text).toBe(csv);
    expect(last().headers.accept).toBe("text/csv");
    expect(last().headers["x-trace"]).toBe("1");
  });

  it("a server that ignores Accept and answers JSON to a CSV request is an error, not a string", async () => {
    server.script({ kind: "json", body: { headers: [], rows: [] } });
    const error = await client()
      .reports.download(UUID, { format: "csv" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("asked for text/csv, the server answered application/json");
  });

  it("an unknown charset is named in the error", async () => {
    server.script({ kind: "text", text: "a,b\n", contentType: "text/csv; charset=x-klingon" });
    await expect(client().reports.download(UUID, { format: "csv" })).rejects.toThrow('unknown charset "x-klingon"');
  });

  it("a format the spec does not offer fails before any request, naming the choices", async () => {
    server.script({ kind: "json", body: {} });
    const error = await client()
      .reports.download(UUID, { format: "CSV" } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GcoreBillingError);
    expect((error as Error).message).toBe('v1_reports_download_retrieve: format "CSV" is none of csv, json, xlsx');
    expect(server.requests).toHaveLength(0);
    // Inherited keys are no escape hatch.
    await expect(client().reports.download(UUID, { format: "toString" } as never)).rejects.toBeInstanceOf(GcoreBillingError);
  });

  it("a 400 answered as CSV is still an APIError with the server's message", async () => {
    server.script({ kind: "json", status: 400, body: { message: "Failed to render report" } });
    const error = await client()
      .reports.download(UUID, { format: "csv" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toContain("Failed to render report");
  });
});

describe("required and optional arguments", () => {
  it("trials.startTrialData sends its required query parameters", async () => {
    server.script({ kind: "json", body: { trial: null } });
    await client().trials.startTrialData({ client_id: 5, product_id: 9 });
    const request = last();
    expect(request.url.split("?")[0]).toBe("/billing/org/v1/trials/start-trial-data");
    expect(Object.fromEntries(request.query)).toEqual({ client_id: "5", product_id: "9" });
  });

  it("trials.update(id) without a body sends a PATCH with no body", async () => {
    server.script({ kind: "json", body: { id: 7 } });
    expect(await client().trials.update(7)).toEqual({ id: 7 });
    const request = last();
    expect(request.method).toBe("PATCH");
    expect(request.url).toBe("/billing/org/v1/trials/7");
    expect(request.headers["content-length"] ?? "0").toBe("0");
  });

  it("trials.update(id, body) sends the body as JSON", async () => {
    server.script({ kind: "json", body: { id: 7 } });
    await client().trials.update(7, { comment: "x" } as never);
    expect(last().headers["content-type"]).toContain("application/json");
    expect(Number(last().headers["content-length"])).toBe(JSON.stringify({ comment: "x" }).length);
  });
});

describe("nested resource names", () => {
  const page = { count: 1, next: null, previous: null, results: [{ id: 1 }] };

  it.each([
    ["plans.contents.list", (c: ReturnType<typeof client>) => c.plans.contents.list(), "/billing/org/v1/plans/contents"],
    ["reports.templates.list", (c: ReturnType<typeof client>) => c.reports.templates.list(), "/billing/org/v1/reports/templates"],
  ])("%s calls its own path", async (_name, call, path) => {
    server.script({ kind: "json", body: page });
    const first = await call(client()).firstPage();
    expect(first.items).toEqual([{ id: 1 }]);
    expect(last().url.split("?")[0]).toBe(path);
  });

  it("the flat names are the same functions, kept as deprecated aliases", () => {
    const c = client();
    expect(c.plans.contentsList).toBe(c.plans.contents.list);
    expect(c.reports.templatesList).toBe(c.reports.templates.list);
  });
});

describe("every method returns an APIPromise: .withResponse() and .asResponse()", () => {
  const csv = "name\r\nCafé\r\n";
  const csvAnswer = { kind: "text", text: Buffer.from(csv, "utf8"), contentType: "text/csv; charset=utf-8" } as const;

  it('format: "csv": .withResponse() gives the decoded text with the answer it came from', async () => {
    server.script({ ...csvAnswer, headers: { "x-request-id": "req-csv-1" } });
    const call = client().reports.download(UUID, { format: "csv" });
    expect(call).toBeInstanceOf(APIPromise);
    const { data, response, status, headers, requestId } = await call.withResponse();
    expect(data).toBe(csv);
    expect(status).toBe(200);
    expect(response.status).toBe(200);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(requestId).toBe("req-csv-1");
    expect(last().headers.accept).toBe("text/csv");
    expect(server.requests).toHaveLength(1);
  });

  it('format: "csv": .asResponse() gives the raw Response, body unread, after one request', async () => {
    server.script(csvAnswer);
    const response = await client().reports.download(UUID, { format: "csv" }).asResponse();
    expect(response).toBeInstanceOf(Response);
    expect(response.bodyUsed).toBe(false);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(csv, "utf8"))).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(last().headers.accept).toBe("text/csv");
  });

  it('format: "csv": awaiting after .withResponse() reuses the same answer', async () => {
    server.script(csvAnswer);
    const call = client().reports.download(UUID, { format: "csv" });
    const [withResponse, data] = await Promise.all([call.withResponse(), call]);
    expect(withResponse.data).toBe(csv);
    expect(data).toBe(csv);
    expect(server.requests).toHaveLength(1);
  });

  it('format: "xlsx" and the JSON default: .withResponse() gives each its own body', async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    server.script({ kind: "text", text: bytes, contentType: XLSX });
    const xlsx = await client().reports.download(UUID, { format: "xlsx" }).withResponse();
    expect(xlsx.data.contentType).toBe(XLSX);
    expect(Buffer.from(await new Response(xlsx.data.body).arrayBuffer()).equals(bytes)).toBe(true);
    server.script({ kind: "json", body: { headers: ["a"], rows: [[1]] } });
    const json = await client().reports.download(UUID).withResponse();
    expect(json.data).toEqual({ headers: ["a"], rows: [[1]] });
    expect(last().headers.accept).toBe("application/json");
  });

  it("a text answer of the wrong media type rejects .withResponse(); .asResponse() still hands it over", async () => {
    server.script({ kind: "json", body: { not: "csv" } });
    await expect(client().reports.download(UUID, { format: "csv" }).withResponse()).rejects.toBeInstanceOf(ResponseValidationError);
    const response = await client().reports.download(UUID, { format: "csv" }).asResponse();
    expect(await response.json()).toEqual({ not: "csv" });
  });

  it("an unknown format rejects .withResponse() and .asResponse() without sending anything", async () => {
    server.script({ kind: "json", body: {} });
    const unknown = () => client().reports.download(UUID, { format: "pdf" } as never);
    await expect(unknown().withResponse()).rejects.toThrow('format "pdf" is none of csv, json, xlsx');
    await expect(unknown().asResponse()).rejects.toBeInstanceOf(GcoreBillingError);
    expect(server.requests).toHaveLength(0);
  });

  it("a nested resource (plans.contents.list) and its deprecated flat alias: .withResponse() and .asResponse()", async () => {
    const page = { count: 1, next: null, previous: null, results: [{ id: 7 }] };
    server.script({ kind: "json", body: page, headers: { "x-request-id": "req-plans" } });
    const { data, status, requestId } = await client().plans.contents.list({ limit: 1 }).withResponse();
    expect(data.data).toEqual(page);
    expect(data.items).toEqual([{ id: 7 }]);
    expect(status).toBe(200);
    expect(requestId).toBe("req-plans");
    expect(last().url.startsWith("/billing/org/v1/plans/contents?")).toBe(true);
    const response = await client().plans.contentsList({ limit: 1 }).asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual(page);
    expect(server.requests).toHaveLength(2);
  });

  it("a nested resource (reports.templates.list) answers .withResponse()", async () => {
    server.script({ kind: "json", body: { count: 0, next: null, previous: null, results: [] } });
    const { data, response } = await client().reports.templates.list().withResponse();
    expect(data.items).toEqual([]);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(last().url.startsWith("/billing/org/v1/reports/templates")).toBe(true);
  });
});
