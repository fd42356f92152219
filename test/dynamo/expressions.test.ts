import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  compileExpression, createAllocator, isReservedWord, reservedWordCount, type ExpressionKind,
} from '../../src/dynamo/expressions/index.js';

type Names = Record<string, string>;
type Values = Record<string, AttributeValue>;
/** `given*` are the caller's explicit #names / :values; names/values are what is sent. */
interface Case { text: string; expression: string; names?: Names; values?: Values; givenNames?: Names; givenValues?: Values }

function compileOne(kind: ExpressionKind, text: string, userNames?: Names, userValues?: Values) {
  const alloc = createAllocator(userNames, userValues);
  const r = compileExpression(kind, text, alloc);
  if (!r.ok) assert.fail(`${kind} "${text}" failed: ${r.error.message}`);
  const done = alloc.finish();
  if (!done.ok) assert.fail(done.error.message);
  return { expression: r.expression, names: done.attributes.ExpressionAttributeNames, values: done.attributes.ExpressionAttributeValues };
}

function table(kind: ExpressionKind, cases: Case[]): void {
  for (const c of cases) {
    test(`${kind}: ${c.text}`, () => {
      assert.deepEqual(compileOne(kind, c.text, c.givenNames, c.givenValues), { expression: c.expression, names: c.names, values: c.values });
    });
  }
}

const N = (n: string) => ({ N: n });
const S = (s: string) => ({ S: s });
const SS = { SS: ['a', 'b'] };
const L = { L: [{ S: 'x' }] };

test('the reserved word list is complete and case-insensitive', () => {
  assert.equal(reservedWordCount, 573);
  for (const w of ['year', 'Name', 'STATUS', 'data', 'size', 'views', 'count', 'true', 'null']) assert.ok(isReservedWord(w), w);
  for (const w of ['info', 'rating', 'title', 'actors', 'pk', 'sk']) assert.ok(!isReservedWord(w), w);
});

table('filter', [
  { text: 'rating = 5', expression: 'rating = :v1', values: { ':v1': N('5') } },
  { text: 'a<>1', expression: 'a <> :v1', values: { ':v1': N('1') } },
  { text: 'a < 1 and b <= 2 OR c > 3 And d >= 4',
    expression: 'a < :v1 AND b <= :v2 OR c > :v3 AND d >= :v4',
    values: { ':v1': N('1'), ':v2': N('2'), ':v3': N('3'), ':v4': N('4') } },
  { text: 'year between 1990 and 1999', expression: '#year BETWEEN :v1 AND :v2',
    names: { '#year': 'year' }, values: { ':v1': N('1990'), ':v2': N('1999') } },
  { text: 'genre IN ("Drama", "Comedy", \'War\')', expression: 'genre IN (:v1, :v2, :v3)',
    values: { ':v1': S('Drama'), ':v2': S('Comedy'), ':v3': S('War') } },
  { text: 'not a = 1', expression: 'NOT a = :v1', values: { ':v1': N('1') } },
  { text: 'NOT (a = 1 OR b = 2)', expression: 'NOT (a = :v1 OR b = :v2)', values: { ':v1': N('1'), ':v2': N('2') } },
  { text: '(a = 1 OR b = 2) AND c = 3', expression: '(a = :v1 OR b = :v2) AND c = :v3',
    values: { ':v1': N('1'), ':v2': N('2'), ':v3': N('3') } },
  { text: '((a = 1)) OR (b = 2 AND c = 3)', expression: 'a = :v1 OR b = :v2 AND c = :v3',
    values: { ':v1': N('1'), ':v2': N('2'), ':v3': N('3') } },
  { text: 'a = 1 AND (b = 2 AND c = 3)', expression: 'a = :v1 AND (b = :v2 AND c = :v3)',
    values: { ':v1': N('1'), ':v2': N('2'), ':v3': N('3') } },
  { text: 'attribute_exists(info.plot)', expression: 'attribute_exists(info.plot)' },
  { text: 'ATTRIBUTE_NOT_EXISTS(#n)', expression: 'attribute_not_exists(#n)', givenNames: { '#n': 'x' }, names: { '#n': 'x' } },
  { text: 'attribute_type(info.genres, "SS")', expression: 'attribute_type(info.genres, :v1)', values: { ':v1': S('SS') } },
  { text: 'begins_with(title, "The")', expression: 'begins_with(title, :v1)', values: { ':v1': S('The') } },
  { text: 'contains(info.genres, \'Drama\')', expression: 'contains(info.genres, :v1)', values: { ':v1': S('Drama') } },
  { text: 'contains(tags, wanted)', expression: 'contains(tags, wanted)' },
  { text: 'size(info.actors) >= 3', expression: 'size(info.actors) >= :v1', values: { ':v1': N('3') } },
  { text: 'size(a) BETWEEN 1 AND size(b)', expression: 'size(a) BETWEEN :v1 AND size(b)', values: { ':v1': N('1') } },
  { text: 'a = b', expression: 'a = b' },
  { text: 'flag = true OR flag = FALSE OR gone = null', expression: 'flag = :v1 OR flag = :v2 OR gone = :v3',
    values: { ':v1': { BOOL: true }, ':v2': { BOOL: false }, ':v3': { NULL: true } } },
  { text: 'a = 1 AND b = 1', expression: 'a = :v1 AND b = :v1', values: { ':v1': N('1') } },
]);

table('filter', [
  { text: 'year = 1999', expression: '#year = :v1', names: { '#year': 'year' }, values: { ':v1': N('1999') } },
  { text: 'name = "x" AND status = "y" AND data = "z"', expression: '#name = :v1 AND #status = :v2 AND #data = :v3',
    names: { '#name': 'name', '#status': 'status', '#data': 'data' }, values: { ':v1': S('x'), ':v2': S('y'), ':v3': S('z') } },
  { text: 'size > 3', expression: '#size > :v1', names: { '#size': 'size' }, values: { ':v1': N('3') } },
  { text: 'size(size) > 3', expression: 'size(#size) > :v1', names: { '#size': 'size' }, values: { ':v1': N('3') } },
  { text: 'Year = 1 AND YEAR = 2', expression: '#Year = :v1 AND #YEAR = :v2',
    names: { '#Year': 'Year', '#YEAR': 'YEAR' }, values: { ':v1': N('1'), ':v2': N('2') } },
  { text: 'info.rating >= 7.5', expression: 'info.rating >= :v1', values: { ':v1': N('7.5') } },
  { text: 'info.actors[0] = "Tom"', expression: 'info.actors[0] = :v1', values: { ':v1': S('Tom') } },
  { text: 'a.b[2].c[10][3].d = 1', expression: 'a.b[2].c[10][3].d = :v1', values: { ':v1': N('1') } },
  { text: 'info.year = 1 AND info.status.name = 2', expression: 'info.#year = :v1 AND info.#status.#name = :v2',
    names: { '#year': 'year', '#status': 'status', '#name': 'name' }, values: { ':v1': N('1'), ':v2': N('2') } },
  { text: 'a.size = 1 AND a.and = 2', expression: 'a.#size = :v1 AND a.#and = :v2',
    names: { '#size': 'size', '#and': 'and' }, values: { ':v1': N('1'), ':v2': N('2') } },
  { text: '`my-attr` = 1', expression: '#my_attr = :v1', names: { '#my_attr': 'my-attr' }, values: { ':v1': N('1') } },
  { text: '`a.b` = 1 AND a.b = 2', expression: '#a_b = :v1 AND a.b = :v2',
    names: { '#a_b': 'a.b' }, values: { ':v1': N('1'), ':v2': N('2') } },
  { text: '`a-b` = 1 AND `a.b` = 2', expression: '#a_b = :v1 AND #a_b_1 = :v2',
    names: { '#a_b': 'a-b', '#a_b_1': 'a.b' }, values: { ':v1': N('1'), ':v2': N('2') } },
  { text: '`1st` = 1 AND `with space` = 2 AND `_id` = 3', expression: '#1st = :v1 AND #with_space = :v2 AND #_id = :v3',
    names: { '#1st': '1st', '#with_space': 'with space', '#_id': '_id' },
    values: { ':v1': N('1'), ':v2': N('2'), ':v3': N('3') } },
  { text: 'café = 1 AND `日本` = 2', expression: '#caf_ = :v1 AND #n = :v2',
    names: { '#caf_': 'café', '#n': '日本' }, values: { ':v1': N('1'), ':v2': N('2') } },
  { text: '`true` = true AND `null` = null', expression: '#true = :v1 AND #null = :v2',
    names: { '#true': 'true', '#null': 'null' }, values: { ':v1': { BOOL: true }, ':v2': { NULL: true } } },
  { text: '`back``tick` = 1', expression: '#back_tick = :v1', names: { '#back_tick': 'back`tick' }, values: { ':v1': N('1') } },
  { text: 'title = `title`', expression: 'title = title' },
]);

table('filter', [
  { text: 'n = 1999', expression: 'n = :v1', values: { ':v1': N('1999') } },
  { text: 'n = -7.5', expression: 'n = :v1', values: { ':v1': N('-7.5') } },
  { text: 'n = 1e10 OR n = 2.5E-3', expression: 'n = :v1 OR n = :v2', values: { ':v1': N('1e10'), ':v2': N('2.5E-3') } },
  { text: 'n = 0.000000000000000000000000000000000000001', expression: 'n = :v1',
    values: { ':v1': N('0.000000000000000000000000000000000000001') } },
  { text: 'n = 12345678901234567890123456789012345678', expression: 'n = :v1',
    values: { ':v1': N('12345678901234567890123456789012345678') } },
  { text: 'n = 1.0 OR n = 1', expression: 'n = :v1 OR n = :v2', values: { ':v1': N('1.0'), ':v2': N('1') } },
  { text: 'n = 007', expression: 'n = :v1', values: { ':v1': N('007') } },
  { text: 's = "a \\"q\\" \\\\ \\n \\u00e9"', expression: 's = :v1', values: { ':v1': S('a "q" \\ \n é') } },
  { text: "s = 'it''s C:\\dir'", expression: 's = :v1', values: { ':v1': S("it's C:\\dir") } },
  { text: 's = "" OR s = \'\'', expression: 's = :v1 OR s = :v1', values: { ':v1': S('') } },
  { text: 's = "1" OR s = 1', expression: 's = :v1 OR s = :v2', values: { ':v1': S('1'), ':v2': N('1') } },
]);

table('condition', [
  { text: 'attribute_not_exists(pk)', expression: 'attribute_not_exists(pk)' },
  { text: 'version = 3 AND attribute_exists(sk)', expression: 'version = :v1 AND attribute_exists(sk)', values: { ':v1': N('3') } },
]);

table('projection', [
  { text: 'title', expression: 'title' },
  { text: 'year,title , info.rating,info.actors[0]', expression: '#year, title, info.rating, info.actors[0]', names: { '#year': 'year' } },
  { text: '`my-attr`, `a.b`.c, name', expression: '#my_attr, #a_b.c, #name',
    names: { '#my_attr': 'my-attr', '#a_b': 'a.b', '#name': 'name' } },
]);

table('keyCondition', [
  { text: 'pk = "USER#1"', expression: 'pk = :v1', values: { ':v1': S('USER#1') } },
  { text: 'year = 1999 AND title = "X"', expression: '#year = :v1 AND title = :v2',
    names: { '#year': 'year' }, values: { ':v1': N('1999'), ':v2': S('X') } },
  { text: 'year = 1999 AND title < "M"', expression: '#year = :v1 AND title < :v2',
    names: { '#year': 'year' }, values: { ':v1': N('1999'), ':v2': S('M') } },
  { text: 'pk = 1 AND sk <= 2', expression: 'pk = :v1 AND sk <= :v2', values: { ':v1': N('1'), ':v2': N('2') } },
  { text: 'pk = 1 AND sk > 2', expression: 'pk = :v1 AND sk > :v2', values: { ':v1': N('1'), ':v2': N('2') } },
  { text: 'pk = 1 AND sk >= 2', expression: 'pk = :v1 AND sk >= :v2', values: { ':v1': N('1'), ':v2': N('2') } },
  { text: 'pk = "a" AND sk BETWEEN "b" AND "c"', expression: 'pk = :v1 AND sk BETWEEN :v2 AND :v3',
    values: { ':v1': S('a'), ':v2': S('b'), ':v3': S('c') } },
  { text: 'pk = "a" and begins_with(sk, "ORDER#")', expression: 'pk = :v1 AND begins_with(sk, :v2)',
    values: { ':v1': S('a'), ':v2': S('ORDER#') } },
  { text: 'begins_with(sk, "x") AND pk = "a"', expression: 'begins_with(sk, :v1) AND pk = :v2',
    values: { ':v1': S('x'), ':v2': S('a') } },
  { text: '(pk = "a") AND (sk > "b")', expression: 'pk = :v1 AND sk > :v2', values: { ':v1': S('a'), ':v2': S('b') } },
]);

table('update', [
  { text: 'SET a = 1', expression: 'SET a = :v1', values: { ':v1': N('1') } },
  { text: 'set info.rating = 7.5, info.plot = "new"', expression: 'SET info.rating = :v1, info.plot = :v2',
    values: { ':v1': N('7.5'), ':v2': S('new') } },
  { text: 'SET a = b + 1, c = d - -2', expression: 'SET a = b + :v1, c = d - :v2', values: { ':v1': N('1'), ':v2': N('-2') } },
  { text: 'SET n = n-1', expression: 'SET n = n - :v1', values: { ':v1': N('1') } },
  { text: 'SET b = if_not_exists(b, 0) + 5', expression: 'SET b = if_not_exists(b, :v1) + :v2', values: { ':v1': N('0'), ':v2': N('5') } },
  { text: 'SET c = list_append(c, :l)', expression: 'SET c = list_append(c, :l)', givenValues: { ':l': L }, values: { ':l': L } },
  { text: 'SET c = list_append(if_not_exists(c, :e), :l)', expression: 'SET c = list_append(if_not_exists(c, :e), :l)',
    givenValues: { ':l': L, ':e': { L: [] } }, values: { ':l': L, ':e': { L: [] } } },
  { text: 'REMOVE a, b[0], info.actors[3]', expression: 'REMOVE a, b[0], info.actors[3]' },
  { text: 'ADD views 1', expression: 'ADD #views :v1', names: { '#views': 'views' }, values: { ':v1': N('1') } },
  { text: 'ADD tags :t', expression: 'ADD tags :t', givenValues: { ':t': SS }, values: { ':t': SS } },
  { text: 'DELETE tags :t', expression: 'DELETE tags :t', givenValues: { ':t': SS }, values: { ':t': SS } },
  { text: 'remove x set y = 1 delete s :t add n -1', expression: 'REMOVE x SET y = :v1 DELETE s :t ADD n :v2',
    givenValues: { ':t': SS }, values: { ':t': SS, ':v1': N('1'), ':v2': N('-1') } },
  { text: 'SET status = "done", `count` = count + 1', expression: 'SET #status = :v1, #count = #count + :v2',
    names: { '#status': 'status', '#count': 'count' }, values: { ':v1': S('done'), ':v2': N('1') } },
  { text: 'SET a = true, b = null', expression: 'SET a = :v1, b = :v2', values: { ':v1': { BOOL: true }, ':v2': { NULL: true } } },
]);
