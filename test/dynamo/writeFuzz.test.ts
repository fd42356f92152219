// Fuzz of every field of every write builder and of the read form: random strings
// (arbitrary unicode, expression tokens, JSON fragments, numbers with many digits) never
// make a builder throw (it returns field errors or a built input), and building never
// sends anything: requests are counted at a real engine's gateway.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AttributeValue, TableDescription } from '@aws-sdk/client-dynamodb';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { moviesTable, MOVIES_GSI, MOVIES_LSI } from '../../src/demo/movies.js';
import { toTableInfo } from '../../src/dynamo/tableInfo.js';
import { ATTR_TYPES, type AttrType } from '../../src/dynamo/codec/index.js';
import {
  buildCounterInput, buildDeleteInput, buildEditInput, buildPutInput, buildUpdateExpressionInput, type Item,
} from '../../src/dynamo/write/index.js';
import { buildReadInput, emptyReadForm, SORT_OPS, type ReadForm } from '../../src/dynamo/read/form.js';
import { draftToItem, readRow, type DraftRow } from '../../src/state/editDraft.js';

const movies = toTableInfo(moviesTable as TableDescription);
const loaded: Item = {
  year: { N: '1999' }, title: { S: 'Fuzz' }, genre: { S: 'Drama' }, rating: { N: '7.5' },
  info: { M: { plot: { S: 'p' }, actors: { L: [{ S: 'A' }, { S: 'B' }] }, rank: { N: '3' } } },
  tags: { SS: ['a', 'b'] }, scores: { NS: ['1', '2.5'] }, blob: { B: new Uint8Array([1, 2, 3]) },
  blobs: { BS: [new Uint8Array([4])] }, seen: { BOOL: true }, nothing: { NULL: true }, list: { L: [{ N: '1' }] },
};
const key: Item = { year: loaded.year!, title: loaded.title! };

const TOKENS = [
  'set ', 'SET ', 'remove ', 'REMOVE ', 'add ', 'ADD ', 'delete ', 'DELETE ', ' = ', '=', '<>', '<', '<=', '>', '>=',
  ' and ', ' AND ', ' or ', ' not ', 'NOT ', ' between ', ' in ', '(', ')', ',', '.', '[', ']', '[0]', '[99999999999]',
  'info', 'info.rating', 'info.actors[0]', 'rating', 'year', 'title', 'genre', '#n', '#year', ':v', ':v1', ':r', ':',
  '#', 'size(', 'attribute_exists(', 'attribute_not_exists(', 'attribute_type(', 'begins_with(', 'contains(',
  'if_not_exists(', 'list_append(', '"', "'", '\\', '"x"', '\'y\'', '9.5', '-1', '1e5', '0x10', 'NaN', 'Infinity',
  '__proto__', 'constructor', 'prototype', ' ', '\t', '\n', '\u0000', '\u200b', 'é', '😀', '\ud800',
];
const JSON_BITS = [
  '{', '}', '[', ']', ',', ':', '"', '"a"', '":v"', '":r"', '"#n"', '{"N":"1"}', '{"S":"x"}', '{"SS":[]}', '{"B":"@@"}',
  '{"NULL":false}', '{"M":{}}', '{"$SS":', '{"$N":', 'null', 'true', 'false', '1.5', '-0', '1e400', '"\\u0000"',
  '"\\ud800"', '{"__proto__":1}', '[[[[[[', ']]]]]]', '"AAAA"', '"@@@="', ' ',
];
const pick = (list: string[]) => fc.array(fc.constantFrom(...list), { maxLength: 14 }).map((a) => a.join(''));
const digits = fc.tuple(
  fc.constantFrom('', '-', '+', '0', '.', '-0.'),
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 60 }),
  fc.constantFrom('', '.', '.5', 'e', 'e-130', 'E+126', 'e999', '0000000000'),
).map(([a, b, c]) => a + b + c);
/** One field's text: any of the four kinds, sometimes huge. */
const junk: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  pick(TOKENS),
  pick(JSON_BITS),
  digits,
  fc.constantFrom('', ' ', 'x'.repeat(5000), '['.repeat(3000), '('.repeat(3000), '9'.repeat(400)),
);
const attrType = fc.constantFrom(...(ATTR_TYPES as readonly AttrType[]));
const loadedNames = Object.keys(loaded);

const fields = fc.record({
  // edit rows: text and type of three rows (one keeps its loaded value), and a new attribute
  rows: fc.array(fc.record({ name: fc.constantFrom(...loadedNames, 'added'), type: attrType, text: junk, removed: fc.boolean() }), { maxLength: 3 }),
  newName: junk,
  condition: junk,
  values: junk,
  names: junk,
  update: junk,
  counterAttr: fc.oneof(junk, fc.constantFrom('rating', 'info', 'title', 'year', 'rank')),
  delta: fc.oneof(junk, digits),
  overwrite: fc.boolean(),
  onlyIfUnchanged: fc.boolean(),
  read: fc.record({
    mode: fc.constantFrom('scan' as const, 'query' as const),
    index: fc.constantFrom(undefined, MOVIES_GSI, MOVIES_LSI, 'Nope'),
    partitionValue: junk, sortOp: fc.constantFrom(undefined, ...SORT_OPS), sortValue: junk, sortValue2: junk,
    filter: junk, projection: junk, values: junk, names: junk, pageSize: fc.oneof(junk, digits),
    descending: fc.boolean(), consistent: fc.boolean(),
  }),
});
type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

type Outcome = { ok: boolean };
/** Builds everything the fields describe; never sends. Returns the outcomes, for shape checks. */
function buildAll(f: Fields): Outcome[] {
  const out: Outcome[] = [];
  // The edit form's rows: each row read alone (throws an Error with a message, which the
  // form shows) and the whole draft (returns errors).
  const rows: DraftRow[] = [
    ...Object.entries(loaded).map(([name, v]) => ({ name, type: Object.keys(v)[0] as AttrType, text: '', loaded: v, removed: false, key: name in key })),
  ];
  for (const r of f.rows) {
    const i = rows.findIndex((x) => x.name === r.name);
    const row: DraftRow = { name: r.name, type: r.type, text: r.text, loaded: loaded[r.name], removed: r.removed, key: false };
    if (i >= 0) rows[i] = { ...row, key: rows[i]!.key }; else rows.push(row);
    try { readRow(row); } catch (err) { assert.ok(err instanceof Error && err.message.length > 0, `readRow threw a non-Error: ${String(err)}`); }
  }
  // Rows not fuzzed keep the loaded value's text.
  const textOf = (v: AttributeValue) => JSON.stringify(Object.values(v)[0], (_k, x) => (x instanceof Uint8Array ? Buffer.from(x).toString('base64') : x));
  for (const row of rows) if (row.text === '' && !f.rows.some((r) => r.name === row.name) && row.loaded) row.text = textOf(row.loaded);
  rows.push({ name: f.newName, type: 'S', text: JSON.stringify(f.newName), removed: false, key: false });
  const draft = draftToItem({ rows, newName: f.newName, newType: 'S', newText: '', condition: f.condition, values: f.values });
  out.push(draft);
  const user = { text: f.condition, values: f.values, names: f.names };
  const edited: Item = draft.ok ? draft.item : { ...loaded, genre: { S: f.update } };
  out.push(buildEditInput(movies, 'Movies', loaded, edited, user));
  out.push(buildEditInput(movies, 'Movies', loaded, { ...loaded, [f.newName]: { S: f.condition } }, user));
  out.push(buildPutInput(movies, 'Movies', edited, { overwrite: f.overwrite, userCondition: user }));
  out.push(buildDeleteInput(movies, 'Movies', loaded, { onlyIfUnchanged: f.onlyIfUnchanged, userCondition: user }));
  out.push(buildDeleteInput(movies, 'Movies', edited, { onlyIfUnchanged: f.onlyIfUnchanged, userCondition: user }));
  out.push(buildUpdateExpressionInput(movies, 'Movies', loaded, f.update, f.condition, f.values, f.names));
  out.push(buildUpdateExpressionInput(movies, 'Movies', loaded, f.update, '', '', '', { onlyIfUnchanged: f.onlyIfUnchanged }));
  out.push(buildCounterInput(movies, 'Movies', loaded, f.counterAttr, f.delta));
  out.push(buildCounterInput(movies, 'Movies', loaded, ['info', f.counterAttr], f.delta));
  const form: ReadForm = { ...emptyReadForm(f.read.mode), ...f.read };
  out.push(buildReadInput(movies, form));
  return out;
}

function checkShape(o: Outcome) {
  assert.equal(typeof o.ok, 'boolean');
  if (!o.ok) {
    const errors = (o as unknown as { errors: unknown }).errors;
    assert.ok(errors && typeof errors === 'object', 'a failure carries errors');
    const list = Array.isArray(errors) ? errors.map((e: { message: string }) => e.message) : Object.values(errors as Record<string, string>);
    assert.ok(list.length > 0, 'a failure names at least one problem');
    for (const m of list) assert.ok(typeof m === 'string' && m.length > 0, 'each problem has a message');
  }
}

let engine: TestEngine;
let requests = 0;
before(async () => {
  engine = await seededEngine();
  engine.gateway.onRequest(() => requests++);
});
after(() => engine.close());

test('5,000 random field sets through every builder: never a throw, only errors or a built input', () => {
  let built = 0;
  let failed = 0;
  fc.assert(
    fc.property(fields, (f) => {
      for (const o of buildAll(f)) {
        checkShape(o);
        if (o.ok) built++; else failed++;
      }
    }),
    { numRuns: 5000, seed: 20261126 },
  );
  // The fuzz reaches both sides: some inputs build, most are refused.
  assert.ok(built > 0 && failed > 0, `built ${built}, failed ${failed}`);
});

test('building never sends: 300 random field sets built against a live engine, zero requests', async () => {
  const samples = fc.sample(fields, { numRuns: 300, seed: 7 });
  const before = requests;
  let built = 0;
  for (const f of samples) {
    for (const o of buildAll(f)) if (o.ok) built++; // build; only if ok would it be sent, and here it is not
    await new Promise((r) => setImmediate(r)); // let anything a builder might have queued go out
  }
  // The counter itself works: one real read is counted.
  await engine.gateway.call('GetItem', { TableName: 'Movies', Key: key });
  assert.ok(built > 0);
  assert.equal(requests - before, 1, 'only the one GetItem of this test was sent');
});
