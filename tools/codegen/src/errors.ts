/**
 * Every problem the generator finds in a document is a SpecError: it carries the
 * file and the JSON pointer so the message tells the maintainer exactly where to look.
 */
export class SpecError extends Error {
  override name = "SpecError";
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly detail: string,
    readonly position?: { line: number; col: number },
  ) {
    const where = position ? `${file}:${position.line}:${position.col}` : file;
    super(`${where}${pointer ? `${position ? " at " : ""}#${pointer}` : ""}: ${detail}`);
  }
}

/** Encodes one reference token of a JSON pointer (RFC 6901). */
export function escapePointer(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointer(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  return base + tokens.map((t) => `/${escapePointer(t)}`).join("");
}
