import { createHash } from "node:crypto";

/**
 * Lays out ajv's standalone module so that it reads and diffs well: every top-level name is
 * derived from what it validates instead of ajv's compile-order counters (`validate123`,
 * `schema45`), declarations are sorted by that name, bodies are indented by nesting and no
 * line is longer than `WRAP_AT` where a break is possible. This only works because ajv's
 * output is a known subset of JavaScript: no comments, no template substitutions, and its only
 * regular-expression literals (`/~/g`, `/\//g` in error paths) hold no quote or bracket, so
 * strings and brackets are all a scanner has to understand.
 */

/** Lines are wrapped near this width at a `||`, `&&` or `,` outside strings. */
export const WRAP_AT = 160;

/**
 * One token of interest at a time: a string literal (skipped whole), a property access
 * (`.name`, never renamed), a number, an identifier or a bracket/newline.
 */
const TOKENS = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|\.\s*[A-Za-z_$][\w$]*|[A-Za-z_$][\w$]*|\d[\w.]*|[{}()[\]\n]/g;
const isIdentifierStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;

/** Splits code into its top-level statements (a newline at bracket depth 0 ends one). */
export function topLevelStatements(code: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (const m of code.matchAll(TOKENS)) {
    const t = m[0];
    if (t === "{" || t === "(" || t === "[") depth++;
    else if (t === "}" || t === ")" || t === "]") depth--;
    else if (t === "\n" && depth === 0) {
      const statement = code.slice(from, m.index).trim();
      if (statement) out.push(statement);
      from = m.index + 1;
    }
  }
  const last = code.slice(from).trim();
  if (last) out.push(last);
  return out;
}

/** Replaces whole identifiers (never text inside strings or property names) by `names`. */
export function renameIdentifiers(code: string, names: ReadonlyMap<string, string>): string {
  return code.replace(TOKENS, (t) => (isIdentifierStart(t.charCodeAt(0)) ? (names.get(t) ?? t) : t));
}

/** Identifiers in order of appearance, outside strings and property names. */
export function usedIdentifiers(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(TOKENS)) if (isIdentifierStart(m[0].charCodeAt(0))) out.push(m[0]);
  return out;
}

/** Indents each line by its bracket depth and wraps lines longer than `WRAP_AT`. */
export function indentAndWrap(code: string): string {
  const out: string[] = [];
  let depth = 0;
  for (const raw of code.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const leadingClose = /^[}\])]+/.exec(line)?.[0].length ?? 0;
    // Tabs: one byte per level keeps a large document's validators megabytes smaller than spaces.
    const indent = "\t".repeat(Math.max(0, depth - leadingClose));
    const pieces = wrap(line);
    out.push(indent + pieces[0], ...pieces.slice(1).map((p) => `${indent}\t\t${p}`));
    depth += bracketDelta(line);
  }
  return out.join("\n");
}

const STRINGS = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;

function bracketDelta(line: string): number {
  const bare = /["'`]/.test(line) ? line.replace(STRINGS, "") : line;
  let delta = 0;
  for (let i = 0; i < bare.length; i++) {
    const c = bare.charCodeAt(i);
    if (c === 123 || c === 40 || c === 91) delta++;
    else if (c === 125 || c === 41 || c === 93) delta--;
  }
  return delta;
}

/** Break opportunities: the end of each `,`, `||` or `&&` outside strings. */
const BREAKS = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|,|\|\||&&/g;

/**
 * Breaks a long line after `||`, `&&` or `,` outside strings. A newline after those tokens
 * never changes the meaning of JavaScript (no automatic semicolon can be inserted there).
 */
function wrap(line: string): string[] {
  if (line.length <= WRAP_AT) return [line];
  const pieces: string[] = [];
  let from = 0;
  let lastBreak = -1;
  for (const m of line.matchAll(BREAKS)) {
    const end = m.index + m[0].length;
    if (end - from > WRAP_AT && lastBreak > from) {
      pieces.push(line.slice(from, lastBreak).trim());
      from = lastBreak;
    }
    if (m[0].length <= 2 && !/^["'`]/.test(m[0])) lastBreak = end;
  }
  if (line.length - from > WRAP_AT && lastBreak > from) {
    pieces.push(line.slice(from, lastBreak).trim());
    from = lastBreak;
  }
  pieces.push(line.slice(from).trim());
  return pieces.filter((p) => p.length > 0);
}

export const shortHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);

/** A JavaScript identifier from arbitrary text: `Erp.Invoice-v2` -> `Erp_Invoice_v2`. */
export function identifierFrom(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_$]+/g, "_").replace(/^_+|_+$/g, "");
  return id === "" ? shortHash(text) : /^[0-9]/.test(id) ? `_${id}` : id;
}

/** Gives every candidate a unique identifier: clashes get `_2`, `_3`... in the order given. */
export function uniqueNames<T>(items: readonly T[], candidate: (item: T) => string, taken = new Set<string>()): Map<T, string> {
  const out = new Map<T, string>();
  for (const item of items) {
    const base = candidate(item);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    out.set(item, name);
  }
  return out;
}
