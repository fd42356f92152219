import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Allocator } from './allocator.js';
import type { AstByKind, Condition, ExpressionKind, Path } from './ast.js';
import type { ExprError } from './errors.js';
import { checkKeyCondition, type KeyConditionParts, type SortKeyOp } from './keyCondition.js';
import { parseExpression } from './parser.js';
import { missingPlaceholder } from './placeholders.js';
import { printExpression, requestNaming } from './printer.js';

export type CompileResult<K extends ExpressionKind> =
  | ({ ok: true; expression: string; ast: AstByKind[K] } & (K extends 'keyCondition' ? { keys: KeyConditionParts } : unknown))
  | { ok: false; error: ExprError };

/**
 * Parses `text` as an expression of `kind` and prints the exact expression to send, with
 * names and values placed in `allocator`. Never throws; on failure the allocator is unchanged.
 * Callers skip blank fields: an empty text is a syntax error here.
 */
export function compileExpression<K extends ExpressionKind>(kind: K, text: string, allocator: Allocator): CompileResult<K> {
  const parsed = parseExpression(kind, text);
  if (!parsed.ok) return parsed;
  const ast = parsed.ast;
  const missing = missingPlaceholder(ast, allocator);
  if (missing) return { ok: false, error: missing };
  let keys: KeyConditionParts | undefined;
  if (kind === 'keyCondition') {
    const checked = checkKeyCondition(ast as Condition, (a, b) => attributeOf(a, allocator) === attributeOf(b, allocator));
    if (!checked.ok) return checked;
    keys = checked.value;
  }
  const expression = printExpression(kind, ast, requestNaming(allocator));
  return { ok: true, expression, ast, ...(keys ? { keys } : {}) } as CompileResult<K>;
}

/** The attribute name a top-level path stands for, with a #placeholder resolved. */
export function attributeOf(path: Path, allocator: Allocator): string | undefined {
  const first = path.elements[0];
  if (!first || first.type === 'index') return undefined;
  return first.type === 'name' ? first.name : allocator.userName(first.ref);
}

export interface KeyConditionSpec {
  partitionKey: { name: string; value: AttributeValue };
  sortKey?: { name: string; op: SortKeyOp; values: AttributeValue[] };
}

const ARITY: Record<SortKeyOp, number> = { '=': 1, '<': 1, '<=': 1, '>': 1, '>=': 1, between: 2, begins_with: 1 };

/** A key condition from the query form's structured inputs, through the same printer. */
export function buildKeyCondition(spec: KeyConditionSpec, allocator: Allocator): CompileResult<'keyCondition'> {
  const path = (name: string): Path => ({ type: 'path', elements: [{ type: 'name', name, pos: 0 }], pos: 0 });
  const lit = (value: AttributeValue) => ({ type: 'literal' as const, value, pos: 0 });
  const fail = (message: string) => ({ ok: false as const, error: { message, position: 0 } });
  const pk = spec.partitionKey;
  if (!pk.name) return fail('the partition key has no name');
  let ast: Condition = { type: 'compare', op: '=', left: path(pk.name), right: lit(pk.value), pos: 0 };
  const sk = spec.sortKey;
  if (sk) {
    if (!sk.name || sk.name === pk.name) return fail('the sort key needs its own attribute name');
    if (!Object.hasOwn(ARITY, sk.op)) return fail(`unknown sort key operator "${sk.op}"`);
    if (sk.values.length !== ARITY[sk.op]) return fail(`${sk.op} takes ${ARITY[sk.op]} value(s)`);
    const [v1, v2] = sk.values.map(lit) as [ReturnType<typeof lit>, ReturnType<typeof lit>];
    const skCond: Condition =
      sk.op === 'between' ? { type: 'between', subject: path(sk.name), low: v1, high: v2, pos: 0 }
      : sk.op === 'begins_with' ? { type: 'function', name: 'begins_with', path: path(sk.name), arg: v1, pos: 0 }
      : { type: 'compare', op: sk.op, left: path(sk.name), right: v1, pos: 0 };
    ast = { type: 'and', left: ast, right: skCond, pos: 0 };
  }
  const checked = checkKeyCondition(ast, (a, b) => attributeOf(a, allocator) === attributeOf(b, allocator));
  if (!checked.ok) return checked;
  return { ok: true, expression: printExpression('keyCondition', ast, requestNaming(allocator)), ast, keys: checked.value };
}
