import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { isGzip, RecordReader } from "@gcore-billing/validators";

export interface CorpusRecord {
  /** `file:line` for NDJSON, `file#/index` for JSON arrays, `file` for a single object. */
  where: string;
  value: unknown;
  /** Set when the record could not be read as a JSON object (invalid JSON, UTF-8, too long): invalid under any schema. */
  problem?: string;
}

/**
 * Stored records, read by the same reader as `gcore-billing validate`
 * (`RecordReader` from @gcore-billing/validators): NDJSON (`.ndjson`/`.jsonl`,
 * or any name whose first significant byte is not `[`), a JSON array or
 * object (`.json`), BOM, CRLF and gzip (by its magic bytes) included. A list
 * page as the API returns it (`{ "results": [...] }`) stands for its results.
 * A record that does not parse is kept, with its `problem`, not thrown.
 */
export function readCorpus(file: string): CorpusRecord[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
    if (isGzip(bytes)) bytes = gunzipSync(bytes);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const name = file.replace(/\.gz$/i, "");
  const format = /\.(ndjson|jsonl)$/i.test(name) ? "ndjson" : /\.json$/i.test(name) ? "json" : "auto";
  const out: CorpusRecord[] = [];
  const reader = new RecordReader(
    {
      record(value, issues, line, index) {
        const where = line !== null ? `${file}:${line}` : index !== null ? `${file}#/${index}` : file;
        // Only parse problems come back: the reader's default check accepts every JSON object.
        out.push(issues === null ? { where, value } : { where, value, problem: issues[0]?.message ?? "unreadable" });
      },
    },
    { format },
  );
  reader.push(bytes);
  reader.end();
  const only = out.length === 1 ? out[0]! : undefined;
  const results = only !== undefined && only.where === file ? (only.value as { results?: unknown } | undefined)?.results : undefined;
  if (Array.isArray(results)) return results.map((v, i) => ({ where: `${file}#/${i}`, value: v }));
  return out;
}
