import type { Literal, Operand, Path, PathElement, ValueRef } from './ast.js';
import type { Cursor } from './cursor.js';
import { failAt } from './errors.js';
import { isKeyword } from './names.js';

export type FunctionName =
  | 'attribute_exists' | 'attribute_not_exists' | 'attribute_type' | 'begins_with' | 'contains'
  | 'size' | 'if_not_exists' | 'list_append';

const FUNCTIONS: ReadonlySet<string> = new Set<FunctionName>([
  'attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains',
  'size', 'if_not_exists', 'list_append',
]);

/**
 * The function named by the next tokens, if they are `word (`. DynamoDB's function names are
 * case-sensitive; we accept any case and always print lower case, so the request is right.
 */
export function peekFunction(c: Cursor): FunctionName | undefined {
  const tok = c.peek();
  if (tok.kind !== 'word' || !c.isPunct('(', 1) || isKeyword(tok.text)) return undefined;
  const name = tok.text.toLowerCase();
  if (!FUNCTIONS.has(name)) failAt(`unknown function "${tok.text}"`, tok.pos);
  return name as FunctionName;
}

const LIST_INDEX = /^\d{1,15}$/;

export function parsePath(c: Cursor, what = 'an attribute name'): Path {
  const first = c.peek();
  const elements: PathElement[] = [nameElement(c, what, true)];
  for (;;) {
    if (c.eatPunct('.')) {
      elements.push(nameElement(c, 'an attribute name', false));
    } else if (c.isPunct('[')) {
      const open = c.next();
      const tok = c.peek();
      if (tok.kind !== 'number' || !LIST_INDEX.test(tok.text)) c.fail('expected a list index');
      c.next();
      c.expectPunct(']');
      elements.push({ type: 'index', index: Number(tok.text), pos: open.pos });
    } else {
      return { type: 'path', elements, pos: first.pos };
    }
  }
}

// After a dot any word is a name (info.size, a.and): only a path's first word can be a keyword.
function nameElement(c: Cursor, what: string, first: boolean): PathElement {
  const tok = c.peek();
  if (tok.kind === 'nameRef') {
    c.next();
    return { type: 'nameRef', ref: tok.text, pos: tok.pos };
  }
  if (tok.kind === 'quoted') {
    if (tok.text === '') failAt('an attribute name cannot be empty', tok.pos);
    c.next();
    return { type: 'name', name: tok.text, pos: tok.pos };
  }
  if (tok.kind === 'word') {
    if (first && isKeyword(tok.text)) keywordAsName(c, what);
    c.next();
    return { type: 'name', name: tok.text, pos: tok.pos };
  }
  return c.fail(`expected ${what}`);
}

function keywordAsName(c: Cursor, what: string): never {
  const word = c.peek().text;
  return c.fail(`expected ${what}`, `, found the keyword "${word}" (an attribute of that name is written \`${word}\`)`);
}

/** An inline literal or a :placeholder, or undefined if the next token is neither. */
export function parseValue(c: Cursor): Literal | ValueRef | undefined {
  const tok = c.peek();
  const literal = (value: Literal['value']): Literal => (c.next(), { type: 'literal', value, pos: tok.pos });
  switch (tok.kind) {
    case 'valueRef':
      c.next();
      return { type: 'valueRef', ref: tok.text, pos: tok.pos };
    case 'number':
      return literal({ N: tok.text });
    case 'string':
      return literal({ S: tok.text });
    case 'punct': {
      // A minus sign glued to a number is part of it; elsewhere "-" is subtraction (SET).
      const num = c.peek(1);
      if (tok.text !== '-' || num.kind !== 'number' || num.pos !== tok.end) return undefined;
      c.next();
      c.next();
      return { type: 'literal', value: { N: '-' + num.text }, pos: tok.pos };
    }
    case 'word': {
      const word = tok.text.toUpperCase();
      if (word === 'TRUE' || word === 'FALSE') return literal({ BOOL: word === 'TRUE' });
      if (word === 'NULL') return literal({ NULL: true });
      return undefined;
    }
    default:
      return undefined;
  }
}

/** An operand of a comparison, BETWEEN or IN: a path, a value, or size(path). */
export function parseOperand(c: Cursor, what: string): Operand {
  const value = parseValue(c);
  if (value) return value;
  const fn = peekFunction(c);
  if (fn === 'size') return parseSize(c);
  if (fn) {
    const tok = c.peek();
    const where = fn === 'if_not_exists' || fn === 'list_append' ? 'only allowed in SET' : 'a condition, not a value';
    failAt(`${fn}() is ${where}`, tok.pos);
  }
  return parsePath(c, what);
}

function parseSize(c: Cursor): Operand {
  const tok = c.next();
  c.next();
  const path = parsePath(c, 'a path in size()');
  c.expectPunct(')', '")" to close size(');
  return { type: 'size', path, pos: tok.pos };
}
