// A table of 60 attributes through the built binary in a real terminal: the key columns are
// still there after `l` many times, and the column picker hides a column and jumps to one by
// name.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchApp } from './app.js';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { createWideTable, WIDE } from '../helpers/wideTable.js';

let engine: TestEngine;
before(async () => { engine = await startTestEngine(); await createWideTable(engine); });
after(() => engine.close());

const T = { timeout: 30_000 };
const headerOf = (screen: string) => screen.split('\n').find((l) => /^id\s+n\s+│/.test(l)) ?? '';
const rowsOf = (screen: string) => screen.split('\n').filter((l) => /^row-\d\d\s/.test(l));

test('pinned keys stay visible after l many times; o hides a column and jumps to another by name', async () => {
  const t = await launchApp(['--endpoint-url', engine.endpoint, WIDE], { cols: 100, rows: 30 });
  try {
    await t.waitFor(/page 1 · Count 30/, T);
    assert.match(headerOf(t.text()), /│ c01 .* \d+ more ▶$/);
    await t.press(Array(45).fill('l'));
    const far = await t.waitFor((s) => /◀ 45 more c46/.test(headerOf(s)), T);
    assert.ok(rowsOf(far).length >= 5, far);
    for (const row of rowsOf(far)) assert.match(row, /^row-\d\d\s+\d+ │\s+c46-v\d+/);

    // Hide c47 (right of c46 on screen), then jump to c10 by typing its name.
    await t.press('o');
    await t.waitFor('columns of Wide: 59 shown, 0 hidden', T);
    await t.press(['c', '4', '7']);
    await t.waitFor(/› \[x\] c47/, T);
    await t.press('space');
    await t.waitFor(/› \[ \] c47/, T);
    await t.press('enter');
    const hidden = await t.waitFor((s) => /◀ 45 more c46\s+c48/.test(headerOf(s)), T);
    assert.doesNotMatch(hidden, /c47/);
    await t.press('o');
    await t.waitFor('58 shown, 1 hidden', T);
    await t.press(['c', '1', '0', 'enter']);
    const jumped = await t.waitFor((s) => /◀ 9 more c10\s/.test(headerOf(s)), T);
    for (const row of rowsOf(jumped)) assert.match(row, /^row-\d\d\s+\d+ │\s+c10-v\d+/);
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
});
