/**
 * Strings that match a regular expression, for the subset of regex syntax the spec's `pattern`s
 * use: anchors, literals, escapes (`\d \w \s \.`), character classes (`[A-Z0-9_-]`, `[^...]` is
 * not supported), groups (`(...)`, `(?:...)`), alternation and the quantifiers `? * + {n} {n,m}`.
 * Anything else throws when the pattern is first used, naming it, rather than producing a value
 * that the validators would reject.
 */

export type RandomInt = (min: number, max: number) => number;

type Node =
  | { kind: "chars"; chars: string }
  | { kind: "seq"; items: Node[] }
  | { kind: "alt"; options: Node[] }
  | { kind: "repeat"; node: Node; min: number; max: number };

const DIGITS = "0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const WORD = `${UPPER}${LOWER}${DIGITS}_`;
/** Unbounded quantifiers (`*`, `+`, `{n,}`) stop this far past their minimum: realistic, not huge. */
const OPEN_RANGE = 8;

class PatternSyntaxError extends Error {
  constructor(pattern: string, at: number, what: string) {
    super(`pattern ${JSON.stringify(pattern)} at ${at}: ${what} is not supported by the mock string generator`);
  }
}

function range(from: string, to: string): string {
  let out = "";
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out += String.fromCharCode(c);
  return out;
}

function parse(pattern: string): Node {
  let i = 0;
  const fail = (what: string): never => {
    throw new PatternSyntaxError(pattern, i, what);
  };
  const escaped = (inClass: boolean): string => {
    const c = pattern[i++];
    if (c === undefined) return fail("a trailing backslash");
    if (c === "d") return DIGITS;
    if (c === "w") return WORD;
    if (c === "s") return " ";
    if (/[dDwWsSbBpPuxck0-9]/.test(c) && !(inClass && c === "b")) return fail(`\\${c}`);
    return c;
  };
  const charClass = (): string => {
    if (pattern[i] === "^") fail("a negated class");
    let chars = "";
    while (i < pattern.length && pattern[i] !== "]") {
      let from = pattern[i++] as string;
      if (from === "\\") from = escaped(true);
      if (pattern[i] === "-" && pattern[i + 1] !== "]" && i + 1 < pattern.length && from.length === 1) {
        i++;
        let to = pattern[i++] as string;
        if (to === "\\") to = escaped(true);
        if (to.length !== 1) fail("a range ending in a class escape");
        chars += range(from, to);
      } else chars += from;
    }
    if (pattern[i++] !== "]") fail("an unterminated class");
    return chars;
  };
  const quantifier = (node: Node): Node => {
    const c = pattern[i];
    let min: number;
    let max: number;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, OPEN_RANGE];
    else if (c === "+") [min, max] = [1, 1 + OPEN_RANGE];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? min + OPEN_RANGE : Number(m[3]);
      i += m[0].length - 1;
    } else return node;
    i++;
    if (pattern[i] === "?") i++; // lazy or greedy makes no difference to what matches
    return { kind: "repeat", node, min, max };
  };
  const sequence = (): Node => {
    const options: Node[] = [];
    let items: Node[] = [];
    while (i < pattern.length && pattern[i] !== ")") {
      const c = pattern[i++] as string;
      let atom: Node;
      if (c === "|") {
        options.push({ kind: "seq", items });
        items = [];
        continue;
      }
      if (c === "^" || c === "$") continue; // the whole string is generated, so anchors hold
      if (c === "\\") atom = { kind: "chars", chars: escaped(false) };
      else if (c === "[") atom = { kind: "chars", chars: charClass() };
      else if (c === ".") atom = { kind: "chars", chars: `${LOWER}${DIGITS}` };
      else if (c === "(") {
        if (pattern[i] === "?") {
          if (pattern[i + 1] !== ":") fail("a lookaround or named group");
          i += 2;
        }
        atom = sequence();
        if (pattern[i++] !== ")") fail("an unterminated group");
      } else if ("*+?{".includes(c) && c !== "{") return fail(`a quantifier with nothing before it`);
      else atom = { kind: "chars", chars: c };
      items.push(quantifier(atom));
    }
    options.push({ kind: "seq", items });
    return options.length === 1 ? (options[0] as Node) : { kind: "alt", options };
  };
  const tree = sequence();
  if (i < pattern.length) fail("an unbalanced `)`");
  return tree;
}

function generate(node: Node, int: RandomInt): string {
  switch (node.kind) {
    case "chars":
      return node.chars[int(0, node.chars.length - 1)] as string;
    case "seq":
      return node.items.map((n) => generate(n, int)).join("");
    case "alt":
      return generate(node.options[int(0, node.options.length - 1)] as Node, int);
    case "repeat": {
      // An optional part is present more often than not, and `\d{0,24}` gets at least one digit:
      // values look like data, and the shortest ones are still reachable.
      const low = node.min === 0 && node.max > 1 ? 1 : node.min;
      const count = node.min === 0 && node.max === 1 ? (int(0, 3) > 0 ? 1 : 0) : int(low, Math.min(node.max, low + OPEN_RANGE));
      let out = "";
      for (let k = 0; k < count; k++) out += generate(node.node, int);
      return out;
    }
  }
}

const parsed = new Map<string, Node>();

/** A string that `new RegExp(pattern, "u")` matches, drawn with `int`. */
export function stringMatching(pattern: string, int: RandomInt): string {
  let tree = parsed.get(pattern);
  if (!tree) {
    tree = parse(pattern);
    parsed.set(pattern, tree);
  }
  return generate(tree, int);
}
