import { APIPromise } from "./api-promise.js";
import { APIConnectionError, GcoreBillingError, ResponseValidationError } from "./errors.js";
import type { BinaryResponse, RequestOptions, RequestParams, Transport } from "./transport-types.js";

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

const essence = (contentType: string | null) => contentType?.split(";")[0]?.trim().toLowerCase() ?? null;

/**
 * Asks for one of the operation's media types with `Accept` and reads the answer as that kind:
 * JSON parsed (and validated like any JSON answer), text decoded, binary left as a stream.
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
    return new APIPromise<T>(() => Promise.reject(error));
  }
  const headers = Object.fromEntries(Object.entries(options.headers ?? {}).filter(([name]) => name.toLowerCase() !== "accept"));
  const asked = { ...options, headers: { ...headers, Accept: chosen.type } };
  if (chosen.kind === "json") return t.json<T>(operationId, params, asked);
  const answer = t.binary(operationId, params, asked);
  if (chosen.kind === "binary") return answer as APIPromise<unknown> as APIPromise<T>;
  return answer._thenUnwrap((bytes) => readText(bytes, operationId, chosen.type) as Promise<T>);
}

/** Decodes a text answer with its declared charset; a body of another media type is an error, not a string. */
async function readText(answer: BinaryResponse, operationId: string, asked: string): Promise<string> {
  const got = essence(answer.contentType);
  const fail = (message: string): never => {
    answer.body.cancel().catch(() => {});
    throw new ResponseValidationError(`${operationId} ${answer.status}: ${message}`, operationId, [
      { pointer: "", keyword: "contentType", message },
    ]);
  };
  if (got !== null && got !== asked.toLowerCase()) fail(`asked for ${asked}, the server answered ${got}`);
  const charset = /;\s*charset="?([^";\s]+)"?/i.exec(answer.contentType ?? "")?.[1] ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return fail(`unknown charset "${charset}"`);
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await new Response(answer.body).arrayBuffer();
  } catch (cause) {
    // The body broke off mid-way: the same failure as a connection lost before the headers.
    if (cause instanceof TypeError) throw new APIConnectionError(`${operationId}: connection lost while reading the body`, { cause });
    throw cause;
  }
  return decoder.decode(bytes);
}
