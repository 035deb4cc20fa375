import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const SPEC = fileURLToPath(new URL("../../../../spec/billing_reseller_api.yaml", import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface MockServer {
  url: string;
  log: () => string;
  stop(): Promise<void>;
}

/** A file inside an installed package: mocks run from node_modules, nothing is downloaded. */
export const packageFile = (pkg: string, file: string) =>
  join(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), file);

/** Spawns a mock server (`node <script> ...args(port)`) on a free loopback port and waits until its output matches `ready`. */
export async function startMockServer(name: string, script: string, args: (port: number) => string[], ready: RegExp): Promise<MockServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [script, ...args(port)], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
