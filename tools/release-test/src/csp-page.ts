import { createServer, type OutgoingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** The policy under test: scripts only from this origin, so no inline script, no eval, no new Function. */
export const CSP = "script-src 'self'";

// Loaded first, from the same origin, so it sees every violation the later scripts cause.
const listener = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push({ directive: e.effectiveDirective, blockedURI: e.blockedURI, sample: e.sample });
});
`;

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><script src="/csp-listener.js"></script></head><body>${body}</body></html>`;

// A page that breaks the policy on purpose: proves the policy is enforced and that violations are seen.
const probe = page(`<script>document.body.dataset.inline = "ran";</script><script src="/eval-probe.js"></script>`);
const evalProbe = `try { eval("1 + 1"); document.body.dataset.eval = "ran"; } catch (e) { document.body.dataset.eval = e.name; }`;

export interface CspServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `app` (a browser bundle) on 127.0.0.1 under the strict policy; `/probe.html` is the deliberate offender. */
export async function startCspServer(app: string): Promise<CspServer> {
  const routes: Record<string, [string, string]> = {
    "/": ["text/html; charset=utf-8", page(`<pre id="verdicts"></pre><script type="module" src="/app.js"></script>`)],
    "/probe.html": ["text/html; charset=utf-8", probe],
    "/csp-listener.js": ["text/javascript", listener],
    "/eval-probe.js": ["text/javascript", evalProbe],
    "/app.js": ["text/javascript", app],
  };
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    const headers: OutgoingHttpHeaders = { "content-security-policy": CSP, "cache-control": "no-store" };
    if (!route) return res.writeHead(404, headers).end();
    res.writeHead(200, { ...headers, "content-type": route[0] }).end(route[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
