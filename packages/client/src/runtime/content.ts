import type { APIPromise } from "./api-promise.js";
import { GcoreBillingError } from "./errors.js";
import type { RequestOptions, RequestParams, Transport } from "./transport-types.js";

/** One media type an operation answers with, and how its body is read. */
export interface Media {
  type: string;
  kind: "json" | "text" | "binary";
}

/** The media type a query value (`format: "csv"`) stands for; an unknown value fails before any request. */
export function chooseMedia(operationId: string, table: Readonly<Record<string, Media>>, param: string, value: unknown): Media {
  const media = Object.hasOwn(table, String(value)) ? table[String(value)] : undefined;
  if (!media) {
    throw new GcoreBillingError(`${operationId}: ${param} ${JSON.stringify(value)} is none of ${Object.keys(table).join(", ")}`);
  }
  return media;
}

/**
 * Asks for one of the operation's media types with `Accept` and reads the answer as that kind:
 * JSON parsed (and validated like any JSON answer), text decoded with its charset (another
 * media type is a ResponseValidationError), binary left as a stream.
 * The `Accept` sent is always `media.type`: the method's return type was chosen from it, so a
 * caller's own `Accept` header cannot be allowed to change what comes back. `media` may be a
 * choice still to make (`chooseMedia`): one that fails rejects the promise, sending nothing.
 */
export function requestAs<T = unknown>(
  t: Transport,
  operationId: string,
  params: RequestParams,
  media: Media | (() => Media),
  options: RequestOptions = {},
): APIPromise<T> {
  let chosen: Media;
  try {
    chosen = typeof media === "function" ? media() : media;
  } catch (error) {
    return t.reject<T>(error);
  }
  const headers = Object.fromEntries(Object.entries(options.headers ?? {}).filter(([name]) => name.toLowerCase() !== "accept"));
  const asked = { ...options, headers: { ...headers, Accept: chosen.type } };
  if (chosen.kind === "json") return t.json<T>(operationId, params, asked);
  if (chosen.kind === "text") return t.text(operationId, params, chosen.type, asked) as APIPromise<unknown> as APIPromise<T>;
  return t.binary(operationId, params, asked) as APIPromise<unknown> as APIPromise<T>;
}
