// The built app in a real pseudo-terminal: start the demo, see the tables, open one,
// quit, and leave the user's terminal as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { launch } from './terminal.js';
import { selectRow } from './select.js';
import { demoSettled, SEED_TIMEOUT } from './demo.js';

const bundle = new URL('../../dist/dynoscope.js', import.meta.url).pathname;
// `npm test` builds before testing; a bare run of this file without a build skips.
const skip = existsSync(bundle) ? false : 'dist/dynoscope.js not built (node scripts/build.mjs)';

test('demo: tables screen, open Movies, quit restores the terminal', { skip }, async () => {
  const t = await launch(process.execPath, [bundle, '--demo'], { cols: 120, rows: 32 });
  try {
    await t.waitFor(demoSettled, { timeout: SEED_TIMEOUT });
    assert.equal(t.screen(), 'alternate');
    await selectRow(t, 'Movies');
    await t.press('enter');
    await t.waitFor((s) => s.includes('year') && /HASH|partition/i.test(s));
    await t.press('q');
    assert.deepEqual(await t.exited, { exitCode: 0 });
    assert.equal(t.usedAlternateScreen(), true);
    assert.equal(t.screen(), 'normal');
  } finally {
    t.kill();
    await t.exited;
  }
});
