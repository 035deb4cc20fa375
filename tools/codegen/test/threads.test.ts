import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SpecError } from "../src/errors.ts";
import { generate, loadModel } from "../src/generate.ts";
import { plugin as types } from "../src/plugins/types/index.ts";
import { startThread } from "../src/threads.ts";
import { FIXTURES, SHARED } from "./helpers.ts";

const MODULE = new URL("./fixtures/threads/module.ts", import.meta.url);

describe("startThread", () => {
  it("runs a function of a module in a worker and returns its result", async () => {
    expect(await startThread<[number], number>(MODULE, "api.double").run(21)).toBe(42);
  });

  it("a SpecError thrown in the thread is a SpecError here, with its file, pointer and position", async () => {
    const error = await startThread(MODULE, "api.fail")
      .run()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ file: "doc.yaml", pointer: "/paths/~1x", detail: "broken on purpose", position: { line: 3, col: 5 } });
    expect((error as Error).message).toBe("doc.yaml:3:5 at #/paths/~1x: broken on purpose");
  });

  it.each([
    ["another error keeps its name and message", "api.crash", /^TypeError: not a SpecError/],
    ["a missing export is an error, not a hang", "api.nothing", /has no function api\.nothing/],
  ])("%s", async (_name, exportPath, message) => {
    const error = await startThread(MODULE, exportPath)
      .run()
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(message);
  });

  it("cancel before run leaves no unhandled rejection", async () => {
    const thread = startThread(MODULE, "api.double");
    thread.cancel();
    await new Promise((r) => setTimeout(r, 50));
  });
});

describe("generate with threads", () => {
  // discriminator.yaml is one openapi-typescript writes into; unknown-format.yaml has warnings,
  // whose positions must survive.
  it.each(["threads/discriminator.yaml", "unknown-format.yaml", "multi-file/openapi.yaml", "collisions.yaml"])(
    "%s: the same files and warnings as in one thread",
    { timeout: 120_000 },
    async (fixture) => {
      const spec = resolve(FIXTURES, fixture);
      const one = await generate(spec);
      const many = await generate(spec, undefined, { threads: true });
      expect([...many.files.keys()]).toEqual([...one.files.keys()]);
      for (const [target, files] of one.files) expect(Object.fromEntries(many.files.get(target)!)).toEqual(Object.fromEntries(files));
      expect(many.model.warnings).toEqual(one.model.warnings);
    },
  );

  it("the types plugin leaves the model as it found it (a discriminator's property is not made required)", async () => {
    const model = await loadModel(resolve(FIXTURES, "threads/discriminator.yaml"));
    const before = structuredClone(model.document);
    await types.emit(model, { specFile: "discriminator.yaml" });
    expect(model.document).toEqual(before);
    expect(model.validationSchemas).toMatchObject({ Cat: { required: ["lives"] }, Dog: { required: ["bark"] } });
  });

  it("a fatal error in the document still fails with its SpecError, and no thread keeps the process alive", async () => {
    const error = await generate(resolve(FIXTURES, "does-not-exist.yaml"), undefined, { threads: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect(String(error)).toMatch(/cannot read the file/);
  });
});

describe("the cloud API's warnings point at the key in the text", () => {
  it("each position is where the warned-about key is written", async () => {
    const spec = resolve(SHARED, "upstream/scale/cloud_api.yaml");
    const lines = readFileSync(spec, "utf8").split("\n");
    const model = await loadModel(spec);
    expect(model.warnings.length).toBeGreaterThan(0);
    for (const w of model.warnings) {
      w.pointers.forEach((pointer, i) => {
        const at = w.positions?.[i];
        const key = pointer.slice(pointer.lastIndexOf("/") + 1);
        expect(lines[at!.line - 1]!.slice(at!.col - 1), pointer).toMatch(new RegExp(`^${key}:`));
      });
    }
  });
});
