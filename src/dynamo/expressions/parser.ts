import type { AstByKind, ExpressionKind, Path, Projection } from './ast.js';
import { Cursor } from './cursor.js';
import { ParseFailure, type ExprError } from './errors.js';
import { oddNameHint } from './nameHint.js';
import { parsePath } from './operands.js';
import { parseCondition } from './parseCondition.js';
import { parseUpdate } from './parseUpdate.js';
import { tokenize } from './tokenizer.js';

export type ParseResult<K extends ExpressionKind> =
  | { ok: true; ast: AstByKind[K] }
  | { ok: false; error: ExprError };

/**
 * Parses one expression of the given kind into its AST. Never throws on bad input:
 * a syntax error comes back with the offset where it was noticed.
 */
export function parseExpression<K extends ExpressionKind>(kind: K, text: string): ParseResult<K> {
  try {
    const c = new Cursor(tokenize(text), text);
    const ast = kind === 'projection' ? parseProjection(c) : kind === 'update' ? parseUpdate(c) : parseCondition(c);
    return { ok: true, ast: ast as AstByKind[K] };
  } catch (err) {
    if (err instanceof ParseFailure) {
      const hint = oddNameHint(text, err.error.position);
      if (!hint) return { ok: false, error: err.error };
      // Messages end with "at N" (see failAt); the hint goes before it.
      const at = ` at ${err.error.position}`;
      const base = err.error.message.endsWith(at) ? err.error.message.slice(0, -at.length) : err.error.message;
      return { ok: false, error: { ...err.error, message: base + hint + at } };
    }
    // A bug must not take the screen down; the tests assert this message never appears.
    return { ok: false, error: { message: `internal error in the expression parser: ${String(err)}`, position: 0 } };
  }
}

function parseProjection(c: Cursor): Projection {
  const paths: Path[] = [parsePath(c, 'an attribute to project')];
  while (c.eatPunct(',')) paths.push(parsePath(c, 'an attribute to project'));
  if (!c.atEnd()) c.fail('expected "," or the end');
  return { type: 'projection', paths };
}
