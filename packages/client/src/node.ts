/**
 * `@gcore-billing/client/node`: Node-only helpers, kept out of the main entry so it runs in browsers.
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { APIConnectionError } from "./runtime/errors.js";
import type { BinaryResponse } from "./runtime/transport-types.js";

export interface SavedFile {
  path: string;
  bytes: number;
  contentType: string | null;
}

/**
 * Streams a download (`client.erpInvoices.download(id)`) to `path` without buffering it.
 * Writes to a temporary file beside it and renames at the end, so `path` never holds half a PDF.
 */
export async function saveToFile(
  download: BinaryResponse | Promise<BinaryResponse>,
  path: string,
  options: { signal?: AbortSignal } = {},
): Promise<SavedFile> {
  const { body, contentType } = await download;
  const partial = `${path}.${process.pid}.${Date.now()}.part`;
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), count, createWriteStream(partial, { flags: "wx" }), {
      signal: options.signal,
    });
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    if (options.signal?.aborted) throw options.signal.reason;
    // The body broke off mid-way (reset, "terminated"): the same failure as before the headers.
    if (error instanceof TypeError) throw new APIConnectionError(`download to ${path} interrupted (${error.message})`, { cause: error });
    throw error;
  }
  return { path, bytes, contentType };
}
