import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type LoadedSpec, loadSpec, loadSpecText, type Model, normalise, SpecError } from "@gcore-billing/codegen";

/** Where the vendored document lives inside the repository. */
export const SPEC_PATH = "spec/billing_reseller_api.yaml";
export const REPO_ROOT = resolve(import.meta.dirname, "../../..");

export interface SpecInput {
  /** What the user gave: a file path or a git ref. */
  label: string;
  loaded: LoadedSpec;
}

/**
 * A file path if one exists at that path, otherwise a git ref whose committed
 * `spec/billing_reseller_api.yaml` is read with `git show`, so no checkout is needed.
 */
export function readSpec(arg: string, opts: { cwd: string; repoRoot?: string }): SpecInput {
  const file = resolve(opts.cwd, arg);
  if (existsSync(file)) return { label: arg, loaded: loadSpec(file) };
  const repoRoot = opts.repoRoot ?? REPO_ROOT;
  let text: string;
  try {
    text = execFileSync("git", ["show", `${arg}:${SPEC_PATH}`], {
      cwd: repoRoot,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
    throw new SpecError(
      arg,
      "",
      `neither a file (${file} does not exist) nor a git ref with ${SPEC_PATH} in ${repoRoot}${stderr ? ` (git: ${stderr.split("\n")[0]})` : ""}`,
    );
  }
  const label = `${arg}:${SPEC_PATH}`;
  return { label, loaded: loadSpecText(label, text) };
}

export const modelOf = (input: SpecInput): Model => normalise(input.loaded);
