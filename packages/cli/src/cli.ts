import { Command, CommanderError } from "commander";
import { register as registerInvoices } from "./commands/invoices.js";
import { register as registerValidate } from "./commands/validate.js";
import { OutputError, UsageError } from "./validate/outputs.js";

declare const __CLI_VERSION__: string;

/** The whole command tree; each command lives in src/commands/<name>.ts. */
export function buildProgram(): Command {
  const program = new Command()
    .name("gcore-billing")
    .description("Tools for Gcore's Billing Reseller API.")
    .version(typeof __CLI_VERSION__ === "string" ? __CLI_VERSION__ : "0.0.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerValidate(program);
  registerInvoices(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI; resolves to the exit code (2 for usage errors, as commander's own are mapped too). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help" ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof OutputError) {
      process.stderr.write(`gcore-billing: error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
