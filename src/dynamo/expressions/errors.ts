export interface ExprError {
  message: string;
  /** 0-based offset into the input (UTF-16 code units, like JS string indexes). */
  position: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ExprError };

// Thrown only inside the parser and caught at its entry point, so no caller ever sees it.
export class ParseFailure extends Error {
  constructor(readonly error: ExprError) {
    super(error.message);
  }
}

// The position goes into the message too, so a message copied on its own still says where.
export function failAt(what: string, position: number): never {
  throw new ParseFailure({ message: `${what} at ${position}`, position });
}

/** A two-line display: the line holding `position`, and a caret under it. */
export function caret(text: string, position: number): string {
  const at = Math.max(0, Math.min(position, text.length));
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(start, nl === -1 ? text.length : nl);
  // Keep tabs so the caret lines up under tab-indented text.
  const pad = line.slice(0, at - start).replace(/[^\t]/g, ' ');
  return `${line}\n${pad}^`;
}
