import { schemaValidators } from "@gcore-billing/validators";
import { RecordChecker } from "./record-check.js";
import { rulesBySchema } from "./rules.js";
import type { ScanSettings } from "./task.js";

/** The same checker in the main thread and in every worker, from plain settings that cross thread boundaries. */
export function createChecker(settings: ScanSettings): RecordChecker {
  const validator = schemaValidators[settings.schema];
  if (validator === undefined) throw new Error(`unknown schema ${settings.schema}`);
  return new RecordChecker(validator, settings.rules ? rulesBySchema[settings.schema] : undefined);
}
