import { describe, expect, it } from "vitest";
import { run } from "../../src/run.js";

// The release test drives pnpm, npm and tar through run(); a child that ignores its stdin must not turn the unread
// input into an uncaught EPIPE that fails the whole test file (it did, once, in CI).
describe("run", () => {
  const cwd = process.cwd();

  it.each([
    ["no input", undefined],
    ["input the child never reads", "x".repeat(4 * 1024 * 1024)],
  ])("a child that exits at once with %s resolves with its output", async (_name, input) => {
    const result = await run(process.execPath, ["-e", "process.stdout.write('done')"], { cwd, input });
    expect(result.stdout).toBe("done");
  });

  it("feeds input to a child that reads it", async () => {
    const script = "let s='';process.stdin.on('data',c=>s+=c).on('end',()=>process.stdout.write(String(s.length)))";
    const result = await run(process.execPath, ["-e", script], { cwd, input: "abc" });
    expect(result.stdout).toBe("3");
  });

  it("rejects with the command, the exit code and the end of stderr", async () => {
    await expect(run(process.execPath, ["-e", "console.error('boom');process.exit(3)"], { cwd })).rejects.toThrow(
      /exited with 3[\s\S]*boom/,
    );
  });
});
