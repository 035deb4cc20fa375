import { readFileSync } from "node:fs";

export interface CorpusRecord {
  /** `file:line` for NDJSON, `file#/index` for JSON arrays, `file` for a single object. */
  where: string;
  value: unknown;
}

/**
 * Stored records: NDJSON (one per line, `.ndjson`/`.jsonl`), a JSON array, a JSON object,
 * or a list page as the API returns it (`{ "results": [...] }`) whose results are the records.
 */
export function readCorpus(file: string): CorpusRecord[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (/\.(ndjson|jsonl)$/i.test(file)) {
    const out: CorpusRecord[] = [];
    text.split("\n").forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        out.push({ where: `${file}:${i + 1}`, value: JSON.parse(line) });
      } catch (error) {
        throw new Error(`${file}:${i + 1}: not valid JSON (${(error as Error).message})`);
      }
    });
    return out;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}); NDJSON files must end in .ndjson or .jsonl`);
  }
  const list = Array.isArray(value)
    ? value
    : value !== null && typeof value === "object" && Array.isArray((value as { results?: unknown }).results)
      ? (value as { results: unknown[] }).results
      : null;
  if (list === null) return [{ where: file, value }];
  return list.map((v, i) => ({ where: `${file}#/${i}`, value: v }));
}
