import type { Condition, ConditionFunction, Operand, Comparator } from './ast.js';
import type { Cursor } from './cursor.js';
import { failAt } from './errors.js';
import { parseOperand, parsePath, parseValue, peekFunction, type FunctionName } from './operands.js';

// DynamoDB's precedence, tightest first: comparisons, IN, BETWEEN; functions; NOT; AND; OR.
// Each level below is one function; parentheses restart at the loosest.

const COMPARATORS = new Set<string>(['=', '<>', '<', '<=', '>', '>=']);
const CONDITION_FUNCTIONS = new Set<FunctionName>([
  'attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains',
]);
const MAX_IN = 100;

export function parseCondition(c: Cursor): Condition {
  const cond = parseOr(c);
  if (!c.atEnd()) c.fail('expected AND, OR or the end');
  return cond;
}

function parseOr(c: Cursor): Condition {
  let left = parseAnd(c);
  for (let op = c.eatWord('OR'); op; op = c.eatWord('OR')) {
    left = { type: 'or', left, right: parseAnd(c), pos: op.pos };
  }
  return left;
}

function parseAnd(c: Cursor): Condition {
  let left = parseNot(c);
  for (let op = c.eatWord('AND'); op; op = c.eatWord('AND')) {
    left = { type: 'and', left, right: parseNot(c), pos: op.pos };
  }
  return left;
}

function parseNot(c: Cursor): Condition {
  const not = c.eatWord('NOT');
  if (!not) return parsePrimary(c);
  return c.nested(not.pos, () => ({ type: 'not', operand: parseNot(c), pos: not.pos }));
}

function parsePrimary(c: Cursor): Condition {
  const open = c.eatPunct('(');
  if (open) {
    return c.nested(open.pos, () => {
      const inner = parseOr(c);
      if (!c.eatPunct(')')) c.fail('unbalanced parentheses: expected ")"');
      return inner;
    });
  }
  const fn = peekFunction(c);
  if (fn && CONDITION_FUNCTIONS.has(fn)) return parseFunction(c, fn as ConditionFunction);
  const subject = parseOperand(c, 'a condition');
  return parseComparison(c, subject);
}

function parseComparison(c: Cursor, subject: Operand): Condition {
  const tok = c.peek();
  const pos = subject.pos;
  if (tok.kind === 'punct' && COMPARATORS.has(tok.text)) {
    c.next();
    const right = parseOperand(c, `a value or attribute name`);
    return { type: 'compare', op: tok.text as Comparator, left: subject, right, pos };
  }
  if (c.eatWord('BETWEEN')) {
    const low = parseOperand(c, 'a value or attribute name');
    if (!c.eatWord('AND')) c.fail('expected AND in "BETWEEN low AND high"');
    const high = parseOperand(c, 'a value or attribute name');
    return { type: 'between', subject, low, high, pos };
  }
  if (c.eatWord('IN')) return parseIn(c, subject);
  if (subject.type === 'size') {
    failAt('size() gives a number, not a condition: compare it, e.g. size(tags) > 2', subject.pos);
  }
  return c.fail('expected a comparator (= <> < <= > >=), BETWEEN or IN');
}

function parseIn(c: Cursor, subject: Operand): Condition {
  c.expectPunct('(', '"(" to start the IN list');
  if (c.isPunct(')')) c.fail('expected at least one value in the IN list');
  const list: Operand[] = [];
  do {
    if (list.length === MAX_IN) failAt(`IN takes at most ${MAX_IN} values`, c.peek().pos);
    list.push(parseOperand(c, 'a value or attribute name'));
  } while (c.eatPunct(','));
  c.expectPunct(')', '"," or ")" in the IN list');
  return { type: 'in', subject, list, pos: subject.pos };
}

function parseFunction(c: Cursor, name: ConditionFunction): Condition {
  const tok = c.next();
  c.next();
  const path = parsePath(c, `a path as the first argument of ${name}()`);
  let arg: Operand | undefined;
  if (name !== 'attribute_exists' && name !== 'attribute_not_exists') {
    c.expectPunct(',', `"," and a second argument to ${name}()`);
    // A value, or for contains/begins_with another path; size() makes no sense here.
    arg = parseValue(c) ?? parsePath(c, `a value or attribute name as the second argument of ${name}()`);
  }
  c.expectPunct(')', `")" to close ${name}(`);
  return { type: 'function', name, path, ...(arg ? { arg } : {}), pos: tok.pos };
}
