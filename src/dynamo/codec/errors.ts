/** A segment of an attribute path: a map key or attribute name, or a list/set index. */
export type PathSegment = string | number;

const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Renders a path the way a user would write it in an expression (`info.actors[2]`),
 * quoting names that would otherwise be ambiguous (`info["a.b"]`).
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (SIMPLE_NAME.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === '' ? '(item)' : out;
}

/**
 * Why a text could not become an item. `line`/`column` (1-based) are set for JSON
 * syntax errors; `path` for values that parsed but are not valid DynamoDB values.
 */
export class CodecError extends Error {
  /** the message without the path prefix */
  readonly reason: string;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(reason: string, where: { path?: readonly PathSegment[] | string; line?: number; column?: number } = {}) {
    const path = typeof where.path === 'string' ? where.path : where.path && formatPath(where.path);
    super(path ? `${path}: ${reason}` : reason);
    this.name = 'CodecError';
    this.reason = reason;
    this.path = path;
    this.line = where.line;
    this.column = where.column;
  }

  /** The same error with advice appended, e.g. how to change the type on purpose. */
  withHint(hint: string): CodecError {
    return new CodecError(`${this.reason}${hint}`, { path: this.path, line: this.line, column: this.column });
  }
}
