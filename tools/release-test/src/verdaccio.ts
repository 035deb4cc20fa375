import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

export interface Registry {
  url: string;
  /** An npmrc that points npm and pnpm at this registry, with a token that may publish. */
  npmrc: string;
  log(): string;
  stop(): Promise<void>;
}

// No uplinks: the registry only serves what the test publishes into it, so no install can reach the internet.
const config = (storage: string, htpasswd: string) => `storage: ${JSON.stringify(storage)}
auth:
  htpasswd:
    file: ${JSON.stringify(htpasswd)}
    max_users: 10
uplinks: {}
packages:
  "**":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
middlewares:
  audit:
    enabled: false
log: { type: stdout, format: pretty, level: warn }
`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port for verdaccio");
  return address.port;
}

async function waitForPing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode} before it answered:\n${output()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer ${url}-/ping within 60 s:\n${output()}`);
}

/** Starts Verdaccio on 127.0.0.1 with its storage, users and config under `dir`, and signs up a publishing user. */
export async function startRegistry(dir: string): Promise<Registry> {
  await mkdir(join(dir, "storage"), { recursive: true });
  const configFile = join(dir, "config.yaml");
  await writeFile(configFile, config(join(dir, "storage"), join(dir, "htpasswd")));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = join(dirname(createRequire(import.meta.url).resolve("verdaccio/package.json")), "bin", "verdaccio");
  const child = spawn(process.execPath, [bin, "--config", configFile, "--listen", `127.0.0.1:${port}`], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    output += chunk;
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitForPing(url, child, () => output);
    const response = await fetch(`${url}-/user/org.couchdb.user:release-test`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "release-test", password: "release-test-password" }),
    });
    const body = (await response.json()) as { token?: string };
    if (!response.ok || !body.token) throw new Error(`verdaccio refused the test user: ${response.status} ${JSON.stringify(body)}`);
    const npmrc = join(dir, "npmrc");
    await writeFile(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${body.token}\n`);
    return { url, npmrc, log: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Environment for npm, pnpm and changesets talking to `registry` only. npm's cache is private to the run, so nothing
 * is served from a cache filled by an earlier run or by the real registry.
 */
export function registryEnv(registry: Registry, cacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Inherited from `pnpm run` or a CI job, these would point npm elsewhere or make it try to sign provenance.
  for (const key of Object.keys(env)) {
    if (/^(npm_config_|pnpm_config_|ACTIONS_ID_TOKEN_)/i.test(key) || key === "GITHUB_ACTIONS") delete env[key];
  }
  return {
    ...env,
    NPM_CONFIG_USERCONFIG: registry.npmrc,
    npm_config_registry: registry.url,
    npm_config_cache: cacheDir,
    NPM_CONFIG_PROVENANCE: "false",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
}
