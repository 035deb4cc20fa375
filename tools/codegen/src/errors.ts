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
