// The first whole flow, as a user runs it: the demo, both tables, Movies' keys and GSI,
// a live count with the right number, quit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchApp } from './app.js';
import { demoItems } from '../../src/demo/seed.js';
import { MOVIES_GSI } from '../../src/demo/movies.js';
import { demoSettled, SEED_TIMEOUT } from './demo.js';
import { selectRow } from './select.js';

test('demo: browse to Movies, read its keys and GSI, live count, quit', async () => {
  const t = await launchApp(['--demo']);
  try {
    await t.waitFor(/dynoscope/);
    assert.equal(t.screen(), 'alternate');
    // Seeding runs in the background and reloads the list when done; browse after it, so
    // the keys land on the final list and the count is final.
    await t.waitFor(demoSettled, { timeout: SEED_TIMEOUT });
    await selectRow(t, 'Movies');
    await t.press('enter');
    const table = await t.waitFor(/year N \(partition\) · title S \(sort\)/);
    assert.match(table, new RegExp(`GSI ${MOVIES_GSI}\\s+genre S · rating N`));
    await t.waitFor(/page 1 · Count 100/);
    await t.press('c');
    const n = demoItems('Movies').length.toLocaleString('en-US');
    await t.waitFor(new RegExp(`live count\\s+${n} items \\(scanned ${n}`), { timeout: 60000 });
    await t.press('q');
    const exit = await t.exited;
    assert.equal(exit.exitCode, 0);
    assert.ok(t.usedAlternateScreen(), 'drew on the alternate screen');
    assert.equal(t.screen(), 'normal', 'gave the normal screen back');
  } finally { t.kill(); }
});

test('resizing redraws at the new size, sane at 80x24 and 200x60', async () => {
  const t = await launchApp(['--demo'], { cols: 80, rows: 24 });
  try {
    await t.waitFor(/2 tables/);
    assert.match(t.line(0), /dynoscope/);
    assert.match(t.line(-1), /quit/);
    t.resize(200, 60);
    await t.waitFor((s) => s.split('\n').length === 60 && /quit/.test(s.split('\n')[59]));
    assert.match(t.line(0), /dynoscope/);
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
});
