// Bad input in every field of every form never crashes the app and never writes: random
// short strings (quotes, backslashes, unicode, control characters other than ctrl+c) are
// typed into each text field of the edit, new-item, delete, update, scan and query forms,
// enter is pressed, and any review is left with esc, never confirmed. Requests are counted
// on every gateway the app makes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { KEY, plain, renderApp, type Rendered } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import { DynamoGateway } from '../../src/dynamo/client.js';
import { WRITE_OPERATIONS } from '../../src/dynamo/readOnly.js';

let engine: TestEngine;
before(async () => { engine = await seededEngine(); });
after(() => engine.close());

// 25 rounds per form keeps the file under a minute on two shared cores.
const PER_FORM = 25;
// ctrl+c quits; esc, tab, enter and newline are the form's own navigation, pressed by the
// test itself. Every other control character is fair game.
const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\x03\x1b\t\r\n'.includes(c));
const unit = fc.oneof(
  fc.constantFrom(...'abcxyz019 .,:#()[]=<>-+eE'),
  fc.constantFrom('"', "'", '\\', '`', '{', '}', '$', '%'),
  fc.constantFrom('é', 'ß', '中', '😀', '\u0301', '\u200b', '\u202e', '\ufeff', '\ud83d', '\x7f'),
  fc.constantFrom(...controls),
);
const strings = (seed: number) => fc.sample(fc.string({ unit, maxLength: 8 }), { numRuns: 600, seed });

/** A spinner, or the table being described or read again (after a form is closed). */
const spinning = (f: string) => /[\u2800-\u28ff] |(reading|describing|listing)[^\n]*…/.test(f);
const crumbLine = (f: string) => f.split('\n')[1] ?? '';
const atGrid = (f: string) => crumbLine(f).trim() === 'tables › Movies' && /Count \d+/.test(f) && !spinning(f);
const atItem = (f: string) => /› item\b|plain JSON|DynamoDB JSON/.test(crumbLine(f) + f) && !/› (update|delete|edit)/.test(crumbLine(f)) && !spinning(f);
const reviewing = (f: string) => f.includes('enter sends this request');
/** The focused field's label, or undefined. */
const focused = (f: string) => /^› (.+?)(?:\s{2,}|$)/m.exec(f)?.[1];
/** Fields that take no typing (read-only keys, check boxes, choices): space or letters there are commands. */
const isTextField = (f: string) => {
  const line = f.split('\n').find((l) => l.startsWith('› ')) ?? '';
  return !/\(read-only\)|\[[x ]\]|‹ .* ›/.test(line);
};

interface Session { app: Rendered; writes: string[]; requests: number }

function open(): Session {
  const s: Session = { app: undefined as unknown as Rendered, writes: [], requests: 0 };
  const makeGateway = (c: ConstructorParameters<typeof DynamoGateway>[0]) => {
    const g = new DynamoGateway(c);
    g.onRequest((r) => { s.requests++; if (WRITE_OPERATIONS.has(r.operation)) s.writes.push(r.operation); });
    return g;
  };
  s.app = renderApp({ connection: demoConnection(engine.endpoint), table: 'Movies', makeGateway });
  return s;
}

const frame = (app: Rendered) => plain(app.lastFrame());

/** Presses esc until `home` shows (a review goes back to its form, the form to where it came from). */
async function backTo(app: Rendered, home: (f: string) => boolean) {
  for (let i = 0; i < 6; i++) {
    // A read in flight (the grid reloading) would make an esc leave the table.
    await app.waitFor((f) => !spinning(f));
    if (home(frame(app))) return;
    const prev = frame(app);
    if (process.env.FUZZ_DEBUG) console.error('ESC at\n' + prev);
    await app.press(KEY.esc);
    await app.waitFor((f) => home(f) || (f !== prev && !spinning(f)));
  }
  await app.waitFor(home);
}

/**
 * Opens a form with `key` from `home`, types one random string into each of its text
 * fields, presses enter, waits for the outcome (a review, a message, or the read's
 * results) and goes back out without sending.
 */
async function fuzzForm(s: Session, key: string, title: string, home: (f: string) => boolean, texts: string[]) {
  const { app } = s;
  let n = 0;
  for (let round = 0; round < PER_FORM; round++) {
    await backTo(app, home);
    await app.press(key);
    await app.waitFor(title);
    // Walk the tab stops once, typing into each text field.
    const first = focused(frame(app));
    for (let stop = 0; stop < 30; stop++) {
      if (isTextField(frame(app))) await app.press(...texts[n++ % texts.length]!);
      assert.match(frame(app), /dynoscope/, 'still rendering after typing');
      await app.press(KEY.tab);
      if (focused(frame(app)) === first || !frame(app).includes(title)) break;
    }
    if (!frame(app).includes(title)) continue; // a control character closed the form: still fine
    const before = frame(app);
    await app.press(KEY.enter);
    await app.waitFor((f) => !spinning(f) && (reviewing(f) || f.includes('✗') || home(f) || f !== before));
    const after = frame(app);
    assert.match(after, /dynoscope/, `still rendering after enter; frame:\n${after}`);
    if (reviewing(after)) {
      await app.press(KEY.esc);
      await app.waitFor((f) => !reviewing(f));
    }
    assert.deepEqual(s.writes, [], `no write without a confirmed review; frame:\n${frame(app)}`);
  }
  assert.ok(n >= PER_FORM, `typed ${n} strings into ${title}`);
}

test('random strings in every field of the edit, new, delete and update forms: no crash, no write', async () => {
  const s = open();
  const texts = strings(1);
  try {
    await s.app.waitFor(atGrid);
    await fuzzForm(s, 'e', 'Edit Movies', atGrid, texts);
    await fuzzForm(s, 'n', 'New item in Movies', atGrid, texts.slice(100));
    await fuzzForm(s, 'd', 'Delete {', atGrid, texts.slice(200));
    await backTo(s.app, atGrid);
    await s.app.press(KEY.enter);
    await s.app.waitFor(atItem);
    await fuzzForm(s, 'u', 'Update {', atItem, texts.slice(300));
    await backTo(s.app, atItem);
    assert.match(frame(s.app), /dynoscope/);
    assert.deepEqual(s.writes, []);
  } finally { s.app.unmount(); }
});

test('random strings in every field of the scan and query forms: no crash, no write', async () => {
  const s = open();
  const texts = strings(2);
  try {
    await s.app.waitFor(atGrid);
    await fuzzForm(s, 's', 'Scan Movies', atGrid, texts);
    await fuzzForm(s, 'Q', 'Query Movies', atGrid, texts.slice(200));
    assert.match(frame(s.app), /dynoscope/);
    assert.deepEqual(s.writes, []);
    assert.ok(s.requests > 0, 'the reads did reach the engine');
  } finally { s.app.unmount(); }
});
