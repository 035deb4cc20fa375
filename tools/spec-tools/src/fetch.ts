import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

/** Upstream location of the document this repository vendors. */
export const DEFAULT_SOURCE =
  "https://raw.githubusercontent.com/G-Core/product-documentation/main/api-reference/services_docs_mintlify/billing_reseller_api.yaml";

export interface Fetched {
  /** The URL, or the file path as resolved. */
  source: string;
  kind: "url" | "file";
  bytes: Buffer;
}

/** Reads an http(s) URL or a local file; anything else is a file path relative to `cwd`. */
export async function fetchSpec(source: string, cwd: string): Promise<Fetched> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { redirect: "follow", signal: AbortSignal.timeout(60_000) });
    } catch (error) {
      throw new Error(`cannot fetch ${source}: ${(error as Error).cause ?? (error as Error).message}`);
    }
    if (!response.ok) throw new Error(`cannot fetch ${source}: HTTP ${response.status} ${response.statusText}`);
    return { source, kind: "url", bytes: Buffer.from(await response.arrayBuffer()) };
  }
  const file = resolve(cwd, source);
  try {
    return { source: file, kind: "file", bytes: await readFile(file) };
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
