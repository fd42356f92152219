// A table wider than the terminal, in the real app: the keys stay at the left while the
// other columns scroll, the column picker hides, reorders and finds columns (its choice
// outlives an opened item and `?`), and S sorts the loaded rows with the footer saying so.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { KEY, renderApp, scanWithPageSize, type Rendered } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import { createWideTable, WIDE, WIDE_ATTRS } from '../helpers/wideTable.js';

let engine: TestEngine;
before(async () => { engine = await startTestEngine(); await createWideTable(engine); });
after(() => engine.close());

const open = async (): Promise<Rendered> => {
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: WIDE });
  await app.waitFor(/page 1 · Count 30/);
  return app;
};
const lines = (f: string) => f.split('\n');
const header = (f: string) => lines(f).find((l) => /^id\s+n\s+│/.test(l)) ?? '';
const gridRows = (f: string) => lines(f).filter((l) => /^row-\d\d\s/.test(l));
/** The non-key column names in the header, in order. */
const scrolled = (f: string) => header(f).split('│')[1]!.replace(/◀ \d+ more/, '').replace(/\d+ more ▶/, '').trim().split(/\s+/).filter((w) => /^[a-z]\w*$/.test(w));

test('h/l: the keys stay at the left however far the other columns scroll; the header counts the hidden ones', async () => {
  const app = await open();
  try {
    const first = await app.waitFor(/40|more ▶/);
    assert.deepEqual(scrolled(first).slice(0, 2), ['c01', 'c02']);
    assert.match(header(first), new RegExp(`${59 - scrolled(first).length} more ▶$`));
    await app.press(...Array(30).fill('l'));
    const far = await app.waitFor((f) => /◀ 30 more/.test(header(f)));
    assert.equal(scrolled(far)[0], 'c31');
    assert.ok(gridRows(far).length >= 5);
    for (const row of gridRows(far)) assert.match(row, /^row-(\d\d)\s+\d+ │\s+c31-v\d+/, 'id and n on every row, then the scrolled columns');
    await app.press(...Array(40).fill('l'));
    const end = await app.waitFor((f) => /◀ 58 more/.test(header(f)));
    assert.deepEqual(scrolled(end), ['score']);
    assert.doesNotMatch(header(end), /more ▶/);
    await app.press(...Array(58).fill('h'));
    const back = await app.waitFor((f) => scrolled(f)[0] === 'c01');
    assert.doesNotMatch(header(back), /◀/);
  } finally { app.unmount(); }
});

test('o: hide a column, move one, find one by name; the choice outlives an opened item and ?', async () => {
  const app = await open();
  try {
    await app.press('o');
    await app.waitFor('columns of Wide: 59 shown, 0 hidden, 2 keys pinned at the left');
    await app.press('c', '0', '2');
    await app.waitFor(/› \[x\] c02/);
    await app.press(' ');
    await app.waitFor(/› \[ \] c02/);
    await app.waitFor('58 shown, 1 hidden');
    // ? over the picker: help, then the picker as it was.
    await app.press('?');
    await app.waitFor(/column picker/);
    await app.press(KEY.esc);
    await app.waitFor(/› \[ \] c02/);
    await app.press(KEY.backspace, '5'); // c05, moved left of c03 and c04 (c02 is hidden)
    await app.waitFor(/› \[x\] c05/);
    await app.press('\x1b[1;2A', '\x1b[1;2A');
    await app.press(KEY.enter);
    const applied = await app.waitFor((f) => /^id\s+n\s+│/m.test(f) && scrolled(f)[0] === 'c05');
    assert.deepEqual(scrolled(applied).slice(0, 4), ['c05', 'c03', 'c04', 'c06'], 'c05 moved left, c02 gone; the grid is scrolled to c05');
    await app.press(...Array(5).fill('h'));
    const left = await app.waitFor((f) => scrolled(f)[0] === 'c01');
    assert.deepEqual(scrolled(left).slice(0, 4), ['c01', 'c05', 'c03', 'c04']);
    assert.doesNotMatch(left, /c02/);

    // Open an item and come back; open help and close it: the columns are as chosen.
    await app.press(KEY.enter);
    await app.waitFor('plain JSON');
    await app.press(KEY.esc);
    const returned = await app.waitFor((f) => /^id\s+n\s+│/m.test(f));
    assert.deepEqual(scrolled(returned).slice(0, 4), ['c01', 'c05', 'c03', 'c04']);
    await app.press('?');
    await app.waitFor(/tables › Wide › help/);
    await app.press(KEY.esc);
    const again = await app.waitFor((f) => /^id\s+n\s+│/m.test(f));
    assert.deepEqual(scrolled(again).slice(0, 4), ['c01', 'c05', 'c03', 'c04']);

    // Jump by name: the grid scrolls so that column is the first after the keys.
    await app.press('o', 'c', '4', '7');
    await app.waitFor(/› \[x\] c47/);
    await app.press(KEY.enter);
    const jumped = await app.waitFor((f) => scrolled(f)[0] === 'c47');
    assert.match(header(jumped), /^id\s+n\s+│◀ \d+ more c47/);
    // esc in the picker first clears the name, then closes without changes.
    await app.press('o', 'z', 'z');
    await app.waitFor('no column matches "zz"');
    await app.press(KEY.esc);
    await app.waitFor(/› key id/);
    await app.press(KEY.esc);
    await app.waitFor((f) => scrolled(f)[0] === 'c47');
    assert.equal(app.app().store.getState().stack.entries.at(-1)!.kind, 'table');
  } finally { app.unmount(); }
});

test('S: sort the loaded rows by a number column, exactly, both ways, missing values last; the footer says what is sorted', async () => {
  const app = await open();
  try {
    await app.press('S');
    await app.waitFor(/sort the loaded rows of Wide \(not the table\) by a column, ↑ ascending/);
    assert.match(app.lastFrame() ?? '', /space ascending \/ descending/, 'the footer offers the sort chooser\'s own space');
    await app.press(...'score', KEY.enter);
    const asc = await app.waitFor(/sorted by score ↑ \(every row read\)/);
    assert.match(asc, /row 1 of 30/);
    assert.match(header(asc), /score ↑/);
    assert.match(gridRows(asc)[0]!, /-12345678901234567890123456789012345678\b/);
    await app.press('S', ' ', KEY.enter);
    const desc = await app.waitFor(/sorted by score ↓/);
    const scores = gridRows(desc).map((l) => l.trim().split(/\s+/).at(-1));
    assert.deepEqual(scores.slice(0, 6), [
      '12345678901234567890123456789012345678', '12345678901234567890123456789012345678', '12345678901234567890123456789012345678',
      '12345678901234567890123456789012345677', '12345678901234567890123456789012345677', '12345678901234567890123456789012345677',
    ], 'the two 38-digit values a double cannot tell apart, in order');
    await app.press('G');
    const bottom = await app.waitFor(/row 30 of 30/);
    const last = gridRows(bottom).at(-1)!;
    assert.match(last, /^row-(02|07|12|17|22|27)\s/, `a row without score comes last: ${last}`);
    assert.doesNotMatch(last.slice(12), /\d$/, 'its score cell is blank');
  } finally { app.unmount(); }
});

test('paging with a sort on: each page is sorted on its own, and the footer and a message say so', async () => {
  const app = await open();
  try {
    await scanWithPageSize(app, 10);
    await app.press('S', ...'score', KEY.enter);
    await app.waitFor(/row 1 of 10 loaded · sorted by score ↑ \(this page only\) · scan · page 1 · Count 10 /);
    await app.press(']');
    const second = await app.waitFor(/page 2 · Count 10/);
    assert.match(second, /page 2 replaces the rows on screen and is sorted by score ↑ on its own; A loads every page/);
    assert.match(second, /sorted by score ↑ \(this page only\)/);
    await app.press('A');
    const all = await app.waitFor(/all \d+ pages/);
    assert.match(all, /row 1 of 30 · sorted by score ↑ \(every row read\)/);
    assert.match(gridRows(all)[0]!, /-12345678901234567890123456789012345678\b/);
  } finally { app.unmount(); }
});

test('the wide table has the columns the tests assume', () => {
  assert.equal(WIDE_ATTRS.length, 58);
});
