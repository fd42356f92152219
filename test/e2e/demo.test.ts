// The first whole flow, as a user runs it: the demo, both tables, Movies' keys and GSI,
// a live count with the right number, quit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchApp } from './app.js';
import { demoItems } from '../../src/demo/seed.js';
import { MOVIES_GSI } from '../../src/demo/movies.js';

test('demo: browse to Movies, read its keys and GSI, live count, quit', async () => {
  const t = await launchApp(['--demo']);
  try {
    await t.waitFor((s) => s.includes('Movies') && s.includes('AppData') && /2 tables/.test(s));
    // The cursor starts on the first name; move to Movies wherever it is listed.
    const rows = t.text().split('\n');
    const moviesRow = rows.findIndex((l) => /^\s*Movies\b/.test(l));
    const firstRow = rows.findIndex((l) => /^\s*(AppData|Movies)\b/.test(l));
    await t.press(Array(moviesRow - firstRow).fill('j'));
    await t.press('enter');
    const table = await t.waitFor(/year N \(partition\) · title S \(sort\)/);
    assert.match(table, new RegExp(`GSI ${MOVIES_GSI}\\s+genre S · rating N`));
    // Seeding runs in the background; count once it is done so the number is final.
    await t.waitFor((s) => !s.includes('seeding demo data'), { timeout: 60000 });
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
