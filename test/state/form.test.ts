// Forms as data (src/state/form.ts) and the write flow's steps (src/state/writeFlow.ts):
// the pure steps a key makes in a one-line text field, the focus, choices and toggles, and
// form -> review -> sending -> result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Key } from 'ink';
import type { DeleteManyReport } from '../../src/dynamo/write/index.js';
import type { KeyPress } from '../../src/keys/keyName.js';
import {
  chosenValue, cursorIn, editText, firstField, focusOn, focusedField, moveFocus, type FieldSpec, type TextState,
} from '../../src/state/form.js';
import { flowReducer, formStep, reviewStep, type FlowAction, type PendingWrite, type WriteFailure, type WriteFlow } from '../../src/state/writeFlow.js';

/** A key as the queue holds it; `name` as keyName() gives it. */
const kp = (name: string, input = '', key: Partial<Key> = {}): KeyPress => ({ name, input, key });
const type = (ch: string) => kp(ch === ' ' ? 'space' : ch, ch);
const left = kp('left', '', { leftArrow: true });
const right = kp('right', '', { rightArrow: true });
const home = kp('home', '', { home: true });
const end = kp('end', '', { end: true });
const backspace = kp('backspace', '', { backspace: true });
const del = kp('backspace', '', { delete: true });
const ctrl = (letter: string) => kp(`ctrl+${letter}`, letter, { ctrl: true });

const edit = (s: TextState, ...keys: KeyPress[]): TextState => keys.reduce((t, k) => {
  const next = editText(t, k);
  assert.ok(next, `key ${k.name} refused`);
  return next;
}, s);

test('cursorIn: -1 and anything past the end mean the end', () => {
  const cases: [cursor: number, want: number][] = [[-1, 5], [-7, 5], [0, 0], [3, 3], [5, 5], [6, 5], [100, 5]];
  for (const [cursor, want] of cases) assert.equal(cursorIn('hello', cursor), want, String(cursor));
  assert.equal(cursorIn('', -1), 0);
});

test('editText: typing inserts at the cursor and moves it past what was typed', () => {
  const cases: { name: string; from: TextState; keys: KeyPress[]; want: TextState }[] = [
    { name: 'into an empty field', from: { text: '', cursor: -1 }, keys: [type('a'), type('b')], want: { text: 'ab', cursor: 2 } },
    { name: 'at the end (-1)', from: { text: 'abc', cursor: -1 }, keys: [type('d')], want: { text: 'abcd', cursor: 4 } },
    { name: 'in the middle', from: { text: 'ac', cursor: 1 }, keys: [type('b')], want: { text: 'abc', cursor: 2 } },
    { name: 'at the start', from: { text: 'bc', cursor: 0 }, keys: [type('a')], want: { text: 'abc', cursor: 1 } },
    { name: 'a space', from: { text: 'ab', cursor: 1 }, keys: [type(' ')], want: { text: 'a b', cursor: 2 } },
    { name: 'a pasted chunk', from: { text: '[]', cursor: 1 }, keys: [kp('"x", "y"', '"x", "y"')], want: { text: '["x", "y"]', cursor: 9 } },
    { name: 'a cursor past the end is the end', from: { text: 'ab', cursor: 9 }, keys: [type('c')], want: { text: 'abc', cursor: 3 } },
    { name: 'keys that are bindings elsewhere are text here', from: { text: '', cursor: 0 }, keys: ['q', '?', ':', '/', 'j', 'G'].map(type), want: { text: 'q?:/jG', cursor: 6 } },
    { name: 'shift is just the capital', from: { text: '', cursor: 0 }, keys: [kp('A', 'A', { shift: true })], want: { text: 'A', cursor: 1 } },
  ];
  for (const c of cases) assert.deepEqual(edit(c.from, ...c.keys), c.want, c.name);
});

test('editText: multi-byte input (accents, CJK) goes in whole and the cursor counts it', () => {
  assert.deepEqual(edit({ text: '', cursor: -1 }, type('é'), type('t'), type('é')), { text: 'été', cursor: 3 });
  assert.deepEqual(edit({ text: 'ab', cursor: 1 }, kp('日本', '日本')), { text: 'a日本b', cursor: 3 });
  assert.deepEqual(edit({ text: 'a日本b', cursor: 3 }, backspace), { text: 'a日b', cursor: 2 });
  assert.deepEqual(edit({ text: 'x', cursor: -1 }, kp('😀', '😀')), { text: 'x😀', cursor: 3 }, 'the cursor is in UTF-16 units, after the whole emoji');
});

test('editText: ← and backspace step over a whole emoji (a surrogate pair), never half of it',
  () => {
    assert.deepEqual(edit({ text: 'a😀', cursor: -1 }, backspace), { text: 'a', cursor: 1 });
    assert.deepEqual(edit({ text: 'a😀', cursor: -1 }, left), { text: 'a😀', cursor: 1 });
    assert.deepEqual(edit({ text: 'a😀b', cursor: 1 }, right), { text: 'a😀b', cursor: 3 });
  });

test('editText: backspace deletes before the cursor; at 0 it changes nothing', () => {
  const cases: { name: string; from: TextState; key: KeyPress; want: TextState }[] = [
    { name: 'at the end', from: { text: 'abc', cursor: -1 }, key: backspace, want: { text: 'ab', cursor: 2 } },
    { name: 'in the middle', from: { text: 'abc', cursor: 2 }, key: backspace, want: { text: 'ac', cursor: 1 } },
    { name: 'the delete flag is backspace too', from: { text: 'abc', cursor: 1 }, key: del, want: { text: 'bc', cursor: 0 } },
  ];
  for (const c of cases) assert.deepEqual(editText(c.from, c.key), c.want, c.name);
  const atStart = { text: 'abc', cursor: 0 };
  assert.equal(editText(atStart, backspace), atStart, 'at 0: the same state');
  const empty = { text: '', cursor: -1 };
  assert.equal(editText(empty, backspace), empty, 'empty: the same state');
});

test('editText: ←/→, home/end and ctrl+a/e/u move within the text', () => {
  const cases: { name: string; from: TextState; key: KeyPress; want: TextState }[] = [
    { name: '← from the end (-1)', from: { text: 'abc', cursor: -1 }, key: left, want: { text: 'abc', cursor: 2 } },
    { name: '← at 0 stays', from: { text: 'abc', cursor: 0 }, key: left, want: { text: 'abc', cursor: 0 } },
    { name: '→ in the middle', from: { text: 'abc', cursor: 1 }, key: right, want: { text: 'abc', cursor: 2 } },
    { name: '→ at the end stays', from: { text: 'abc', cursor: -1 }, key: right, want: { text: 'abc', cursor: 3 } },
    { name: 'home', from: { text: 'abc', cursor: -1 }, key: home, want: { text: 'abc', cursor: 0 } },
    { name: 'end', from: { text: 'abc', cursor: 1 }, key: end, want: { text: 'abc', cursor: 3 } },
    { name: 'ctrl+a', from: { text: 'abc', cursor: 2 }, key: ctrl('a'), want: { text: 'abc', cursor: 0 } },
    { name: 'ctrl+e', from: { text: 'abc', cursor: 0 }, key: ctrl('e'), want: { text: 'abc', cursor: 3 } },
    { name: 'ctrl+u deletes before the cursor', from: { text: 'hello world', cursor: 6 }, key: ctrl('u'), want: { text: 'world', cursor: 0 } },
    { name: 'ctrl+u at the end clears', from: { text: 'hello', cursor: -1 }, key: ctrl('u'), want: { text: '', cursor: 0 } },
    { name: 'ctrl+u at 0 keeps all', from: { text: 'hello', cursor: 0 }, key: ctrl('u'), want: { text: 'hello', cursor: 0 } },
  ];
  for (const c of cases) assert.deepEqual(editText(c.from, c.key), c.want, c.name);
  // A sequence: type, move, type in the middle, delete.
  assert.deepEqual(edit({ text: '', cursor: -1 }, type('a'), type('c'), left, type('b'), end, type('d'), home, del, right, backspace),
    { text: 'bcd', cursor: 0 });
});

test('editText refuses the keys a form or a list means (undefined)', () => {
  const refused: KeyPress[] = [
    kp('tab', '\t', { tab: true }),
    kp('shift+tab', '', { tab: true, shift: true }),
    kp('enter', '\r', { return: true }),
    kp('esc', '', { escape: true }),
    kp('up', '', { upArrow: true }),
    kp('down', '', { downArrow: true }),
    kp('pgup', '', { pageUp: true }),
    kp('pgdn', '', { pageDown: true }),
    ctrl('n'), ctrl('x'), ctrl('t'), ctrl('r'), ctrl('s'), ctrl('k'), ctrl('c'),
    kp('x', 'x', { meta: true }),
    kp('', '', {}),
  ];
  for (const k of refused) assert.equal(editText({ text: 'abc', cursor: 1 }, k), undefined, `${k.name || '(no input)'}${k.key.meta ? ' with meta' : ''}`);
});

const fields: FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'name' },
  { kind: 'choice', key: 'billing', label: 'billing', options: [{ value: 'A', label: 'a' }, { value: 'B', label: 'b' }, { value: 'C', label: 'c' }] },
  { kind: 'toggle', key: 'protect', label: 'protect' },
  { kind: 'text', key: 'note', label: 'note', readOnly: true },
];

test('moveFocus wraps both ways, puts the text cursor at the end, and clamps a stale focus', () => {
  const cases: { from: number; delta: number; want: number }[] = [
    { from: 0, delta: 1, want: 1 },
    { from: 3, delta: 1, want: 0 },
    { from: 0, delta: -1, want: 3 },
    { from: 2, delta: -1, want: 1 },
    { from: 1, delta: 2, want: 3 },
    { from: 9, delta: 1, want: 0 }, // stale: past the end is the last field
    { from: 9, delta: -1, want: 2 },
    { from: -4, delta: 1, want: 1 }, // below 0 is the first field
  ];
  for (const c of cases) assert.deepEqual(moveFocus(fields, { focus: c.from, cursor: 2 }, c.delta), { focus: c.want, cursor: -1 }, `${c.from} ${c.delta}`);
  const ui = { focus: 0, cursor: 3 };
  assert.equal(moveFocus([], ui, 1), ui, 'no fields: unchanged');
  assert.deepEqual(focusedField(fields, { focus: 7, cursor: -1 }), { field: fields[3], index: 3 });
  assert.deepEqual(focusedField([], firstField), { field: undefined, index: 0 });
});

test('focusOn puts the focus on the field with that key, or leaves it', () => {
  assert.deepEqual(focusOn(fields, 'protect', { focus: 0, cursor: 4 }), { focus: 2, cursor: -1 });
  const ui = { focus: 1, cursor: 0 };
  assert.equal(focusOn(fields, 'missing', ui), ui);
});

test('chosenValue: a choice steps forward, and backward with ←, wrapping; a toggle flips', () => {
  const choice = fields[1]!;
  const cases: { value: string | boolean | undefined; backwards: boolean; want: string }[] = [
    { value: 'A', backwards: false, want: 'B' },
    { value: 'B', backwards: false, want: 'C' },
    { value: 'C', backwards: false, want: 'A' },
    { value: 'A', backwards: true, want: 'C' },
    { value: 'C', backwards: true, want: 'B' },
    { value: undefined, backwards: false, want: 'A' },
  ];
  for (const c of cases) assert.equal(chosenValue(choice, c.value, c.backwards), c.want, `${String(c.value)} ${c.backwards ? '←' : '→'}`);
  const toggle = fields[2]!;
  assert.equal(chosenValue(toggle, false, false), true);
  assert.equal(chosenValue(toggle, true, false), false);
  assert.equal(chosenValue(toggle, true, true), false, '← flips a toggle too');
  assert.equal(chosenValue(toggle, undefined, false), true);
});

test('chosenValue: a disabled toggle, a text field or a choice without options is not changed (undefined)', () => {
  assert.equal(chosenValue({ kind: 'toggle', key: 'x', label: 'x', disabled: 'not on a GSI' }, false, false), undefined);
  assert.equal(chosenValue(fields[0]!, 'abc', false), undefined);
  assert.equal(chosenValue(fields[3]!, 'abc', true), undefined);
  assert.equal(chosenValue({ kind: 'choice', key: 'c', label: 'c', options: [] }, '', false), undefined);
});

test('chosenValue: ← on a choice with no value of its options goes to the last option',
  () => {
    const choice = fields[1]!;
    assert.equal(chosenValue(choice, undefined, true), 'C');
    assert.equal(chosenValue(choice, 'Z', true), 'C');
  });

// --- the write flow -------------------------------------------------------------------------

const pending: PendingWrite = {
  summary: 'DeleteItem year=1979 title=Alien from Movies',
  requests: [{ operation: 'DeleteItem', input: { TableName: 'Movies', Key: { year: { N: '1979' }, title: { S: 'Alien' } } } }],
  plan: { kind: 'batchDelete', table: 'Movies', keys: [] },
};
const failure: WriteFailure = { kind: 'error', problem: { title: 'Throttled', detail: 'slow down' } };
const report: DeleteManyReport = { deleted: 2, failed: [{ key: { year: { N: '1' } }, reason: 'throttled' }] };

test('formStep and reviewStep start where they say', () => {
  assert.deepEqual(formStep(), { step: 'form', ui: { focus: 0, cursor: -1 }, errors: {}, top: 0 });
  assert.deepEqual(reviewStep(pending), { step: 'review', ui: { focus: 0, cursor: -1 }, errors: {}, top: 0, pending });
});

test('flowReducer: each action from each step', () => {
  const typed: WriteFlow = { ...formStep(), ui: { focus: 2, cursor: 4 }, errors: { condition: 'bad' }, top: 7 };
  const review = flowReducer(typed, { type: 'review', pending });
  assert.deepEqual(review, { step: 'review', ui: { focus: 2, cursor: 4 }, errors: {}, top: 0, pending }, 'review: errors and scroll reset, focus kept');

  // back: only from the review.
  assert.deepEqual(flowReducer(review, { type: 'back' }), { ...review, step: 'form' });
  for (const f of [typed, { ...review, step: 'sending' as const }, { ...review, step: 'done' as const }]) {
    assert.equal(flowReducer(f, { type: 'back' }), f, `back from ${f.step}: same flow`);
  }

  const errors = flowReducer(review, { type: 'errors', errors: { name: 'required' }, focus: 1 });
  assert.deepEqual(errors, { ...review, step: 'form', errors: { name: 'required' }, ui: { focus: 1, cursor: -1 } });
  const errorsNoFocus = flowReducer(typed, { type: 'errors', errors: { values: 'not JSON' } });
  assert.deepEqual(errorsNoFocus.ui, typed.ui, 'no focus given: the focus stays');
  assert.deepEqual(errorsNoFocus.errors, { values: 'not JSON' });

  const sending = flowReducer(review, { type: 'sending', status: 'sending…' });
  assert.deepEqual(sending, { ...review, step: 'sending', status: 'sending…', stoppable: undefined });
  const waiting = flowReducer(sending, { type: 'sending', status: 'waiting for Movies to be ACTIVE', stoppable: true });
  assert.deepEqual([waiting.step, waiting.status, waiting.stoppable], ['sending', 'waiting for Movies to be ACTIVE', true]);

  const failed = flowReducer(waiting, { type: 'failed', failure });
  assert.deepEqual(failed, { ...waiting, step: 'form', failure, status: undefined, stoppable: undefined });
  assert.equal(failed.pending, pending, 'the reviewed request is kept');
  assert.deepEqual(failed.ui, typed.ui, 'the form comes back where it was');

  const done = flowReducer(sending, { type: 'done', report });
  assert.deepEqual(done, { ...sending, step: 'done', report, status: undefined, stoppable: undefined });
});

test('flowReducer: the review scroll is never negative', () => {
  const f = reviewStep(pending);
  const cases: [top: number, want: number][] = [[5, 5], [0, 0], [-1, 0], [-100, 0]];
  for (const [topAt, want] of cases) {
    const next = flowReducer(f, { type: 'scroll', top: topAt });
    assert.equal(next.top, want, String(topAt));
    assert.equal(next.step, 'review');
  }
});

test('flowReducer never changes the flow it is given', () => {
  const f: WriteFlow = { ...reviewStep(pending), errors: { a: 'x' } };
  const copy = structuredClone(f);
  const actions: FlowAction[] = [
    { type: 'review', pending }, { type: 'errors', errors: {} }, { type: 'back' }, { type: 'sending', status: 's' },
    { type: 'failed', failure }, { type: 'done', report }, { type: 'scroll', top: 3 },
  ];
  for (const a of actions) flowReducer(f, a);
  assert.deepEqual(f, copy);
});
