import { rmSync } from "node:fs";
import { resolve } from "node:path";

/** Generated modules are imported from tools/codegen/.tmp (inside the repo, so they resolve like package code). */
export default function setup() {
  const tmp = resolve(import.meta.dirname, "../.tmp");
  return () => rmSync(tmp, { recursive: true, force: true });
}
