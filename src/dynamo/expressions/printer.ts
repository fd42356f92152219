import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Allocator } from './allocator.js';
import type { AstByKind, Condition, ExpressionKind, Operand, Path, SetOperand, SetValue, Update } from './ast.js';
import { sourceName } from './names.js';

/**
 * How names and values are written. The same printer produces the request text (through
 * an allocator) and the user's own syntax (for display and round-trip tests), so what is
 * sent is exactly what the AST says.
 */
export interface Naming {
  name(attribute: string): string;
  nameRef(ref: string): string;
  literal(value: AttributeValue): string;
  valueRef(ref: string): string;
}

export function requestNaming(allocator: Allocator): Naming {
  const use = (ref: string) => (allocator.markUsed(ref), ref);
  return { name: (n) => allocator.name(n), nameRef: use, literal: (v) => allocator.value(v), valueRef: use };
}

export const sourceNaming: Naming = {
  name: sourceName,
  nameRef: (ref) => ref,
  literal: sourceLiteral,
  valueRef: (ref) => ref,
};

// Only the literal types the parser produces have a source form; others (from
// buildKeyCondition) are shown as DynamoDB JSON, which is for display only.
function sourceLiteral(v: AttributeValue): string {
  if (v.N !== undefined) return v.N;
  if (v.S !== undefined) return JSON.stringify(v.S);
  if (v.BOOL !== undefined) return String(v.BOOL);
  if (v.NULL) return 'null';
  return JSON.stringify(v);
}

export function printExpression<K extends ExpressionKind>(kind: K, ast: AstByKind[K], n: Naming): string {
  if (kind === 'projection') return (ast as AstByKind['projection']).paths.map((p) => printPath(p, n)).join(', ');
  if (kind === 'update') return printUpdate(ast as Update, n);
  return printCondition(ast as Condition, n, OR);
}

export function printPath(path: Path, n: Naming): string {
  return path.elements
    .map((e, i) => {
      if (e.type === 'index') return `[${e.index}]`;
      const text = e.type === 'name' ? n.name(e.name) : n.nameRef(e.ref);
      return i === 0 ? text : '.' + text;
    })
    .join('');
}

function printOperand(o: Operand | SetOperand, n: Naming): string {
  switch (o.type) {
    case 'path': return printPath(o, n);
    case 'literal': return n.literal(o.value);
    case 'valueRef': return n.valueRef(o.ref);
    case 'size': return `size(${printPath(o.path, n)})`;
    case 'if_not_exists': return `if_not_exists(${printPath(o.path, n)}, ${printOperand(o.fallback, n)})`;
    case 'list_append': return `list_append(${printOperand(o.first, n)}, ${printOperand(o.second, n)})`;
  }
}

const OR = 1;
const AND = 2;
const NOT = 3;
const ATOM = 4;
const LEVEL = { or: OR, and: AND, not: NOT } as const;

// Parentheses only where precedence or a right-nested AND/OR needs them; the AST has no
// parenthesis nodes, so printing and parsing again gives back the same tree.
function printCondition(c: Condition, n: Naming, min: number): string {
  const level = c.type === 'or' || c.type === 'and' || c.type === 'not' ? LEVEL[c.type] : ATOM;
  const text = printConditionBody(c, n);
  return level < min ? `(${text})` : text;
}

function printConditionBody(c: Condition, n: Naming): string {
  switch (c.type) {
    case 'or': return `${printCondition(c.left, n, OR)} OR ${printCondition(c.right, n, AND)}`;
    case 'and': return `${printCondition(c.left, n, AND)} AND ${printCondition(c.right, n, NOT)}`;
    case 'not': return `NOT ${printCondition(c.operand, n, NOT)}`;
    case 'compare': return `${printOperand(c.left, n)} ${c.op} ${printOperand(c.right, n)}`;
    case 'between':
      return `${printOperand(c.subject, n)} BETWEEN ${printOperand(c.low, n)} AND ${printOperand(c.high, n)}`;
    case 'in': return `${printOperand(c.subject, n)} IN (${c.list.map((o) => printOperand(o, n)).join(', ')})`;
    case 'function': {
      const args = [printPath(c.path, n), ...(c.arg ? [printOperand(c.arg, n)] : [])];
      return `${c.name}(${args.join(', ')})`;
    }
  }
}

function printSetValue(v: SetValue, n: Naming): string {
  if (v.type !== 'arith') return printOperand(v, n);
  return `${printOperand(v.left, n)} ${v.op} ${printOperand(v.right, n)}`;
}

function printUpdate(u: Update, n: Naming): string {
  return u.clauses
    .map((cl) => {
      switch (cl.type) {
        case 'SET':
          return `SET ${cl.actions.map((a) => `${printPath(a.path, n)} = ${printSetValue(a.value, n)}`).join(', ')}`;
        case 'REMOVE':
          return `REMOVE ${cl.paths.map((p) => printPath(p, n)).join(', ')}`;
        default:
          return `${cl.type} ${cl.actions.map((a) => `${printPath(a.path, n)} ${printOperand(a.value, n)}`).join(', ')}`;
      }
    })
    .join(' ');
}

/** An AST written back in the input syntax (normalised spacing, upper-case keywords). */
export function printSource<K extends ExpressionKind>(kind: K, ast: AstByKind[K]): string {
  return printExpression(kind, ast, sourceNaming);
}
