/** The README shows examples/*.ts exactly; vitest runs them as tests (they are *.test.ts files). */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

it("shows every example file, exactly", async () => {
  const readme = await readFile(join(root, "README.md"), "utf8");
  const shown = new Map<string, string>();
  for (const m of readme.matchAll(/<!-- example: (\S+) -->\n\n```ts\n([\s\S]*?)\n```/g)) shown.set(m[1] as string, m[2] as string);
  const files = (await readdir(join(root, "examples"))).filter((f) => f.endsWith(".ts")).map((f) => `examples/${f}`);
  expect(files.length).toBeGreaterThan(0);
  expect([...shown.keys()].sort()).toEqual(files.sort());
  for (const file of files) expect(shown.get(file), file).toBe((await readFile(join(root, file), "utf8")).trimEnd());
});
