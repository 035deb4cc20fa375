/**
 * `pattern` values are often written for non-Unicode engines (Python's `re`, which Gcore's backends
 * use, or JavaScript without the `u` flag). JSON Schema validators compile them with `u`, under
 * which identity escapes such as `\"`, `\'` or `\-`, lone braces and `[\w-.]` are syntax errors.
 * This module rewrites such a pattern into one that means the same under `u`.
 */
export type PatternStatus =
  /** Already valid under `u`: unchanged. */
  | "unicode"
  /** Rewritten; every change has one meaning (an identity escape, a lone brace, a Python named group). */
  | "translated"
  /** Rewritten the way a non-Unicode JavaScript RegExp reads it, though another engine may read it otherwise (`\a`, `\1` with no group 1). */
  | "legacy"
  /** Compiles in neither mode. */
  | "invalid";

export interface PatternTranslation {
  status: PatternStatus;
  /** The pattern to compile with `u`; null when `invalid`. */
  pattern: string | null;
  /** The constructs read as a non-Unicode RegExp would, for the `legacy` warning. */
  ambiguous: string[];
}

const compiles = (source: string, flags: string): boolean => {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
};

/** Characters that keep their backslash under `u` (SyntaxCharacter and `/`). */
const SYNTAX = new Set([..."^$\\.*+?()[]{}|/"]);
const CLASS_ESCAPE = /[dDwWsS]/;
const hex = (code: number) => `\\x${code.toString(16).padStart(2, "0")}`;

function captureGroups(src: string): { count: number; named: boolean } {
  let count = 0;
  let named = false;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") {
      if (src[i + 1] !== "?") count++;
      else if (/^\(\?P?<[A-Za-z_]/.test(src.slice(i))) {
        count++;
        named = true;
      }
    }
  }
  return { count, named };
}

export function translatePattern(src: string): PatternTranslation {
  if (compiles(src, "u")) return { status: "unicode", pattern: src, ambiguous: [] };
  const { count: groups, named } = captureGroups(src);
  const ambiguous: string[] = [];
  let out = "";
  let inClass = false;
  /** Inside a class: the previous atom was `\d`, `\w`... (a range cannot end or start there under `u`). */
  let afterClassEscape = false;
  /** Outside a class: whether a quantifier may follow (Annex B reads `{` after nothing as a literal). */
  let quantifiable = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\") {
      const n = src[i + 1];
      i++;
      let piece: string;
      let classEscape = false;
      if (n === undefined) {
        return { status: "invalid", pattern: null, ambiguous };
      } else if (CLASS_ESCAPE.test(n)) {
        piece = `\\${n}`;
        classEscape = true;
      } else if (/[fnrtv]/.test(n) || (n === "b" && !inClass) || n === "B") {
        piece = inClass && n === "B" ? "B" : `\\${n}`;
        if (inClass && n === "B") ambiguous.push("\\B");
      } else if (n === "b") {
        piece = "\\x08";
      } else if (n === "c") {
        if (/[A-Za-z]/.test(src[i + 1] ?? "")) {
          piece = `\\c${src[i + 1]}`;
          i++;
        } else {
          piece = "\\\\c";
          ambiguous.push("\\c");
        }
      } else if (n === "x" || n === "u") {
        const digits = n === "x" ? 2 : 4;
        const run = src.slice(i + 1, i + 1 + digits);
        if (new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(run)) {
          piece = `\\${n}${run}`;
          i += digits;
        } else {
          piece = n;
          ambiguous.push(`\\${n}`);
        }
      } else if (/[0-9]/.test(n)) {
        const digits = /^[0-9]+/.exec(src.slice(i))![0];
        const value = Number(digits);
        if (!inClass && n !== "0" && value <= groups) {
          // Grouped, so a digit that follows (a rewritten `\8`) cannot extend the reference number.
          piece = `(?:\\${digits})`;
          i += digits.length - 1;
        } else {
          // Annex B: a legacy octal escape of up to three octal digits (at most \377), else the digit itself.
          const octal = /^[0-3]?[0-7]{1,2}|^[0-7]/.exec(src.slice(i))?.[0];
          if (octal) {
            const code = Number.parseInt(octal, 8);
            piece = code === 0 && !/[0-9]/.test(src[i + octal.length] ?? "") ? "\\0" : hex(code);
            i += octal.length - 1;
            if (n !== "0") ambiguous.push(`\\${octal}`);
          } else {
            piece = n;
            ambiguous.push(`\\${n}`);
          }
        }
      } else if (n === "k" && named && src[i + 1] === "<") {
        piece = "\\k";
      } else if ((n === "p" || n === "P") && src[i + 1] === "{" && compiles(`\\${n}${/^\{[^}]*\}/.exec(src.slice(i + 1))?.[0]}`, "u")) {
        piece = `\\${n}`;
      } else if (/[A-Za-z]/.test(n)) {
        // `\a`, `\A`, `\Z`... mean something else in Python; a non-Unicode RegExp reads the letter itself.
        piece = n;
        ambiguous.push(`\\${n}`);
      } else if (inClass) {
        piece = n === "]" || n === "\\" || n === "^" || n === "-" ? `\\${n}` : escapeLiteral(n, true);
      } else {
        piece = SYNTAX.has(n) ? `\\${n}` : escapeLiteral(n, false);
      }
      out += piece;
      afterClassEscape = inClass && classEscape;
      quantifiable = !inClass;
      continue;
    }
    if (inClass) {
      if (c === "]") {
        inClass = false;
        quantifiable = true;
        out += c;
      } else if (c === "-" && src[i + 1] !== "]" && (afterClassEscape || (src[i + 1] === "\\" && CLASS_ESCAPE.test(src[i + 2] ?? "")))) {
        out += "\\-";
      } else out += c;
      afterClassEscape = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      afterClassEscape = false;
      out += c;
      if (src[i + 1] === "^") {
        out += "^";
        i++;
      }
      // A `]` right after `[` or `[^` closes an empty class in JavaScript; nothing to rewrite.
      continue;
    }
    if (c === "(" && src.startsWith("(?P<", i)) {
      out += "(?<";
      i += 3;
      quantifiable = false;
      continue;
    }
    if (c === "(" && src.startsWith("(?P=", i)) {
      const end = src.indexOf(")", i);
      if (end > 0) {
        out += `\\k<${src.slice(i + 4, end)}>`;
        i = end;
        quantifiable = true;
        continue;
      }
    }
    if (c === "{") {
      const quantifier = /^\{\d+(?:,\d*)?\}\??/.exec(src.slice(i))?.[0];
      if (quantifier && quantifiable) {
        out += quantifier;
        i += quantifier.length - 1;
        quantifiable = false;
      } else {
        if (/^\{,\d+\}/.test(src.slice(i))) ambiguous.push(src.slice(i, src.indexOf("}", i) + 1));
        out += "\\{";
        quantifiable = true;
      }
      continue;
    }
    if (c === "}" || c === "]") {
      out += `\\${c}`;
      quantifiable = true;
      continue;
    }
    out += c;
    quantifiable = !"(|^".includes(c) && !(c === "?" && src[i - 1] === "(");
  }
  if (!compiles(out, "u")) return { status: "invalid", pattern: null, ambiguous };
  return { status: ambiguous.length > 0 ? "legacy" : "translated", pattern: out, ambiguous };
}

/** A literal character: most need no escape under `u`; those that would start syntax get `\x..`. */
function escapeLiteral(ch: string, inClass: boolean): string {
  if (inClass) return ch;
  return SYNTAX.has(ch) ? hex(ch.charCodeAt(0)) : ch;
}
