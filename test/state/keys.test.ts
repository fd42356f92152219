// Key layers as data (src/app/layer.ts) and a form's layer (src/app/formLayer.ts), with
// hand-built layers and plain-object forms: which layer takes a key, and what the footer
// offers. Pure: no Ink, no React, no store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Key } from 'ink';
import { formLayer, type FormTarget } from '../../src/app/formLayer.js';
import { dispatchKey, footerHints, reachableBindings, type Handlers, type Layer } from '../../src/app/layer.js';
import type { Command } from '../../src/keys/bindings.js';
import { charKeyPress, type KeyPress } from '../../src/keys/keyName.js';
import type { FieldSpec, FormUi, FormValues } from '../../src/state/form.js';

const kp = (name: string, input = '', key: Partial<Key> = {}): KeyPress => ({ name, input, key });
const K = {
  esc: kp('esc', '', { escape: true }),
  enter: kp('enter', '\r', { return: true }),
  tab: kp('tab', '\t', { tab: true }),
  shiftTab: kp('shift+tab', '', { tab: true, shift: true }),
  up: kp('up', '', { upArrow: true }),
  down: kp('down', '', { downArrow: true }),
  left: kp('left', '', { leftArrow: true }),
  right: kp('right', '', { rightArrow: true }),
  space: kp('space', ' '),
  backspace: kp('backspace', '', { backspace: true }),
  ctrlX: kp('ctrl+x', 'x', { ctrl: true }),
  ctrlN: kp('ctrl+n', 'n', { ctrl: true }),
};
const ch = (c: string) => charKeyPress(c);

/** Handlers that log `<layer>:<command>` and return what `result` says for that command. */
function logging(log: string[], layer: string, commands: Command[], result: Partial<Record<Command, boolean>> = {}): Handlers {
  return Object.fromEntries(commands.map((c) => [c, () => { log.push(`${layer}:${c}`); return result[c]; }]));
}
const globalLayer = (log: string[]): Layer => ({ scopes: ['global'], handlers: logging(log, 'global', ['back', 'quit', 'help', 'command.start']) });

test('dispatchKey: the first layer with a handler for the key takes it; false passes it down', () => {
  const log: string[] = [];
  const upper: Layer = { scopes: ['items', 'lists'], handlers: logging(log, 'upper', ['cursor.down', 'open'], { 'cursor.down': false }) };
  const lower: Layer = { scopes: ['lists'], handlers: logging(log, 'lower', ['cursor.down', 'cursor.up']) };
  const layers = [upper, lower, globalLayer(log)];
  assert.equal(dispatchKey(layers, ch('j'), false), 'cursor.down');
  assert.deepEqual(log, ['upper:cursor.down', 'lower:cursor.down']);
  log.length = 0;
  assert.equal(dispatchKey(layers, K.enter, false), 'open', 'a handler returning nothing takes the key');
  assert.deepEqual(log, ['upper:open']);
  log.length = 0;
  assert.equal(dispatchKey(layers, ch('k'), false), 'cursor.up', 'a layer without the handler passes it on');
  assert.deepEqual(log, ['lower:cursor.up']);
  log.length = 0;
  assert.equal(dispatchKey(layers, ch('z'), false), undefined, 'a key nobody binds');
  assert.equal(dispatchKey(layers, ch('q'), false), 'quit');
  assert.deepEqual(log, ['global:quit']);
  assert.equal(dispatchKey([], ch('q'), false), undefined);
});

test('dispatchKey: a text field takes the keys its own scopes did not bind, before the keys below', () => {
  const log: string[] = [];
  const typed: string[] = [];
  const field: Layer = {
    scopes: ['form'],
    handlers: logging(log, 'form', ['form.submit', 'form.choose'], { 'form.choose': false }),
    text: (k) => { if (k.key.tab || k.key.upArrow) return false; typed.push(k.name); return true; },
  };
  const layers = [field, globalLayer(log)];
  const cases: { key: KeyPress; took: string | undefined; log: string[]; typed: string[] }[] = [
    { key: ch('x'), took: 'text', log: [], typed: ['x'] },
    { key: ch('q'), took: 'text', log: [], typed: ['q'] }, // quit is below: the field has it first
    { key: ch('?'), took: 'text', log: [], typed: ['?'] },
    { key: ch(':'), took: 'text', log: [], typed: [':'] },
    { key: K.enter, took: 'form.submit', log: ['form:form.submit'], typed: [] },
    // space is form.choose here; its handler declines, so the field types it.
    { key: K.space, took: 'text', log: ['form:form.choose'], typed: ['space'] },
    // tab is bound (form.next) but this layer has no handler for it: the field sees it, refuses it,
    // and it goes on down (no one below binds tab).
    { key: K.tab, took: undefined, log: [], typed: [] },
    { key: K.esc, took: 'text', log: [], typed: ['esc'] },
  ];
  for (const c of cases) {
    log.length = 0;
    typed.length = 0;
    assert.equal(dispatchKey(layers, c.key, false), c.took, c.key.name);
    assert.deepEqual(log, c.log, c.key.name);
    assert.deepEqual(typed, c.typed, c.key.name);
  }
});

test("dispatchKey: a layer's own handler for a global command wins over the global layer", () => {
  const log: string[] = [];
  let clears = true;
  const screen: Layer = { scopes: ['items', 'lists'], handlers: { back: () => { log.push('screen:back'); return clears; } } };
  const layers = [screen, globalLayer(log)];
  assert.equal(dispatchKey(layers, K.esc, false), 'back');
  assert.deepEqual(log, ['screen:back'], 'esc first clears the filter: the global back does not run');
  log.length = 0;
  clears = false;
  assert.equal(dispatchKey(layers, K.esc, false), 'back');
  assert.deepEqual(log, ['screen:back', 'global:back'], 'nothing to clear: it goes back');
  // A screen binding of its own for esc comes before its handler for the global command.
  log.length = 0;
  const review: Layer = { scopes: ['review'], handlers: logging(log, 'review', ['review.back', 'back']) };
  assert.equal(dispatchKey([review, globalLayer(log)], K.esc, false), 'review.back');
  assert.deepEqual(log, ['review:review.back']);
});

test('dispatchKey: a capturing overlay stops every key it does not take', () => {
  const log: string[] = [];
  const helpOverlay: Layer = { scopes: ['help'], capture: true, handlers: logging(log, 'help', ['help.close', 'scroll.down']) };
  const screen: Layer = { scopes: ['items', 'lists'], handlers: logging(log, 'screen', ['cursor.down', 'filter.start', 'open']) };
  const layers = [helpOverlay, screen, globalLayer(log)];
  const cases: { key: KeyPress; took: string | undefined; log: string[] }[] = [
    { key: ch('j'), took: 'scroll.down', log: ['help:scroll.down'] },
    { key: ch('q'), took: 'help.close', log: ['help:help.close'] }, // q closes help, it does not quit
    { key: K.esc, took: 'help.close', log: ['help:help.close'] },
    { key: ch('/'), took: undefined, log: [] },
    { key: K.enter, took: undefined, log: [] },
    { key: ch(':'), took: undefined, log: [] },
    { key: ch('k'), took: undefined, log: [] }, // bound in help (scroll.up) but no handler: still stopped
  ];
  for (const c of cases) {
    log.length = 0;
    assert.equal(dispatchKey(layers, c.key, false), c.took, c.key.name);
    assert.deepEqual(log, c.log, c.key.name);
  }
  // A capturing layer with a text field: the keys the field refuses stop there too.
  const typed: string[] = [];
  const command: Layer = { scopes: ['command'], capture: true, handlers: {}, text: (k) => (k.key.upArrow ? false : (typed.push(k.name), true)) };
  log.length = 0;
  assert.equal(dispatchKey([command, screen, globalLayer(log)], K.up, false), undefined);
  assert.equal(dispatchKey([command, screen, globalLayer(log)], ch('q'), false), 'text');
  assert.deepEqual(typed, ['q']);
  assert.deepEqual(log, []);
});

test('read-only: write commands are neither dispatched nor offered', () => {
  const log: string[] = [];
  const items: Layer = { scopes: ['items', 'table', 'lists'], handlers: logging(log, 'items', ['open', 'item.delete', 'item.edit', 'item.new', 'item.mark', 'request.show', 'table.import']) };
  const layers = [items, globalLayer(log)];
  const cases: { key: KeyPress; rw: string; ro: string | undefined }[] = [
    { key: ch('d'), rw: 'item.delete', ro: undefined },
    { key: ch('e'), rw: 'item.edit', ro: undefined },
    { key: ch('n'), rw: 'item.new', ro: undefined },
    { key: K.space, rw: 'item.mark', ro: undefined },
    { key: ch('I'), rw: 'table.import', ro: undefined },
    { key: ch('x'), rw: 'request.show', ro: 'request.show' },
    { key: K.enter, rw: 'open', ro: 'open' },
  ];
  for (const c of cases) {
    log.length = 0;
    assert.equal(dispatchKey(layers, c.key, true), c.ro, `read-only ${c.key.name}`);
    assert.deepEqual(log, c.ro ? [`items:${c.ro}`] : [], `read-only ${c.key.name}: no handler ran`);
    assert.equal(dispatchKey(layers, c.key, false), c.rw, c.key.name);
  }
  const review: Layer = { scopes: ['review'], handlers: logging(log, 'review', ['review.send', 'review.back']) };
  assert.equal(dispatchKey([review], K.enter, true), undefined, 'enter on a review sends nothing under --read-only');

  const ro = footerHints(layers, true).map((h) => h.command);
  const rw = footerHints(layers, false).map((h) => h.command);
  assert.deepEqual(ro, ['open', 'request.show', 'back', 'help', 'command.start', 'quit']);
  assert.deepEqual(rw, ['open', 'request.show', 'item.edit', 'item.new', 'item.delete', 'back', 'help', 'command.start', 'quit']);
  assert.deepEqual(reachableBindings(layers, true).filter((b) => b.write), []);
});

test('the footer offers only the commands a reachable layer has a handler for, in table order', () => {
  const items: Layer = { scopes: ['items', 'table', 'lists'], handlers: { open: () => {}, 'page.next': () => {}, 'cursor.down': () => {}, refresh: () => {} } };
  const onlyQuit: Layer = { scopes: ['global'], handlers: { quit: () => {} } };
  assert.deepEqual(footerHints([items, onlyQuit], false), [
    { command: 'open', key: 'enter', text: 'open' },
    { command: 'page.next', key: ']', text: 'next page' },
    { command: 'refresh', key: 'R', text: 're-run' },
    { command: 'quit', key: 'q', text: 'quit' },
  ], 'cursor.down has a handler but no footer flag; help has a binding but no handler');
  assert.deepEqual(reachableBindings([items, onlyQuit], false).map((b) => b.command), ['cursor.down', 'open', 'page.next', 'refresh', 'quit']);
  // A capturing overlay: nothing of the layers below is offered.
  const helpOverlay: Layer = { scopes: ['help'], capture: true, handlers: { 'help.close': () => {} } };
  assert.deepEqual(reachableBindings([helpOverlay, items, onlyQuit], false).map((b) => b.command), ['help.close']);
  assert.deepEqual(footerHints([helpOverlay, items, onlyQuit], false), []);
  // Descriptions lose their parenthesis in the footer.
  const form: Layer = { scopes: ['form'], handlers: { 'form.cancel': () => {} } };
  assert.deepEqual(footerHints([form], false), [{ command: 'form.cancel', key: 'esc', text: 'cancel' }]);
});

test('a key taken by a higher layer is not offered again by a lower one', () => {
  const noop = () => {};
  const filter: Layer = { scopes: ['filter'], handlers: { 'filter.clear': noop, 'filter.accept': noop } };
  const items: Layer = { scopes: ['items', 'lists'], handlers: { open: noop, 'filter.start': noop, 'cursor.down': noop } };
  const global: Layer = { scopes: ['global'], handlers: { back: noop, quit: noop, help: noop } };
  assert.deepEqual(reachableBindings([filter, items, global], false).map((b) => b.command),
    ['filter.clear', 'filter.accept', 'cursor.down', 'filter.start', 'help', 'quit'],
    'enter (open) and esc (back) belong to the filter field');
  // A binding with one of its keys still free is offered: help takes q, quit keeps ctrl+c.
  const helpOverlay: Layer = { scopes: ['help'], handlers: { 'help.close': noop } };
  assert.deepEqual(reachableBindings([helpOverlay, global], false).map((b) => b.command), ['help.close', 'quit']);
});

test('within one layer a key is offered once: the binding the key would reach',
  () => {
    const noop = () => {};
    const review: Layer = { scopes: ['review'], handlers: { 'review.send': noop, 'review.back': noop, back: noop } };
    const escs = footerHints([review], false).filter((h) => h.key === 'esc').map((h) => h.command);
    assert.deepEqual(escs, ['review.back']);
    const form = formLayer({ fields: [], values: {}, ui: { focus: 0, cursor: -1 }, set: noop, setUi: noop, submit: noop, cancel: noop });
    assert.deepEqual(footerHints([form], false).filter((h) => h.key === 'esc').map((h) => h.command), ['form.cancel']);
  });

// --- a form's layer -------------------------------------------------------------------------

const fields: FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'name' },
  { kind: 'choice', key: 'billing', label: 'billing', options: [{ value: 'A', label: 'a' }, { value: 'B', label: 'b' }, { value: 'C', label: 'c' }] },
  { kind: 'toggle', key: 'protect', label: 'protect' },
  { kind: 'toggle', key: 'consistent', label: 'consistent', disabled: 'not on a GSI' },
  { kind: 'text', key: 'arn', label: 'arn', readOnly: true },
  { kind: 'text', key: 'note', label: 'note' },
];

/** A form held in plain objects; each key builds the layer from it as it is (as the app does). */
class PlainForm {
  values: FormValues;
  ui: FormUi;
  log: string[] = [];
  took: (string | undefined)[] = [];
  constructor(values: FormValues, ui: FormUi, private extra: Partial<FormTarget> = {}, private below: Layer[] = []) {
    this.values = { ...values };
    this.ui = ui;
  }
  layer(): Layer {
    return formLayer({
      fields,
      values: this.values,
      ui: this.ui,
      set: (key, value, ui) => { this.log.push(`set ${key}=${String(value)}`); this.values = { ...this.values, [key]: value }; this.ui = ui; },
      setUi: (ui) => { this.ui = ui; },
      submit: () => { this.log.push('submit'); },
      cancel: () => { this.log.push('cancel'); },
      ...this.extra,
    });
  }
  press(...keys: KeyPress[]): this {
    for (const k of keys) this.took.push(dispatchKey([this.layer(), ...this.below], k, false));
    return this;
  }
}

const start: FormValues = { name: 'Aien', billing: 'A', protect: false, consistent: false, arn: 'arn:aws:x', note: '' };

test('form: tab / shift+tab / ↓ / ↑ move the focus, wrapping', () => {
  const cases: { keys: KeyPress[]; focus: number; took: string[] }[] = [
    { keys: [K.tab], focus: 1, took: ['form.next'] },
    { keys: [K.down, K.down], focus: 2, took: ['form.next', 'form.next'] },
    { keys: [K.shiftTab], focus: 5, took: ['form.previous'] },
    { keys: [K.up, K.up], focus: 4, took: ['form.previous', 'form.previous'] },
    { keys: [K.tab, K.tab, K.tab, K.tab, K.tab, K.tab], focus: 0, took: Array(6).fill('form.next') },
  ];
  for (const c of cases) {
    const f = new PlainForm(start, { focus: 0, cursor: 2 }).press(...c.keys);
    assert.deepEqual(f.ui, { focus: c.focus, cursor: -1 }, c.keys.map((k) => k.name).join(' '));
    assert.deepEqual(f.took, c.took);
    assert.deepEqual(f.values, start, 'moving changes no value');
  }
});

test('form: space and → step a choice forward, ← backward; they flip a toggle; a disabled toggle stays', () => {
  const onChoice = { focus: 1, cursor: -1 };
  const cases: { keys: KeyPress[]; want: string }[] = [
    { keys: [K.space], want: 'B' },
    { keys: [K.right], want: 'B' },
    { keys: [K.right, K.right], want: 'C' },
    { keys: [K.right, K.right, K.right], want: 'A' },
    { keys: [K.left], want: 'C' },
    { keys: [K.left, K.left], want: 'B' },
    { keys: [K.right, K.left], want: 'A' },
  ];
  for (const c of cases) {
    const f = new PlainForm(start, onChoice).press(...c.keys);
    assert.equal(f.values.billing, c.want, c.keys.map((k) => k.name).join(' '));
    assert.deepEqual(f.took, c.keys.map(() => 'form.choose'));
    assert.deepEqual(f.ui, onChoice, 'the focus stays');
  }
  const toggle = new PlainForm(start, { focus: 2, cursor: -1 });
  toggle.press(K.space);
  assert.equal(toggle.values.protect, true);
  toggle.press(K.left);
  assert.equal(toggle.values.protect, false);
  toggle.press(K.right);
  assert.equal(toggle.values.protect, true);
  assert.deepEqual(toggle.log, ['set protect=true', 'set protect=false', 'set protect=true']);

  const disabled = new PlainForm(start, { focus: 3, cursor: -1 }).press(K.space, K.left, K.right, ch('x'));
  assert.equal(disabled.values.consistent, false);
  assert.deepEqual(disabled.log, []);
  assert.deepEqual(disabled.took, [undefined, undefined, undefined, undefined]);
});

test('form: typing goes into the focused text field at its cursor; ←/→ and space are the field\'s there', () => {
  const f = new PlainForm(start, { focus: 0, cursor: 1 }).press(ch('l'));
  assert.equal(f.values.name, 'Alien');
  assert.deepEqual(f.ui, { focus: 0, cursor: 2 });
  f.press(K.right, K.right, K.right, ch('s'));
  assert.equal(f.values.name, 'Aliens');
  assert.deepEqual(f.ui, { focus: 0, cursor: 6 });
  f.press(K.left, K.backspace, K.space);
  assert.equal(f.values.name, 'Alie s');
  assert.deepEqual(f.took, ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text']);
  // At the end (-1), then on to another field, whose text starts empty.
  const g = new PlainForm(start, { focus: 0, cursor: -1 }).press(ch('!'), K.shiftTab, ch('h'), ch('i'));
  assert.equal(g.values.name, 'Aien!');
  assert.equal(g.values.note, 'hi');
  assert.deepEqual(g.ui, { focus: 5, cursor: 2 });
});

test('form: q, ? and : in a text field are typed, not the global keys below', () => {
  const log: string[] = [];
  const f = new PlainForm(start, { focus: 5, cursor: -1 }, {}, [globalLayer(log)]).press(ch('q'), ch('?'), ch(':'));
  assert.equal(f.values.note, 'q?:');
  assert.deepEqual(log, []);
});

test('form: a read-only text field takes no typing', () => {
  const log: string[] = [];
  const f = new PlainForm(start, { focus: 4, cursor: -1 }, {}, [globalLayer(log)]).press(ch('x'), K.backspace, K.left, K.space);
  assert.equal(f.values.arn, 'arn:aws:x');
  assert.deepEqual(f.log, []);
  assert.deepEqual(f.took, [undefined, undefined, undefined, undefined]);
  assert.deepEqual(log, []);
});

test('form: enter submits, esc cancels (before the global back)', () => {
  const log: string[] = [];
  const f = new PlainForm(start, { focus: 0, cursor: -1 }, {}, [globalLayer(log)]).press(K.enter, K.esc);
  assert.deepEqual(f.log, ['submit', 'cancel']);
  assert.deepEqual(f.took, ['form.submit', 'form.cancel']);
  assert.deepEqual(log, []);
  assert.deepEqual(f.values, start);
});

test("form: a field command runs with the focused field's key, in the form's own scope", () => {
  const ran: string[] = [];
  const extra: Partial<FormTarget> = {
    scopes: ['attributes', 'form'],
    commands: { 'attribute.remove': (key) => ran.push(`remove ${key}`), 'attribute.add': (key) => ran.push(`add ${key}`) },
  };
  const f = new PlainForm(start, { focus: 5, cursor: -1 }, extra).press(K.ctrlX, K.tab, K.ctrlX, K.tab, K.ctrlN);
  assert.deepEqual(ran, ['remove note', 'remove name', 'add billing']);
  assert.deepEqual(f.took, ['attribute.remove', 'form.next', 'attribute.remove', 'form.next', 'attribute.add']);
  // Without its scope the command's key is not bound: the text field refuses ctrl+x, nothing runs.
  const plain = new PlainForm(start, { focus: 5, cursor: -1 }, { commands: extra.commands }).press(K.ctrlX);
  assert.deepEqual(plain.took, [undefined]);
  assert.deepEqual(ran, ['remove note', 'remove name', 'add billing']);
  assert.equal(plain.values.note, '');
});

test('form: a form with no fields still submits and cancels, and moves nowhere', () => {
  const noop = () => {};
  let ui: FormUi = { focus: 0, cursor: -1 };
  const log: string[] = [];
  const layer = () => formLayer({ fields: [], values: {}, ui, set: noop, setUi: (u) => { ui = u; }, submit: () => log.push('submit'), cancel: () => log.push('cancel') });
  assert.equal(dispatchKey([layer()], K.tab, false), 'form.next');
  assert.deepEqual(ui, { focus: 0, cursor: -1 });
  assert.equal(dispatchKey([layer()], K.space, false), undefined);
  assert.equal(dispatchKey([layer()], ch('a'), false), undefined);
  assert.equal(dispatchKey([layer()], K.enter, false), 'form.submit');
  assert.equal(dispatchKey([layer()], K.esc, false), 'form.cancel');
  assert.deepEqual(log, ['submit', 'cancel']);
});
