import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { SpecError } from "./errors.ts";
import { DEFAULT_SPEC, defaultOutDir, generate, TARGETS, type Target } from "./generate.ts";
import type { EmittedFiles } from "./plugins/plugin.ts";
import { formatLocation } from "./stages/normalise.ts";
import { findDrift, writeAtomically } from "./stages/write.ts";

const HELP = `Usage: gcore-codegen [--spec <file>] [--out <dir>] [--target <name>]... [--check] [--strict]

Generates the sources of @gcore-billing/types, /validators, /client and /mocks from an
OpenAPI 3.0 or 3.1 document (YAML or JSON; multi-file documents are bundled first).

Options:
  --spec <file>     OpenAPI document (default: spec/billing_reseller_api.yaml)
  --out <dir>       write <dir>/types, <dir>/validators, <dir>/client, <dir>/mocks
                    (default: packages/<target>/src/generated in this repo)
  --target <name>   only this target: types | validators | client | mocks (repeatable)
  --check           write nothing; exit 1 if the committed output is stale
  --strict          every warning (name collision, duplicate operationId, unknown
                    format or type, ambiguous pattern...) is an error
  -h, --help        show this help

Examples:
  pnpm codegen --spec ../shared/upstream/gcore/scale/cloud_api.yaml --out /tmp/cloud
  pnpm generate:check`;

async function main(argv: string[]): Promise<number> {
  let values: { spec?: string; out?: string; target?: string[]; check?: boolean; strict?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        spec: { type: "string" },
        out: { type: "string" },
        target: { type: "string", multiple: true },
        check: { type: "boolean" },
        strict: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    console.error(`gcore-codegen: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const targets = (values.target ?? [...TARGETS]) as Target[];
  const unknown = targets.filter((t) => !(TARGETS as readonly string[]).includes(t));
  if (unknown.length > 0) {
    console.error(`gcore-codegen: unknown --target ${unknown.join(", ")}; expected one of ${TARGETS.join(", ")}`);
    return 2;
  }
  // pnpm runs root scripts from the repo root, but INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const specFile = values.spec ? resolve(cwd, values.spec) : DEFAULT_SPEC;
  const started = performance.now();
  const { model, files } = await generate(specFile, targets, { strict: values.strict === true, threads: true });
  for (const warning of model.warnings) {
    const more = warning.pointers.length > 1 ? ` (+${warning.pointers.length - 1} more)` : "";
    console.error(`warning: ${formatLocation(specFile, warning.pointers[0] ?? "", warning.positions?.[0])}: ${warning.message}${more}`);
  }
  const outputs = new Map<string, EmittedFiles>();
  for (const [target, emitted] of files) {
    outputs.set(values.out ? resolve(cwd, values.out, target) : defaultOutDir(target), emitted);
  }
  if (values.check) {
    const drift = findDrift(outputs);
    if (drift.length > 0) {
      console.error(
        `Generated sources are out of date with ${specFile}:\n  ${drift.join("\n  ")}\nRun \`pnpm generate\` and commit the result.`,
      );
      return 1;
    }
    console.log(`Generated sources are up to date with ${specFile}.`);
    return 0;
  }
  writeAtomically(outputs);
  const count = [...files.values()].reduce((n, f) => n + f.size, 0);
  console.log(
    `Generated ${count} files for ${[...files.keys()].join(", ")} from ${model.source.fileName} ` +
      `(${model.operations.length} operations, ${model.schemas.length} schemas) in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SpecError) console.error(`gcore-codegen: ${error.message}\nThe previous output was left untouched.`);
    else console.error(`gcore-codegen: unexpected failure: ${(error as Error).stack ?? error}`);
    process.exitCode = 1;
  },
);
