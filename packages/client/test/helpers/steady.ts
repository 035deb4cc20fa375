import { type MockServer, packageFile, SPEC, startMockServer } from "./mock-server.js";

/**
 * Starts Steady (`@stdy/cli`, the mock Stainless uses for its own SDKs; its binary ships inside
 * the npm package) with `--reject-on-sdk-error`: a request that breaks the spec gets a 400 whose
 * body names each problem (code, path, expected, actual). Valid requests are answered with
 * `x-steady-request-valid: true` and `x-steady-error-count: 0`.
 */
export const startSteady = (): Promise<MockServer> =>
  startMockServer(
    "steady",
    packageFile("@stdy/cli", "steady.js"),
    (port) => ["--host", "127.0.0.1", "--port", String(port), "--reject-on-sdk-error", "--log-level", "details", "--no-color", SPEC],
    // Steady prints a banner on an interactive run and terse `STEADY:` lines when CI=true is set.
    /Ready to accept requests|STEADY: Server listening at/,
  );
