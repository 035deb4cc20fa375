import { fail } from "./options.js";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;
const MAX_REDIRECTS = 10;
const REDIRECTS = [301, 302, 303, 307, 308];

/**
 * Where the key may travel: https anywhere, plain http only to loopback or with
 * `allowInsecureHttp`, never a URL carrying credentials. Messages show the origin only.
 */
export function checkUrl(href: string, allowInsecureHttp: boolean | undefined, what = "baseUrl", base?: string): URL {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    // Not quoted: a server's Location may hold anything.
    return fail(`Invalid ${what}: expected an absolute URL such as https://api.gcore.com.`);
  }
  if (url.username || url.password) {
    fail(`Refusing ${what} with credentials in it (${url.protocol}//…@${url.host}): pass the API key as apiKey.`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (LOOPBACK.test(url.hostname) || allowInsecureHttp))) {
    fail(`Refusing ${what} ${url.protocol}//${url.host}: use https (plain http only on loopback or with allowInsecureHttp: true).`);
  }
  return url;
}

// Browsers answer `redirect: "manual"` with an opaque response; they also drop Authorization on
// cross-origin redirects and block http from https pages themselves, so only Node follows by hand.
export const followByHand = !!(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;

/**
 * Wraps fetch so that every request, raw openapi-fetch ones and each redirect hop included,
 * passes `checkUrl` before it is sent. Redirects are followed here, at most 10, dropping
 * `Authorization` when the origin changes; a loop ends in a GcoreBillingError, which the
 * transport does not retry.
 */
export function guardFetch(fetch: typeof globalThis.fetch, allowInsecureHttp: boolean | undefined): typeof globalThis.fetch {
  return async (input, init) => {
    let request = input instanceof Request && !init ? input : new Request(input, init);
    checkUrl(request.url, allowInsecureHttp, "request URL");
    if (!followByHand) return fetch(request);
    for (let hops = 0; ; hops++) {
      // A 307/308 resends the body, which the first send consumes.
      const body = request.body ? await request.clone().arrayBuffer() : undefined;
      const response = await fetch(request);
      // The Fetch standard's redirect statuses only: a 300 or 304 with a Location is an answer.
      const location = REDIRECTS.includes(response.status) ? response.headers.get("location") : null;
      if (location === null) return response;
      await response.body?.cancel();
      const from = new URL(request.url);
      if (hops === MAX_REDIRECTS) fail(`${request.method} ${from.origin}${from.pathname}: more than ${MAX_REDIRECTS} redirects (a loop?)`);
      const to = checkUrl(location, allowInsecureHttp, "redirect to", from.href);
      const headers = new Headers(request.headers);
      if (to.origin !== from.origin) headers.delete("authorization");
      const rewrite = response.status === 303 || ((response.status === 301 || response.status === 302) && request.method === "POST");
      if (rewrite) headers.delete("content-type");
      request = new Request(to, {
        method: rewrite && request.method !== "HEAD" ? "GET" : request.method,
        headers,
        body: rewrite ? undefined : body,
        signal: request.signal,
        redirect: "manual",
      });
    }
  };
}
