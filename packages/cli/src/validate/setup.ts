import { schemaValidators, type ValueCheck, validatorCheck } from "@gcore-billing/validators";
import { rulesBySchema } from "./rules.js";
import type { ScanSettings } from "./task.js";

/** Whether `name` is a schema the CLI can validate: own properties only (`constructor` is not a schema). */
export function isSchemaName(name: string): boolean {
  return Object.hasOwn(schemaValidators, name);
}

/** The same check in the main thread and in every worker, from plain settings that cross thread boundaries. */
export function createCheck(settings: ScanSettings): ValueCheck {
  if (!isSchemaName(settings.schema)) throw new Error(`unknown schema ${settings.schema}`);
  const rules = settings.rules && Object.hasOwn(rulesBySchema, settings.schema) ? rulesBySchema[settings.schema] : undefined;
  return validatorCheck(schemaValidators[settings.schema]!, rules && ((value) => rules(value as Record<string, unknown>)));
}
