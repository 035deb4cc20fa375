import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the server does with one request. */
export type Fault =
  | { kind: "json"; status?: number; body: unknown; headers?: Record<string, string> }
  /** Exact bytes with a correct Content-Length: a complete answer, whatever it holds. */
  | { kind: "text"; status?: number; text: string | Buffer; contentType?: string; headers?: Record<string, string> }
  /** Drop the connection before any byte of the answer. */
  | { kind: "reset" }
  /** Announce the full length, send `sent` bytes, then drop the connection. */
  | { kind: "truncate"; body: unknown; sent: number }
  /** Wait before answering (headers included). */
  | { kind: "slow"; delayMs: number; next: Fault }
  /** Send headers and part of the body, then stall until the client gives up. */
  | { kind: "stall-body"; body: unknown; sent: number };

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  at: number;
}

export interface FaultServer {
  url: string;
  requests: Recorded[];
  /** Faults for the next requests, in order; the last one repeats. */
  script(...faults: Fault[]): void;
  /** Answer by path instead of by order (pagination, downloads...). */
  route(handler: (req: IncomingMessage, url: URL) => Fault): void;
  close(): Promise<void>;
}

const json = (body: unknown) => Buffer.from(JSON.stringify(body));

function perform(fault: Fault, req: IncomingMessage, res: ServerResponse, timers: Set<NodeJS.Timeout>): void {
  switch (fault.kind) {
    case "json":
      perform(
        { kind: "text", status: fault.status, text: json(fault.body), contentType: "application/json", headers: fault.headers },
        req,
        res,
        timers,
      );
      return;
    case "text": {
      const body = Buffer.from(fault.text);
      res.writeHead(fault.status ?? 200, {
        "content-type": fault.contentType ?? "application/json",
        "content-length": body.length,
        ...fault.headers,
      });
      res.end(body);
      return;
    }
    case "reset":
      req.socket.destroy();
      return;
    case "truncate":
    case "stall-body": {
      const body = json(fault.body);
      res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
      res.write(body.subarray(0, fault.sent));
      if (fault.kind === "truncate") {
        // Let the partial chunk leave before the connection drops.
        const timer = setTimeout(() => req.socket.destroy(), 20);
        timers.add(timer);
      }
      return;
    }
    case "slow": {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) perform(fault.next, req, res, timers);
      }, fault.delayMs);
      timers.add(timer);
      return;
    }
  }
}

/** A real `node:http` server on 127.0.0.1 that misbehaves on demand. */
export async function startFaultServer(): Promise<FaultServer> {
  const requests: Recorded[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let queue: Fault[] = [{ kind: "json", body: {} }];
  let router: ((req: IncomingMessage, url: URL) => Fault) | undefined;
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, at: Date.now() });
    req.resume();
    const fault = router ? router(req, new URL(req.url ?? "/", "http://127.0.0.1")) : queue.length > 1 ? queue.shift() : queue[0];
    perform(fault ?? { kind: "reset" }, req, res, timers);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(...faults) {
      router = undefined;
      queue = faults;
      requests.length = 0;
    },
    route(handler) {
      router = handler;
      requests.length = 0;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
