import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readmeExamples } from "./readme-examples.js";
import { run } from "./run.js";

export interface Consumer {
  dir: string;
  /** Version of each direct dependency as npm installed it. */
  installed: Record<string, string>;
}

/** A project of another team: its own folder outside the workspace, dependencies from the registry, installed by npm. */
export async function installConsumer(dir: string, dependencies: Record<string, string>, env: NodeJS.ProcessEnv): Promise<Consumer> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "consumer", version: "0.0.0", private: true, type: "module", dependencies }, null, 2)}\n`,
  );
  await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: dir, env });
  const installed: Record<string, string> = {};
  for (const name of Object.keys(dependencies)) {
    const manifest = JSON.parse(await readFile(join(dir, "node_modules", name, "package.json"), "utf8")) as { version: string };
    installed[name] = manifest.version;
  }
  return { dir, installed };
}

/** Writes the runnable examples of the README each installed package ships, and returns their file names. */
export async function writeReadmeExamples(consumer: Consumer, packageNames: readonly string[]): Promise<string[]> {
  const written: string[] = [];
  for (const name of packageNames) {
    const readme = join(consumer.dir, "node_modules", name, "README.md");
    for (const [file, code] of readmeExamples(await readFile(readme, "utf8"), readme)) {
      await writeFile(join(consumer.dir, file), code);
      written.push(file);
    }
  }
  return written;
}
