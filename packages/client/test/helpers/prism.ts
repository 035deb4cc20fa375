import { type MockServer, packageFile, SPEC, startMockServer } from "./mock-server.js";

export { SPEC };
export type Prism = MockServer;

/**
 * Starts `prism mock <spec> --errors` on a free loopback port: an independent implementation of
 * the contract that answers 422 to any request breaking the spec (and 500 to its own bad answers).
 * `--dynamic` because the static examples Prism derives break the spec's `pattern`s;
 * `--seed` keeps the generated data the same on every run.
 */
export const startPrism = (): Promise<Prism> =>
  startMockServer(
    "prism",
    packageFile("@stoplight/prism-cli", "dist/index.js"),
    (port) => ["mock", SPEC, "--errors", "--dynamic", "--seed", "20260714", "--host", "127.0.0.1", "--port", String(port)],
    /Prism is listening/,
  );
