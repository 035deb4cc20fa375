/**
 * `validate` under hostile but ordinary use (issue 17): each class of
 * scenario runs the built CLI as a child process on real files, with shell
 * redirections where the scenario is one (`>`, `>>`, `| head`).
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BIN, line, type Run, report, run, start, tempDir, write } from "./helpers.js";

/** The CLI through bash, so the scenario's own redirections are real fds. `CLI` is the command. */
function sh(script: string, cwd: string, env: Record<string, string> = {}): Run {
  const r = spawnSync("bash", ["-c", `CLI() { "$NODE" "$BIN" "$@"; }\n${script}`], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: "", npm_lifecycle_event: "", NODE: process.execPath, BIN, ...env },
    // Generous: these runs take well under a second on an idle machine, but CI machines are shared.
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function fifo(dir: string, name: string): string {
  const path = join(dir, name);
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  return path;
}

async function waitFor(what: string, cond: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const lines = (n: number, bad: (i: number) => boolean) =>
  Array.from({ length: n }, (_, i) => `${bad(i) ? line({ id: `x${i}` }) : line({ id: i })}\n`).join("");
const count = (path: string) => readFileSync(path, "utf8").split("\n").filter(Boolean).length;
/** Temp files a run may leave: ours are `.name.gcore-billing-*.tmp` and `.name.*.part`. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.includes("gcore-billing") || f.endsWith(".part"));

describe("every stream the run writes is an output", () => {
  const dir = tempDir();

  it("a report redirected into the folder being walked is skipped, not validated while it grows", () => {
    for (const [folder, name, reporter] of [
      ["exports", "report.ndjson", "ndjson"],
      ["nightly", "verdicts.json", "json"],
    ] as const) {
      mkdirSync(join(dir, folder));
      write(
        dir,
        `${folder}/a.ndjson`,
        lines(3, (i) => i === 1),
      );
      const r = sh(`CLI validate ${folder}/ --workers 1 --reporter ${reporter} > ${folder}/${name}`, dir);
      expect(r.status).toBe(1);
      const out = readFileSync(join(dir, folder, name), "utf8");
      expect(out).toContain(`"file":"${folder}/${name}","message":"skipped: it is this run's stdout"`);
      expect(out).toMatch(/"files":1,"records":3,"valid":2,"invalid":1/);
    }
  });

  it("stdout appended to an input (>> typed for >) is refused before anything is read, naming both", () => {
    for (const name of ["app.ndjson", "ledger.jsonl"]) {
      const text = lines(2, () => false);
      write(dir, name, text);
      const r = sh(`CLI validate ${name} >> ${name}`, dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `gcore-billing: error: ${name} is the same file as stdout, which this run writes; it would read its own output (input file is output file)\n`,
      );
      expect(readFileSync(join(dir, name), "utf8")).toBe(text);
      // The same through stdin: `validate - < x >> x`.
      expect(sh(`CLI validate - < ${name} >> ${name}`, dir).status).toBe(2);
    }
  });

  it("--valid-out/--invalid-out that is stdout (/dev/stdout, the same name, a hard link) is refused and the report survives", () => {
    write(
      dir,
      "in.ndjson",
      lines(2, () => false),
    );
    write(dir, "keep.txt", "old report\n");
    linkSync(join(dir, "keep.txt"), join(dir, "keep-link.txt"));
    for (const script of [
      "CLI validate in.ndjson --valid-out /dev/stdout >> keep.txt",
      "CLI validate in.ndjson --invalid-out keep.txt >> keep.txt",
      "CLI validate in.ndjson --valid-out keep-link.txt >> keep.txt",
    ]) {
      const r = sh(script, dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/is the same file as stdout, where the report goes/);
      expect(readFileSync(join(dir, "keep.txt"), "utf8")).toBe("old report\n");
    }
  });
});

describe("inputs are counted once and never guessed on a stream", () => {
  const dir = tempDir();

  it("the same file through hard links (cp -al snapshots) is read and copied once", () => {
    mkdirSync(join(dir, "snap1"));
    write(
      dir,
      "snap1/day.ndjson",
      lines(4, (i) => i === 0),
    );
    spawnSync("cp", ["-al", join(dir, "snap1"), join(dir, "snap2")]);
    const r = run(["validate", "snap1", "snap2", "--reporter", "json", "--valid-out", "v.ndjson", "--invalid-out", "i.ndjson"], {
      cwd: dir,
    });
    expect(r.status).toBe(1);
    expect(report(r).summary).toMatchObject({ files: 1, records: 4, valid: 3, invalid: 1 });
    expect([count(join(dir, "v.ndjson")), count(join(dir, "i.ndjson"))]).toEqual([3, 1]);
  });

  it("NDJSON on stdin whose first line starts with [ is still NDJSON: every line judged and copied", () => {
    const input = `[1,2]\n${lines(3, (i) => i === 2)}`;
    const r = run(["validate", "-", "--reporter", "ndjson", "--valid-out", "sv.ndjson", "--invalid-out", "si.ndjson"], { cwd: dir, input });
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split("\n").at(-1)).toBe(
      '{"type":"summary","files":1,"records":4,"valid":2,"invalid":2,"blank":0,"fastPath":2}',
    );
    expect([count(join(dir, "sv.ndjson")), count(join(dir, "si.ndjson"))]).toEqual([2, 2]);
    // A FIFO named directly is a stream too.
    const pipe = fifo(dir, "feed");
    const fed = sh(`printf '%s' '${input.replaceAll("'", "'\\''")}' > feed & CLI validate feed --reporter ndjson | tail -n 1`, dir);
    expect(fed.stdout).toMatch(/"records":4,"valid":2,"invalid":2/);
    rmSync(pipe);
  });

  it("a multi-line stream read as one document (--format json) says so and suggests --format ndjson", () => {
    const r = run(["validate", "-", "--format", "json", "--reporter", "json"], { input: `[1]\n${line()}\n` });
    expect(r.status).toBe(1);
    expect(report(r).invalid[0]!.errors[0]!.message).toMatch(/the input has 2 lines: .*--format ndjson/);
  });

  it("a folder that selects no file is exit 2 naming it and what was there", () => {
    for (const [folder, files] of [
      ["misnamed", ["export.ndjson.bak", "export.txt"]],
      ["empty-folder", []],
    ] as const) {
      mkdirSync(join(dir, folder));
      for (const f of files) write(dir, `${folder}/${f}`, `${line()}\n`);
      const r = run(["validate", folder], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`gcore-billing: ${folder}: no .json, .ndjson or .jsonl files`);
      for (const f of files) expect(r.stderr).toContain(f);
    }
  });

  it("gzip: every member is read; trailing data is an error with its byte offset and the good records are kept", () => {
    const first = gzipSync(lines(3, (i) => i === 1));
    const second = gzipSync(lines(2, () => false));
    for (const [name, tail] of [
      ["appended.ndjson.gz", Buffer.from(`${line()}\n`)],
      ["padded.jsonl.gz", Buffer.alloc(1024)],
      ["copy-cut.ndjson.gz", first.subarray(0, 5)],
    ] as const) {
      write(dir, name, Buffer.concat([first, second, tail]));
      for (const workers of ["1", "2"]) {
        const r = run(["validate", name, "--workers", workers, "--reporter", "json"], { cwd: dir });
        expect(r.status).toBe(2);
        const rep = report(r);
        expect(rep.summary).toMatchObject({ files: 1, records: 5, valid: 4, invalid: 1 });
        expect(rep.errors).toEqual([
          { file: name, message: expect.stringContaining(`trailing data at byte ${first.length + second.length}`) },
        ]);
      }
    }
    write(dir, "members.ndjson.gz", Buffer.concat([first, second]));
    expect(report(run(["validate", "members.ndjson.gz", "--reporter", "json"], { cwd: dir })).summary.records).toBe(5);
  });
});

describe("outputs are a transaction", () => {
  const dir = tempDir();

  it("an unreadable input (exit 2) commits nothing: old outputs stay, no temp file", () => {
    write(
      dir,
      "ok.ndjson",
      lines(5, (i) => i === 3),
    );
    for (const workers of ["1", "2"]) {
      write(dir, "v.ndjson", "old valid\n");
      write(dir, "i.ndjson", "old invalid\n");
      const r = run(
        ["validate", "ok.ndjson", "gone.ndjson", "--workers", workers, "--valid-out", "v.ndjson", "--invalid-out", "i.ndjson"],
        {
          cwd: dir,
        },
      );
      expect(r.status).toBe(2);
      expect(readFileSync(join(dir, "v.ndjson"), "utf8")).toBe("old valid\n");
      expect(readFileSync(join(dir, "i.ndjson"), "utf8")).toBe("old invalid\n");
      expect(leftovers(dir)).toEqual([]);
    }
  });

  it("an output folder removed mid-run: the other output is not replaced either, and the report says so", async () => {
    mkdirSync(join(dir, "vd"));
    mkdirSync(join(dir, "id"));
    write(dir, "id/i.ndjson", "old invalid\n");
    write(
      dir,
      "first.ndjson",
      lines(3, (i) => i === 0),
    );
    const pipe = fifo(dir, "late.ndjson");
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
        "vd/v.ndjson",
        "--invalid-out",
        "id/i.ndjson",
      ],
      { cwd: dir },
    );
    // Mid-run: both temp files are made, and the run cannot end before the FIFO gets a writer.
    await waitFor("both temp files", () => leftovers(join(dir, "vd")).length === 1 && leftovers(join(dir, "id")).length === 1);
    rmSync(join(dir, "vd"), { recursive: true, force: true });
    const w = openSync(pipe, "w");
    writeSync(
      w,
      lines(2, () => false),
    );
    closeSync(w);
    const r = await done;
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, "id/i.ndjson"), "utf8")).toBe("old invalid\n");
    expect(existsSync(join(dir, "vd/v.ndjson"))).toBe(false);
    const rep = JSON.parse(r.stdout) as { errors: { file: string; message: string }[] };
    expect(rep.errors).toEqual([{ file: "vd/v.ndjson", message: expect.stringMatching(/went away during the run/) }]);
    expect(leftovers(join(dir, "id"))).toEqual([]);
  }, 120_000);

  it("a worker killed mid-task: its spooled lines are discarded, the task runs again, outputs equal the summary", () => {
    write(
      dir,
      "k1.ndjson",
      lines(300, (i) => i % 5 === 0),
    );
    write(
      dir,
      "k2.ndjson",
      lines(200, (i) => i % 3 === 0),
    );
    const r = spawnSync(
      process.execPath,
      [
        BIN,
        "validate",
        "k1.ndjson",
        "k2.ndjson",
        "--workers",
        "2",
        "--reporter",
        "json",
        "--valid-out",
        "kv.ndjson",
        "--invalid-out",
        "ki.ndjson",
      ],
      { cwd: dir, encoding: "utf8", env: { ...process.env, GCORE_BILLING_TEST_WORKER_EXIT_AFTER: "1" }, timeout: 60_000 },
    );
    expect(r.status).toBe(1);
    const { summary } = JSON.parse(r.stdout) as { summary: { valid: number; invalid: number } };
    expect(summary).toMatchObject({ valid: 240 + 133, invalid: 60 + 67 });
    expect([count(join(dir, "kv.ndjson")), count(join(dir, "ki.ndjson"))]).toEqual([summary.valid, summary.invalid]);
  });

  it("a worker that dies on every attempt fails its task as an error (exit 2, not an abort), and nothing is committed", () => {
    write(dir, "kv2.ndjson", "old\n");
    const r = spawnSync(
      process.execPath,
      [BIN, "validate", "k1.ndjson", "k2.ndjson", "--workers", "2", "--reporter", "json", "--valid-out", "kv2.ndjson"],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, GCORE_BILLING_TEST_WORKER_EXIT_AFTER: "1", GCORE_BILLING_TEST_WORKER_EXIT_ALWAYS: "1" },
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(2);
    const rep = JSON.parse(r.stdout) as { errors: { file: string; message: string }[]; summary: { records: number } };
    expect(rep.errors.map((e) => e.file)).toEqual(["k1.ndjson", "k2.ndjson"]);
    expect(rep.errors[0]!.message).toMatch(/failed twice .*none of its records were counted/);
    expect(rep.summary.records).toBe(0);
    expect(readFileSync(join(dir, "kv2.ndjson"), "utf8")).toBe("old\n");
  });
});

describe("always killable, always clean", () => {
  const dir = tempDir();

  // SIGHUP: an output FIFO nobody reads (the run waits to open it); SIGQUIT: stdout a pipe nobody reads
  // (every write would block once it is full); SIGINT: both.
  for (const [signal, fifoOut, stalledStdout] of [
    ["SIGHUP", true, false],
    ["SIGQUIT", false, true],
    ["SIGINT", true, true],
  ] as const) {
    it(`${signal} (${fifoOut ? "an output FIFO with no reader" : ""}${fifoOut && stalledStdout ? ", " : ""}${stalledStdout ? "stdout stalled" : ""}): the run ends by the signal and leaves no temp file`, async () => {
      const tmp = join(dir, `tmp-${signal}`);
      mkdirSync(tmp);
      write(
        dir,
        `in-${signal}.ndjson`,
        lines(30_000, (i) => i % 2 === 0),
      );
      write(dir, `old-${signal}.ndjson`, "old\n");
      const extra = fifoOut ? ["--invalid-out", fifo(dir, `out-${signal}`)] : [];
      const { child, done } = start(
        ["validate", `in-${signal}.ndjson`, `in-${signal}.ndjson`, "--workers", "2", "--valid-out", `old-${signal}.ndjson`, ...extra],
        { cwd: dir, env: { ...process.env, TMPDIR: tmp, INIT_CWD: "", npm_lifecycle_event: "" }, stdio: ["ignore", "pipe", "pipe"] },
      );
      if (stalledStdout) child.stdout!.pause();
      await waitFor("the temp output", () => readdirSync(dir).some((f) => f.startsWith(`.old-${signal}.ndjson.gcore-billing-`)));
      // Let it reach the stall (the FIFO's open, a full stdout pipe); the test holds wherever the signal lands.
      await new Promise((r) => setTimeout(r, 300));
      child.kill(signal);
      const r = await done;
      expect([r.status, child.signalCode]).toEqual([null, signal]);
      expect(readdirSync(tmp)).toEqual([]);
      expect(leftovers(dir)).toEqual([]);
      expect(readFileSync(join(dir, `old-${signal}.ndjson`), "utf8")).toBe("old\n");
    }, 120_000);
  }

  it("| head -1 on the one-thread path (stdin, --workers 1) ends quietly with the exit code so far", () => {
    write(
      dir,
      "many.ndjson",
      lines(20_000, () => true),
    );
    for (const script of ["CLI validate - < many.ndjson | head -1", "CLI validate many.ndjson --workers 1 --reporter ndjson | head -1"]) {
      const r = sh(`${script}; exit \${PIPESTATUS[0]}`, dir);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(1);
    }
    const help = sh(`CLI validate --help | head -1; exit \${PIPESTATUS[0]}`, dir);
    expect([help.status, help.stderr]).toEqual([0, ""]);
  });

  it("a bad TMPDIR is one line naming it, no stack trace", () => {
    write(
      dir,
      "t1.ndjson",
      lines(2, () => false),
    );
    write(
      dir,
      "t2.ndjson",
      lines(2, () => false),
    );
    const r = sh("CLI validate t1.ndjson t2.ndjson --workers 2", dir, { TMPDIR: join(dir, "no-such-tmp") });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `gcore-billing: error: temporary folder ${join(dir, "no-such-tmp")} (TMPDIR): no such file or directory (ENOENT); set TMPDIR to a writable folder\n`,
    );
  });
});
