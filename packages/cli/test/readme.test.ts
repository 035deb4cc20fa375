import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN } from "./helpers.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** Every `$ pnpm -s gcore-billing ...` command in the README's sh blocks, with the output printed under it and its `# exit N` (default 0). */
function examples(): [string, { command: string; output: string | null }][] {
  const out: [string, { command: string; output: string | null }][] = [];
  for (const block of README.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const lines = block[1]!.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith("$ ")) continue;
      let command = lines[i]!.slice(2);
      while (command.endsWith("\\")) command = `${command.slice(0, -1)} ${lines[++i]!.trim()}`;
      const printed: string[] = [];
      while (i + 1 < lines.length && !lines[i + 1]!.startsWith("$ ") && lines[i + 1] !== "") printed.push(lines[++i]!);
      out.push([command, { command, output: printed.length > 0 ? `${printed.join("\n")}\n` : null }]);
    }
  }
  return out;
}

describe("README examples run as written", () => {
  const cases = examples().filter(([c]) => c.includes("gcore-billing") || c.includes("tsx"));
  it("has examples to check", () => expect(cases.length).toBeGreaterThanOrEqual(5));
  it.each(cases)("%s", (_, { command, output }) => {
    // The README writes to /tmp/...; the test writes to a folder of its own, because a file another user
    // left at that path (a second checkout, a run as root) is not ours to replace.
    const dir = mkdtempSync(join(tmpdir(), "gcore-billing-readme-"));
    // First, so a checkout that itself lives under /tmp keeps its own paths.
    const shell = command
      .replace(/(^|[\s=])\/tmp\//g, `$1'${dir}'/`)
      .replaceAll("pnpm -s gcore-billing", `'${process.execPath}' '${BIN}'`)
      .replaceAll("npx tsx", "node --import tsx");
    const r = spawnSync("bash", ["-o", "pipefail", "-c", shell], { cwd: ROOT, encoding: "utf8" });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(Number(/# exit (\d+)\s*$/.exec(command)?.[1] ?? 0));
    if (output !== null) expect(r.stdout).toBe(output);
  });

  it("shows the JSON report the CLI prints for the example file", () => {
    const documented = /```json\n([\s\S]*?)```/.exec(README)![1]!;
    const r = spawnSync(process.execPath, [BIN, "validate", "packages/cli/examples/invoices.ndjson", "--reporter", "json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stdout).toBe(documented);
  });
});
