import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SpecError } from "@gcore-billing/codegen";
import { Command, CommanderError } from "commander";
import { workspacePackages, writeChangeset } from "../changeset.ts";
import { diff } from "../diff.ts";
import { DEFAULT_SOURCE } from "../fetch.ts";
import { modelOf, REPO_ROOT, readSpec, SPEC_PATH } from "../read-spec.ts";
import { toJson, toMarkdown } from "../report.ts";
import { updateSpec } from "../update.ts";

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where relative paths start: pnpm runs root scripts from the repo root, INIT_CWD is where the user typed. */
  cwd: string;
  repoRoot: string;
}

const defaultIo = (): Io => ({
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  repoRoot: REPO_ROOT,
});

const today = () => new Date().toISOString().slice(0, 10);

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const program = new Command("gcore-spec")
    .description("Maintainer tools for upstream changes to spec/billing_reseller_api.yaml")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command("update")
    .description("fetch a new document, lint it and write it into spec/ with new provenance")
    .argument("[source]", "URL or file of the new document", DEFAULT_SOURCE)
    .option("--date <yyyy-mm-dd>", "retrieval date to record (default: today, UTC)")
    .action(async (source: string, opts: { date?: string }) => {
      const specFile = join(io.repoRoot, SPEC_PATH);
      const provenanceFile = join(io.repoRoot, "spec/provenance.json");
      const previousSha = existsSync(provenanceFile) ? JSON.parse(readFileSync(provenanceFile, "utf8")).sha256 : undefined;
      const result = await updateSpec({
        source,
        cwd: io.cwd,
        specDir: join(io.repoRoot, "spec"),
        fileName: "billing_reseller_api.yaml",
        date: opts.date ?? today(),
        previousSha,
      });
      if (result.warnings.length > 0) {
        const byRule = new Map<string, number>();
        for (const w of result.warnings) byRule.set(w.rule, (byRule.get(w.rule) ?? 0) + 1);
        const list = [...byRule].map(([rule, n]) => `${rule} ×${n}`).join(", ");
        io.err(`lint: ${result.warnings.length} warning${result.warnings.length > 1 ? "s" : ""} (${list}); not blocking\n`);
      }
      const p = result.provenance;
      io.out(
        `${result.changed ? "Updated" : "Unchanged:"} ${specFile}\n  source ${p.source.url ?? p.source.file}\n  sha256 ${p.sha256}\n  info.version ${p.infoVersion}, retrieved ${p.retrieved}\n` +
          (result.changed ? "Next: pnpm spec:diff --changeset\n" : ""),
      );
    });

  program
    .command("diff")
    .description("structural diff of two documents with the semver bump each package needs")
    .option("--base <git-ref|file>", "old document: a file, or a git ref whose spec/ is read with git show", "HEAD")
    .option("--head <file>", "new document", SPEC_PATH)
    .option("--json", "print the machine-readable change list")
    .option("--changeset [dir]", "write a changeset with the bumps and the grouped changelog (default dir: .changeset)")
    .action((opts: { base: string; head: string; json?: boolean; changeset?: string | true }) => {
      const base = readSpec(opts.base, { cwd: io.cwd, repoRoot: io.repoRoot });
      const headPath = opts.head === SPEC_PATH ? join(io.repoRoot, SPEC_PATH) : resolve(io.cwd, opts.head);
      const head = readSpec(headPath, { cwd: io.cwd, repoRoot: io.repoRoot });
      const baseModel = modelOf(base);
      const headModel = modelOf(head);
      const result = diff(baseModel, headModel);
      const title = `${baseModel.source.version || base.label} → ${headModel.source.version || head.label}`;
      io.out(opts.json ? toJson(result) : toMarkdown(result, { heading: `## Spec diff: ${title}` }));
      if (opts.changeset !== undefined) {
        if (Object.values(result.bumps).every((b) => b === "none")) {
          io.err("No changes between the documents: no changeset written.\n");
          return;
        }
        const dir = opts.changeset === true ? join(io.repoRoot, ".changeset") : resolve(io.cwd, opts.changeset);
        const file = writeChangeset(dir, { result, title, present: workspacePackages(io.repoRoot) }, headModel.source.sha256);
        io.err(`Wrote ${file}\n`);
      }
    });

  program
    .command("impact")
    .description("validate stored records with the old and the new validators and count what flips")
    .requiredOption("--base <git-ref|file>", "old document: a file or a git ref")
    .option("--head <file>", "new document", SPEC_PATH)
    .option(
      "--schema <name>",
      "component schema of the records (ErpInvoice or ErpInvoiceExternal...); a path may override it as <Schema>=<path>",
      "ErpInvoice",
    )
    .option("--json", "print the report as JSON")
    .argument("<path...>", "JSON (array, object or { results: [...] }) or NDJSON (.ndjson/.jsonl) files")
    .action(async (paths: string[], opts: { base: string; head: string; schema: string; json?: boolean }) => {
      // Loaded on demand: they need the built validators package (its format checks and record reader), update and diff do not.
      const [{ formatImpact, measureImpact }, { readCorpus }] = await Promise.all([import("../impact.ts"), import("../corpus.ts")]).catch(
        (error: Error) => {
          throw new Error(`cannot load @gcore-billing/validators (run \`pnpm build\` first): ${error.message}`);
        },
      );
      const base = readSpec(opts.base, { cwd: io.cwd, repoRoot: io.repoRoot });
      const headPath = opts.head === SPEC_PATH ? join(io.repoRoot, SPEC_PATH) : resolve(io.cwd, opts.head);
      const head = readSpec(headPath, { cwd: io.cwd, repoRoot: io.repoRoot });
      const batches = paths.map((arg) => {
        const m = /^([A-Za-z_][\w.-]*)=(.+)$/.exec(arg);
        const [schema, path] = m ? [m[1]!, m[2]!] : [opts.schema, arg];
        return { schema, records: readCorpus(resolve(io.cwd, path)) };
      });
      const report = measureImpact(modelOf(base), modelOf(head), batches);
      io.out(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatImpact(report, { base: base.label, head: head.label }));
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const message = error instanceof SpecError || error instanceof Error ? error.message : String(error);
    io.err(`gcore-spec: ${message}\n`);
    return 1;
  }
}
