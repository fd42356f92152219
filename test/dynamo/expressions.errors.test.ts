import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caret, compileExpression, createAllocator, type ExpressionKind } from '../../src/dynamo/expressions/index.js';

// [kind, input, expected position, words the message must contain]
const cases: [ExpressionKind, string, number, string][] = [
  ['filter', '', 0, 'expected a condition'],
  ['filter', '   ', 3, 'expected a condition'],
  ['filter', 'year 1999', 5, 'expected a comparator (= <> < <= > >=), BETWEEN or IN after "year", found "1999" at 5'],
  ['filter', 'year', 4, 'expected a comparator'],
  ['filter', '(a = 1', 6, 'unbalanced parentheses: expected ")"'],
  ['filter', '((a = 1) AND b = 2', 18, 'unbalanced parentheses'],
  ['filter', 'a = 1)', 5, 'expected AND, OR or the end after "1", found ")"'],
  ['filter', 'a = 1 AND', 9, 'expected a condition after "AND"'],
  ['filter', 'a = 1 AND AND b = 2', 10, 'found the keyword "AND"'],
  ['filter', 'AND a = 1', 0, 'found the keyword "AND"'],
  ['filter', 'a = 1 OR', 8, 'expected a condition'],
  ['filter', 'NOT', 3, 'expected a condition'],
  ['filter', 'a BETWEEN 1 2', 12, 'expected AND in "BETWEEN low AND high"'],
  ['filter', 'a BETWEEN 1', 11, 'expected AND'],
  ['filter', 'a BETWEEN 1 AND', 15, 'expected a value or attribute name'],
  ['filter', 'foo(a) = 1', 0, 'unknown function "foo"'],
  ['filter', 'a = 1 AND bar(b)', 10, 'unknown function "bar"'],
  ['filter', 'a IN ()', 6, 'expected at least one value in the IN list'],
  ['filter', 'a IN 1', 5, 'expected "(" to start the IN list'],
  ['filter', 'a IN (1, 2', 10, '"," or ")" in the IN list'],
  ['filter', `a IN (${Array.from({ length: 101 }, (_, i) => i).join(',')})`, 296, 'IN takes at most 100 values'],
  ['filter', 'size(a)', 0, 'size() gives a number, not a condition'],
  ['filter', 'a = 1 AND size(b)', 10, 'size() gives a number'],
  ['filter', 'size(a = 1', 7, 'expected ")" to close size('],
  ['filter', 'a = ', 4, 'expected a value or attribute name after "="'],
  ['filter', 'a == 1', 2, 'use = or <>'],
  ['filter', 'a != 1', 2, 'use = or <>'],
  ['filter', 'a = "abc', 4, 'unterminated string'],
  ['filter', "a = 'abc", 4, 'unterminated string'],
  ['filter', '`abc = 1', 0, 'unterminated name'],
  ['filter', '`` = 1', 0, 'an attribute name cannot be empty'],
  ['filter', 'a = "\\q"', 5, 'invalid escape'],
  ['filter', 'a = "\\u12"', 5, 'expected 4 hex digits'],
  ['filter', 'a = 1x', 4, 'invalid number "1x"'],
  ['filter', 'a = 1.', 4, 'invalid number "1."'],
  ['filter', 'a = 1e', 4, 'invalid number'],
  ['filter', 'a[x] = 1', 2, 'expected a list index'],
  ['filter', 'a[-1] = 1', 2, 'expected a list index'],
  ['filter', 'a[1 = 1', 4, 'expected "]"'],
  ['filter', 'a. = 1', 3, 'expected an attribute name after "."'],
  ['filter', 'a = b + 1', 6, 'expected AND, OR or the end'],
  ['filter', 'a = -b', 4, 'expected a value or attribute name'],
  ['filter', 'a = - 1', 4, 'expected a value or attribute name'],
  ['filter', 'begins_with(a)', 13, 'expected "," and a second argument to begins_with()'],
  ['filter', 'attribute_exists(a, b)', 18, 'expected ")" to close attribute_exists('],
  ['filter', 'attribute_exists(1)', 17, 'expected a path as the first argument of attribute_exists()'],
  ['filter', 'if_not_exists(a, 1) = 1', 0, 'if_not_exists() is only allowed in SET'],
  ['filter', 'a = begins_with(b, "x")', 4, 'begins_with() is a condition, not a value'],
  ['filter', 'a @ 1', 2, 'unexpected character "@"'],
  ['filter', 'a = : ', 5, 'expected a placeholder name after ":"'],
  ['filter', '# = 1', 1, 'expected a placeholder name after "#"'],
  ['filter', 'a = :missing', 4, ':missing has no value in the values field'],
  ['filter', 'x = 1 AND #n = 1', 10, '#n is not defined in the attribute names'],
  ['filter', 'set = 1', 0, 'found the keyword "set" (an attribute of that name is written `set`)'],
  ['filter', '('.repeat(100) + 'a = 1' + ')'.repeat(100), 64, 'nested more than 64 levels'],
  ['filter', 'NOT '.repeat(100) + 'a = 1', 256, 'nested more than 64 levels'],
  ['condition', 'a = 1 a = 2', 6, 'expected AND, OR or the end'],

  ['keyCondition', 'pk = 1 OR sk = 2', 7, 'OR is not allowed in a key condition'],
  ['keyCondition', 'NOT pk = 1', 0, 'NOT is not allowed in a key condition'],
  ['keyCondition', 'pk IN (1, 2)', 0, 'IN is not allowed in a key condition'],
  ['keyCondition', 'pk = 1 AND attribute_exists(sk)', 11, 'attribute_exists() is not allowed in a key condition'],
  ['keyCondition', 'pk = 1 AND contains(sk, "x")', 11, 'contains() is not allowed'],
  ['keyCondition', 'pk = 1 AND sk <> 2', 11, '<> is not allowed in a key condition'],
  ['keyCondition', 'pk = 1 AND sk = 2 AND x = 3', 18, 'at most two parts'],
  ['keyCondition', 'pk = 1 AND (sk = 2 AND x = 3)', 19, 'at most two parts'],
  ['keyCondition', 'pk < 1', 0, 'a key condition needs "partitionKey = value"'],
  ['keyCondition', 'pk > 1 AND sk < 2', 0, 'needs "partitionKey = value"'],
  ['keyCondition', 'info.pk = 1', 0, 'key attributes are top-level'],
  ['keyCondition', 'pk = sk', 5, 'compared with a value, not another attribute'],
  ['keyCondition', 'size(pk) = 1', 0, 'must start with a key attribute name'],
  ['keyCondition', '1 = pk', 0, 'must start with a key attribute name'],
  ['keyCondition', 'pk = 1 AND pk > 2', 11, 'name the same attribute'],
  ['keyCondition', 'pk = 1 AND begins_with(sk, prefix)', 27, 'compared with a value'],
  ['keyCondition', 'pk = 1 AND sk BETWEEN 1', 23, 'expected AND in "BETWEEN'],

  ['update', '', 0, 'expected SET, REMOVE, ADD or DELETE'],
  ['update', 'a = 1', 0, 'expected SET, REMOVE, ADD or DELETE'],
  ['update', 'SET a = 1 SET b = 2', 10, 'SET may appear only once'],
  ['update', 'SET a', 5, 'expected "=" in "path = value"'],
  ['update', 'SET a = ', 8, 'expected a value or attribute name'],
  ['update', 'SET a = b + c + d', 14, 'only one + or -'],
  ['update', 'SET a = 1,', 10, 'expected a path to set'],
  ['update', 'SET a = size(b)', 8, 'size() cannot be used in SET'],
  ['update', 'SET a = attribute_exists(b)', 8, 'cannot be used in SET'],
  ['update', 'SET a = foo(b)', 8, 'unknown function "foo"'],
  ['update', 'SET a = 1 b = 2', 10, 'expected "," or SET, REMOVE, ADD, DELETE or the end after "1", found "b"'],
  ['update', 'SET a = if_not_exists(1, 2)', 22, 'expected a path as the first argument of if_not_exists()'],
  ['update', 'SET a = list_append(a)', 21, 'expected "," and a second list'],
  ['update', 'REMOVE', 6, 'expected a path to remove'],
  ['update', 'REMOVE a b', 9, 'expected "," or SET'],
  ['update', 'ADD a "x"', 6, 'ADD takes a number or a set'],
  ['update', 'ADD a', 5, 'expected a :value after the path in ADD'],
  ['update', 'DELETE s 1', 9, 'DELETE takes a set'],
  ['update', 'DELETE s :gone', 9, ':gone has no value'],

  ['projection', '', 0, 'expected an attribute to project'],
  ['projection', 'a,', 2, 'expected an attribute to project after ","'],
  ['projection', 'a b', 2, 'expected "," or the end'],
  ['projection', 'a, 1', 3, 'expected an attribute to project'],
  ['projection', 'a, "b"', 3, 'expected an attribute to project'],
];

for (const [kind, text, position, words] of cases) {
  test(`${kind} rejects ${JSON.stringify(text.length > 40 ? text.slice(0, 37) + '...' : text)} at ${position}`, () => {
    const alloc = createAllocator();
    const r = compileExpression(kind, text, alloc);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.position, position, r.error.message);
    assert.ok(r.error.message.includes(words), `message "${r.error.message}" lacks "${words}"`);
    assert.ok(r.error.message.endsWith(` at ${position}`), r.error.message);
    // A failed compile must not leave placeholders behind in the shared allocator.
    assert.deepEqual(alloc.result(), {});
  });
}

test('caret points under the error, on the line that holds it', () => {
  assert.equal(caret('year 1999', 5), 'year 1999\n     ^');
  assert.equal(caret('abc', 3), 'abc\n   ^');
  assert.equal(caret('a = 1\nAND b', 9), 'AND b\n   ^');
  assert.equal(caret('\tx y', 3), '\tx y\n\t  ^');
});
