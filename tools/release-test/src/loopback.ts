import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { validInvoice } from "./invoice.js";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface InvoiceServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A stand-in for api.gcore.com on 127.0.0.1: serves `validInvoice` under its id and records every request. */
export async function startInvoiceServer(): Promise<InvoiceServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    const match = /^\/billing\/org\/v1\/erp-invoices\/(\d+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    if (req.method === "GET" && match && Number(match[1]) === validInvoice.id) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(validInvoice));
      return;
    }
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ exception_class: "NotFound", message: "Not found." }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
