/**
 * `@gcore-billing/client/validate`: the same client with `@gcore-billing/validators` wired in
 * and `validateResponses: "throw"` by default. A separate entry because the compiled
 * validators (and the checking code) weigh far more than the client itself.
 */
import { responseValidators } from "@gcore-billing/validators";
import { type ClientOptions, createClient as createBaseClient, type GcoreBillingClient } from "./client.js";
import { createResponseCheck } from "./runtime/validation.js";

export * from "./index.js";
export { createResponseCheck, type ResponseCheck, type ResponseValidator, type ResponseValidators } from "./runtime/validation.js";

/** `createClient` with response validation: `validateResponses` defaults to `"throw"`. */
export function createClient(options: ClientOptions = {}): GcoreBillingClient {
  const { validateResponses = "throw" } = options;
  const client = createBaseClient({
    ...options,
    validateResponses,
    responseCheck:
      options.responseCheck ?? (validateResponses === "off" ? undefined : createResponseCheck(validateResponses, responseValidators)),
  });
  // The check is built for one mode: a clone with another mode needs its own.
  client.withOptions = (more) => createClient({ ...options, ...more });
  return client;
}
