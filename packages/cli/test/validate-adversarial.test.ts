/**
 * `validate` attacked where issue 17's fixes meet (streams among files on the
 * worker pool, a real worker out-of-memory, an output commit that fails half
 * way): the built CLI as a child process on real files in a private folder.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, line, type Run, start, tempDir, write } from "./helpers.js";

const lines = (n: number, bad: (i: number) => boolean, tag = "") =>
  Array.from({ length: n }, (_, i) => `${bad(i) ? line({ id: `x${tag}${i}` }) : line({ id: i, name: `INV/${tag}/${i}` })}\n`).join("");
/** Temp files and backups a run may leave beside its outputs: `.name.gcore-billing-*`. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.includes("gcore-billing"));

function cli(args: string[], cwd: string, opts: { input?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: opts.input ?? "",
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: "", npm_lifecycle_event: "", ...opts.env },
    // A child that hangs fails the test here rather than at vitest's timeout, with what it printed.
    timeout: 60_000,
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(r: Run) {
  try {
    return JSON.parse(r.stdout) as {
      invalid: { file: string }[];
      errors: { file: string; message: string }[];
      summary: { files: number; records: number; valid: number; invalid: number };
    };
  } catch {
    throw new Error(`not one JSON document (exit ${r.status}); stderr: ${r.stderr}`);
  }
}

describe("streams among files on the worker pool", () => {
  const dir = tempDir();

  it("stdin between two files with --workers 2: every stdin record is judged and copied, in input order", () => {
    write(
      dir,
      "a.ndjson",
      lines(4, (i) => i === 1, "a"),
    );
    write(
      dir,
      "b.ndjson",
      lines(3, (i) => i === 2, "b"),
    );
    const stdin = lines(5, (i) => i === 0, "s");
    for (const workers of ["1", "2"]) {
      const r = cli(
        [
          "validate",
          "a.ndjson",
          "-",
          "b.ndjson",
          "--workers",
          workers,
          "--reporter",
          "json",
          "--valid-out",
          `v${workers}`,
          "--invalid-out",
          `i${workers}`,
        ],
        dir,
        { input: stdin },
      );
      const rep = json(r);
      expect(r.stderr).toBe("");
      expect(rep.summary).toMatchObject({ files: 3, records: 12, valid: 9, invalid: 3 });
      expect(rep.invalid.map((x) => x.file)).toEqual(["a.ndjson", "<stdin>", "b.ndjson"]);
      const all = lines(4, (i) => i === 1, "a") + stdin + lines(3, (i) => i === 2, "b");
      const want = all.split("\n").filter(Boolean);
      expect(readFileSync(join(dir, `v${workers}`), "utf8")).toBe(`${want.filter((l) => !l.includes('"id":"x')).join("\n")}\n`);
      expect(readFileSync(join(dir, `i${workers}`), "utf8")).toBe(`${want.filter((l) => l.includes('"id":"x')).join("\n")}\n`);
    }
  });

  it("a FIFO named among files with --workers 2 and a worker killed mid-task: the stream is read once, whole", async () => {
    write(
      dir,
      "c.ndjson",
      lines(50, (i) => i % 10 === 0, "c"),
    );
    const pipe = join(dir, "feed.ndjson");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    const { done } = start(["validate", "c.ndjson", "feed.ndjson", "c2.ndjson", "--workers", "2", "--reporter", "json"], {
      cwd: dir,
      env: { ...process.env, INIT_CWD: "", npm_lifecycle_event: "", GCORE_BILLING_TEST_WORKER_EXIT_AFTER: "1" },
    });
    write(
      dir,
      "c2.ndjson",
      lines(20, () => false, "d"),
    );
    // Opening for writing waits for the CLI to open the FIFO for reading.
    const w = openSync(pipe, "w");
    writeSync(
      w,
      lines(30, (i) => i % 3 === 0, "f"),
    );
    closeSync(w);
    const r = await done;
    const rep = json(r);
    expect(rep.errors).toEqual([]);
    expect(rep.summary).toMatchObject({ files: 3, records: 100, invalid: 5 + 10 });
    expect(r.status).toBe(1);
  });
});

describe("a worker that really runs out of memory", () => {
  const dir = tempDir();

  it("JSON.parse past GCORE_BILLING_WORKER_HEAP_MB: no abort, the healthy files are reported, the task is an error, nothing is committed", () => {
    write(
      dir,
      "ok1.ndjson",
      lines(40, (i) => i % 4 === 0, "o"),
    );
    write(
      dir,
      "ok2.ndjson",
      lines(40, (i) => i % 8 === 0, "p"),
    );
    // Each line is under the 1 MiB --max-line-bytes default but parses into ~300,000 objects,
    // far past a 16 MiB heap: a genuine V8 heap exhaustion inside the worker, on both attempts.
    const huge = `{"x":[${Array(300_000).fill("{}").join(",")}]}\n`;
    expect(huge.length).toBeLessThan(1 << 20);
    write(dir, "huge.ndjson", huge.repeat(3));
    write(dir, "v.ndjson", "old valid\n");
    write(dir, "i.ndjson", "old invalid\n");
    const r = cli(
      [
        "validate",
        "ok1.ndjson",
        "huge.ndjson",
        "ok2.ndjson",
        "--workers",
        "2",
        "--reporter",
        "json",
        "--valid-out",
        "v.ndjson",
        "--invalid-out",
        "i.ndjson",
      ],
      dir,
      { env: { GCORE_BILLING_WORKER_HEAP_MB: "16" } },
    );
    // Not 134 (SIGABRT, V8's fatal out-of-memory) and not a signal: a verdict with a read error.
    expect(r.status).toBe(2);
    const rep = json(r);
    expect(rep.summary).toMatchObject({ records: 80, valid: 80 - 10 - 5, invalid: 15 });
    expect(new Set(rep.invalid.map((x) => x.file))).toEqual(new Set(["ok1.ndjson", "ok2.ndjson"]));
    expect(rep.errors).toEqual([
      {
        file: "huge.ndjson",
        message: expect.stringMatching(/failed twice .*ERR_WORKER_OUT_OF_MEMORY, heap limit 16 MiB.*none of its records were counted/),
      },
    ]);
    // Exit 2 commits nothing: the old outputs stay whole, and no temp file or spool is left.
    expect(readFileSync(join(dir, "v.ndjson"), "utf8")).toBe("old valid\n");
    expect(readFileSync(join(dir, "i.ndjson"), "utf8")).toBe("old invalid\n");
    expect(leftovers(dir)).toEqual([]);
  });

  it("the same healthy files under the same heap limit commit outputs that equal the summary", () => {
    const r = cli(
      [
        "validate",
        "ok1.ndjson",
        "ok2.ndjson",
        "--workers",
        "2",
        "--reporter",
        "json",
        "--valid-out",
        "v2.ndjson",
        "--invalid-out",
        "i2.ndjson",
      ],
      dir,
      {
        env: { GCORE_BILLING_WORKER_HEAP_MB: "16" },
      },
    );
    expect(r.status).toBe(1);
    const { summary } = json(r);
    const count = (f: string) => readFileSync(join(dir, f), "utf8").split("\n").filter(Boolean).length;
    expect([count("v2.ndjson"), count("i2.ndjson")]).toEqual([summary.valid, summary.invalid]);
    expect(summary).toMatchObject({ valid: 65, invalid: 15 });
  });

  it("a GCORE_BILLING_WORKER_HEAP_MB that is not a number of MiB >= 16 is a usage error naming it", () => {
    for (const bad of ["0", "8", "lots", "-1"]) {
      const r = cli(["validate", "ok1.ndjson"], dir, { env: { GCORE_BILLING_WORKER_HEAP_MB: bad } });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`gcore-billing: error: GCORE_BILLING_WORKER_HEAP_MB=${bad}: expected a whole number of MiB, at least 16\n`);
    }
  });
});

describe("outputs are committed all or nothing", () => {
  const dir = tempDir();

  it("the second output's rename fails (its target became a non-empty directory): the first is put back, exit 2 naming it", async () => {
    write(
      dir,
      "first.ndjson",
      lines(3, (i) => i === 0, "q"),
    );
    write(dir, "v.ndjson", "old valid\n");
    write(dir, "i.ndjson", "old invalid\n");
    const pipe = join(dir, "late.ndjson");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    const { done } = start(
      [
        "validate",
        "first.ndjson",
        "late.ndjson",
        "--workers",
        "1",
        "--reporter",
        "json",
        "--valid-out",
        "v.ndjson",
        "--invalid-out",
        "i.ndjson",
      ],
      { cwd: dir, env: { ...process.env, INIT_CWD: "", npm_lifecycle_event: "" } },
    );
    // The CLI holds at the FIFO until it gets a writer: by then both temp files exist.
    const w = openSync(pipe, "w");
    expect(leftovers(dir)).toHaveLength(2);
    rmSync(join(dir, "i.ndjson"));
    mkdirSync(join(dir, "i.ndjson"));
    writeFileSync(join(dir, "i.ndjson", "keep"), "x\n");
    writeSync(
      w,
      lines(2, () => false, "r"),
    );
    closeSync(w);
    const r = await done;
    expect(r.status).toBe(2);
    const rep = json(r);
    expect(rep.errors).toEqual([{ file: "i.ndjson", message: expect.stringMatching(/directory.*v\.ndjson kept the old contents/) }]);
    expect(readFileSync(join(dir, "v.ndjson"), "utf8")).toBe("old valid\n");
    expect(readFileSync(join(dir, "i.ndjson", "keep"), "utf8")).toBe("x\n");
    expect(leftovers(dir)).toEqual([]);
  });

  it("a new first output is removed again when the second cannot be committed", async () => {
    write(
      dir,
      "first2.ndjson",
      lines(3, (i) => i === 0, "t"),
    );
    write(dir, "i2.ndjson", "old invalid\n");
    const pipe = join(dir, "late2.ndjson");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    const { done } = start(
      [
        "validate",
        "first2.ndjson",
        "late2.ndjson",
        "--workers",
        "1",
        "--reporter",
        "json",
        "--valid-out",
        "new-v.ndjson",
        "--invalid-out",
        "i2.ndjson",
      ],
      { cwd: dir, env: { ...process.env, INIT_CWD: "", npm_lifecycle_event: "" } },
    );
    const w = openSync(pipe, "w");
    rmSync(join(dir, "i2.ndjson"));
    mkdirSync(join(dir, "i2.ndjson"));
    writeFileSync(join(dir, "i2.ndjson", "keep"), "x\n");
    writeSync(
      w,
      lines(2, () => false, "u"),
    );
    closeSync(w);
    const r = await done;
    expect(r.status).toBe(2);
    expect(existsSync(join(dir, "new-v.ndjson"))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });
});
