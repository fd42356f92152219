import type { Path, SetAction, SetOperand, SetValue, Update, UpdateClause, ValueAction } from './ast.js';
import type { Cursor } from './cursor.js';
import { failAt } from './errors.js';
import { parsePath, parseValue, peekFunction } from './operands.js';

type ClauseName = UpdateClause['type'];
const CLAUSES: readonly ClauseName[] = ['SET', 'REMOVE', 'ADD', 'DELETE'];

function peekClause(c: Cursor): ClauseName | undefined {
  return CLAUSES.find((name) => c.isWord(name));
}

export function parseUpdate(c: Cursor): Update {
  const clauses: UpdateClause[] = [];
  do {
    const name = peekClause(c);
    if (!name) c.fail(clauses.length ? 'expected "," or SET, REMOVE, ADD, DELETE or the end' : 'expected SET, REMOVE, ADD or DELETE');
    const tok = c.next();
    if (clauses.some((cl) => cl.type === name)) failAt(`${name} may appear only once`, tok.pos);
    clauses.push(parseClause(c, name, tok.pos));
  } while (!c.atEnd());
  return { type: 'update', clauses };
}

function list<T>(c: Cursor, item: () => T): T[] {
  const items = [item()];
  while (c.eatPunct(',')) items.push(item());
  return items;
}

function parseClause(c: Cursor, name: ClauseName, pos: number): UpdateClause {
  switch (name) {
    case 'SET':
      return { type: name, actions: list(c, () => parseSetAction(c)), pos };
    case 'REMOVE':
      return { type: name, paths: list(c, () => parsePath(c, 'a path to remove')), pos };
    case 'ADD':
    case 'DELETE':
      return { type: name, actions: list(c, () => parseValueAction(c, name)), pos };
  }
}

function parseSetAction(c: Cursor): SetAction {
  const path = parsePath(c, 'a path to set');
  c.expectPunct('=', '"=" in "path = value"');
  return { path, value: parseSetValue(c) };
}

// DynamoDB allows one + or - per action ("a = b + c"), not a chain.
function parseSetValue(c: Cursor): SetValue {
  const left = parseSetOperand(c);
  const op = c.eatPunct('+') ?? c.eatPunct('-');
  if (!op) return left;
  const right = parseSetOperand(c);
  if (c.isPunct('+') || c.isPunct('-')) failAt('SET allows only one + or - per value', c.peek().pos);
  return { type: 'arith', op: op.text as '+' | '-', left, right, pos: left.pos };
}

function parseSetOperand(c: Cursor): SetOperand {
  const value = parseValue(c);
  if (value) return value;
  const fn = peekFunction(c);
  if (!fn) return parsePath(c, 'a value or attribute name');
  const tok = c.peek();
  if (fn !== 'if_not_exists' && fn !== 'list_append') {
    failAt(`${fn}() cannot be used in SET (only if_not_exists and list_append)`, tok.pos);
  }
  return c.nested(tok.pos, () => {
    c.next();
    c.next();
    let node: SetOperand;
    if (fn === 'if_not_exists') {
      const path: Path = parsePath(c, 'a path as the first argument of if_not_exists()');
      c.expectPunct(',', '"," and a fallback value in if_not_exists(path, value)');
      node = { type: fn, path, fallback: parseSetOperand(c), pos: tok.pos };
    } else {
      const first = parseSetOperand(c);
      c.expectPunct(',', '"," and a second list in list_append(list1, list2)');
      node = { type: fn, first, second: parseSetOperand(c), pos: tok.pos };
    }
    c.expectPunct(')', `")" to close ${fn}(`);
    return node;
  });
}

// ADD needs a number or a set, DELETE a set; sets have no inline syntax, so they come as
// :placeholders, and an inline string or boolean here could only be a mistake.
function parseValueAction(c: Cursor, name: 'ADD' | 'DELETE'): ValueAction {
  const path = parsePath(c, `a path to ${name === 'ADD' ? 'add to' : 'delete from'}`);
  const tok = c.peek();
  const value = parseValue(c);
  if (!value) return c.fail(`expected a :value after the path in ${name}`);
  if (value.type === 'literal' && !(name === 'ADD' && 'N' in value.value)) {
    const takes = name === 'ADD' ? 'a number or a set' : 'a set';
    failAt(`${name} takes ${takes}; give a set as a :placeholder in the values field`, tok.pos);
  }
  return { path, value };
}
