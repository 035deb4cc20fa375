import { spawnSync } from "node:child_process";
import {
  closeSync,
  constants,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  truncateSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BIN, hasScript, line, report, run, start, tempDir, write } from "./helpers.js";

/** Runs the CLI with stdin read from a file (a real fd 0, as `< file` gives it). */
function runWithStdinFile(args: string[], file: string, cwd: string) {
  const fd = openSync(file, "r");
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, stdio: [fd, "pipe", "pipe"], encoding: "utf8", timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

async function waitFor(what: string, cond: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function holdsOpen(pid: number, path: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((f) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${f}`) === path;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

function fifo(dir: string, name: string): string {
  const path = join(dir, name);
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  return path;
}

const many = (n: number, bad: (i: number) => boolean) =>
  Array.from({ length: n }, (_, i) => `${bad(i) ? line({ id: `x${i}` }) : line({ id: i })}\n`).join("");

describe("validate: outputs never destroy inputs", () => {
  const dir = tempDir();
  const original = `${line()}\n${line({ id: "x" })}\n`;

  it("stdin redirected from the --valid-out file is refused by device and inode (exit 2, both named)", () => {
    const f = write(dir, "f.ndjson", original);
    const r = runWithStdinFile(["validate", "-", "--valid-out", "f.ndjson"], f, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "gcore-billing: error: --valid-out f.ndjson is the same file as the input <stdin>; it would be overwritten while being read\n",
    );
    expect(readFileSync(f, "utf8")).toBe(original);
  });

  it("a hard link to an input as an output is refused", () => {
    const f = write(dir, "h.ndjson", original);
    linkSync(f, join(dir, "h-link.ndjson"));
    const r = run(["validate", "h.ndjson", "--invalid-out", "h-link.ndjson"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--invalid-out h-link.ndjson is the same file as the input h.ndjson");
    expect(readFileSync(f, "utf8")).toBe(original);
  });

  it("two spellings of one new output file are refused before anything is written", () => {
    write(dir, "in.ndjson", original);
    mkdirSync(join(dir, "d"));
    const r = run(["validate", "in.ndjson", "--valid-out", "d/x.ndjson", "--invalid-out", "d/../d/x.ndjson"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("gcore-billing: error: --valid-out d/x.ndjson and --invalid-out d/../d/x.ndjson are the same file\n");
    expect(readdirSync(join(dir, "d"))).toEqual([]);
  });

  it("a SIGTERM during a split run leaves the old outputs and no temp file or folder", async () => {
    const tmp = join(dir, "tmp");
    mkdirSync(tmp);
    write(
      dir,
      "big.ndjson",
      many(40_000, (i) => i % 7 === 0),
    );
    write(dir, "old-valid.ndjson", "old\n");
    const pipe = fifo(dir, "never.ndjson");
    // A writer that never writes: the CLI opens the FIFO and then waits on it for good.
    const writer = openSync(pipe, constants.O_RDWR);
    const { child, done } = start(["validate", "big.ndjson", "never.ndjson", "--workers", "2", "--valid-out", "old-valid.ndjson"], {
      cwd: dir,
      env: { ...process.env, TMPDIR: tmp, INIT_CWD: "", npm_lifecycle_event: "" },
    });
    // The run is mid-way once it waits on the FIFO (no writer ever comes) with its temp folder and temp output made.
    await waitFor("the CLI to open the FIFO", () => holdsOpen(child.pid!, pipe));
    expect(readdirSync(tmp).filter((f) => f.startsWith("gcore-billing-"))).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
    child.kill("SIGTERM");
    const r = await done;
    closeSync(writer);
    expect([r.status, child.signalCode]).toEqual([null, "SIGTERM"]);
    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.includes("gcore-billing"))).toEqual([]);
    expect(readFileSync(join(dir, "old-valid.ndjson"), "utf8")).toBe("old\n");
  }, 120_000);

  it("ENOSPC names the output, not the input, with one worker and with two", () => {
    if (!existsSync("/dev/full")) return;
    write(
      dir,
      "full.ndjson",
      many(30_000, () => false),
    );
    for (const workers of ["1", "2"]) {
      const r = run(["validate", "full.ndjson", "--valid-out", "/dev/full", "--workers", workers], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("gcore-billing: error: /dev/full: no space left on device (ENOSPC)\n");
    }
  }, 120_000);
});

describe("validate: nothing vanishes, nothing is misread", () => {
  const dir = tempDir();

  it("lines of non-JSON whitespace are invalid records, counted and copied; valid + invalid = the non-blank lines", () => {
    const weird = ["\u00a0", "\ufeff", "\u2028", "\u3000", "\v", "\f"];
    const lines = [line(), ...weird, " \t", "", line({ id: "x" })];
    write(dir, "ws.ndjson", lines.map((l) => `${l}\n`).join(""));
    const r = run(["validate", "ws.ndjson", "--reporter", "json", "--valid-out", "ws-v.ndjson", "--invalid-out", "ws-i.ndjson"], {
      cwd: dir,
    });
    expect(r.status).toBe(1);
    expect(report(r).summary).toEqual({ files: 1, records: 8, valid: 1, invalid: 7, blank: 2, fastPath: 1 });
    expect(report(r).invalid.map((i) => [i.line, i.errors[0]!.keyword])).toEqual([
      [2, "parse"],
      [3, "parse"],
      [4, "parse"],
      [5, "parse"],
      [6, "parse"],
      [7, "parse"],
      [10, "type"],
    ]);
    expect(readFileSync(join(dir, "ws-v.ndjson"), "utf8")).toBe(`${line()}\n`);
    expect(readFileSync(join(dir, "ws-i.ndjson"), "utf8")).toBe([...weird, line({ id: "x" })].map((l) => `${l}\n`).join(""));
  });

  it("gzip on stdin and a gzipped file without .gz are gunzipped", () => {
    const text = `${line()}\n${line({ id: "x" })}\n`;
    write(dir, "export.bin", gzipSync(text));
    write(dir, "export.ndjson", gzipSync(text));
    const want = (name: string) => `${name}:2 /id must be integer\n1 file, 2 records: 1 valid, 1 invalid\n`;
    const stdin = run(["validate", "-"], { cwd: dir, input: gzipSync(text) });
    expect([stdin.status, stdin.stdout, stdin.stderr]).toEqual([1, want("<stdin>"), ""]);
    for (const name of ["export.bin", "export.ndjson"]) {
      const r = run(["validate", name], { cwd: dir });
      expect([r.status, r.stdout, r.stderr]).toEqual([1, want(name), ""]);
    }
  });

  it.each(["1", "2"])(
    "a file truncated during the run is an I/O error naming it (--workers %s)",
    async (workers) => {
      const big = write(
        dir,
        `cut-${workers}.ndjson`,
        many(30_000, (i) => i === 5),
      );
      const pipe = fifo(dir, `first-${workers}.ndjson`);
      // Opened read-write, the FIFO never blocks this test; the CLI blocks on it until it is closed.
      const fd = openSync(pipe, constants.O_RDWR);
      const { child, done } = start(["validate", `first-${workers}.ndjson`, `cut-${workers}.ndjson`, "--workers", workers], { cwd: dir });
      writeSync(fd, `${line()}\n`);
      await waitFor("the CLI to open the FIFO", () => holdsOpen(child.pid!, pipe));
      truncateSync(big, 1000);
      closeSync(fd);
      const r = await done;
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^gcore-billing: cut-${workers}\\.ndjson: file changed (size )?while being read`));
    },
    120_000,
  );

  it("BOM-prefixed inputs: --valid-out has no BOM in the middle, and re-validates to the same verdicts", () => {
    write(dir, "bom1.ndjson", `\ufeff${line()}\n${line({ id: "x" })}\n`);
    write(dir, "bom2.ndjson", `\ufeff${line({ id: 2 })}\n`);
    const r = run(["validate", "bom1.ndjson", "bom2.ndjson", "--valid-out", "bom-v.ndjson", "--invalid-out", "bom-i.ndjson"], {
      cwd: dir,
    });
    expect(r.status).toBe(1);
    const valid = readFileSync(join(dir, "bom-v.ndjson"), "utf8");
    expect(valid).toBe(`${line()}\n${line({ id: 2 })}\n`);
    expect(readFileSync(join(dir, "bom-i.ndjson"), "utf8")).toBe(`${line({ id: "x" })}\n`);
    expect(run(["validate", "bom-v.ndjson"], { cwd: dir }).status).toBe(0);
  });

  it("globs and walks read each real file once and take dotfiles alike; FIFOs are read when named, skipped when found", () => {
    const tree = join(dir, "tree");
    mkdirSync(join(tree, "real"), { recursive: true });
    write(tree, "real/a.ndjson", `${line()}\n`);
    write(tree, "real/.hidden.ndjson", `${line({ id: "h" })}\n`);
    symlinkSync("real", join(tree, "link"));
    fifo(join(tree, "real"), "pipe.ndjson");
    const glob = run(["validate", "tree/*/*.ndjson", "--reporter", "json"], { cwd: dir });
    const walk = run(["validate", "tree", "--reporter", "json"], { cwd: dir });
    for (const r of [glob, walk]) {
      expect(r.status).toBe(1);
      expect(report(r).summary).toMatchObject({ files: 2, records: 2, invalid: 1 });
      expect(report(r).invalid.map((i) => i.file)).toEqual([expect.stringMatching(/\.hidden\.ndjson$/)]);
    }
    // tinyglobby lists no FIFOs at all; the walk sees it and says so.
    expect(report(walk).warnings).toEqual([
      { file: "tree/real/pipe.ndjson", message: "a FIFO found while walking is skipped (name it directly to read it)" },
    ]);
  }, 60_000);

  it("a FIFO named directly is read", async () => {
    const pipe = fifo(dir, "named.ndjson");
    const { child, done } = start(["validate", "named.ndjson"], { cwd: dir });
    const fd = openSync(pipe, constants.O_RDWR);
    writeSync(fd, `${line({ id: "x" })}\n`);
    await waitFor("the CLI to open the FIFO", () => holdsOpen(child.pid!, pipe));
    closeSync(fd);
    const r = await done;
    expect(r.stdout).toBe("named.ndjson:1 /id must be integer\n1 file, 1 record: 0 valid, 1 invalid\n");
  }, 60_000);
});

describe("validate: smaller defects", () => {
  const dir = tempDir();

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])("--schema %s is an unknown schema (exit 2)", (name) => {
    write(dir, "s.ndjson", `${line()}\n`);
    const r = run(["validate", "s.ndjson", "--schema", name], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^gcore-billing: error: unknown schema "${name}"`));
  });

  it("| head -1 ends the run quietly with the exit code so far", () => {
    write(
      dir,
      "pipe.ndjson",
      many(20_000, () => true),
    );
    const r = spawnSync(
      "bash",
      ["-c", `'${process.execPath}' '${BIN}' validate pipe.ndjson --workers 2 | head -1; exit \${PIPESTATUS[0]}`],
      {
        cwd: dir,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(r.stdout).toBe("pipe.ndjson:1 /id must be integer\n");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
  }, 60_000);

  it("control characters from a record or a file name are escaped in text output", () => {
    // V8 quotes the bad source in JSON.parse's message: raw ESC/OSC bytes would reach the terminal.
    write(dir, "esc\u001b[31m.ndjson", `{"a":\u001b]0;pwned\u0007\u001b[2J\u009b}\n`);
    const r = run(["validate", "esc\u001b[31m.ndjson"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout.replaceAll("\n", "")).not.toMatch(/\p{Cc}/u);
    expect(r.stdout).toContain("esc\\x1b[31m.ndjson:1 / invalid JSON");
    expect(r.stdout).toContain("\\x1b]0;pwned\\x07");
  });

  it("--help shows the workers default once", () => {
    const help = run(["validate", "--help"]).stdout;
    expect(help).toMatch(/worker threads \(default: number of cores\)\n/);
    expect(help).not.toMatch(/\(default: number of cores\) \(default/);
  });

  it("the progress bar on stdin shows what was read, with no percentage or ETA", () => {
    if (!hasScript()) return;
    write(
      dir,
      "tty.ndjson",
      many(20_000, (i) => i === 1),
    );
    const r = spawnSync("script", ["-qec", `'${process.execPath}' '${BIN}' validate - --workers 1 < tty.ndjson > out.txt`, "/dev/null"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, INIT_CWD: "", npm_lifecycle_event: "", TERM: "xterm" },
      timeout: 60_000,
    });
    expect(r.stdout).toMatch(/read \| \d+ records \| \d+ records\/s/);
    expect(r.stdout).not.toMatch(/ETA|%|of 0 B/);
  }, 60_000);
});
