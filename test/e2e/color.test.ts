// NO_COLOR (https://no-color.org) and FORCE_COLOR, read off every byte the app writes to a
// real terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, type Term } from './terminal.js';
import { BUNDLE } from './app.js';
import { localAwsEnv } from './env.js';

/** Every SGR parameter list the program wrote (ESC [ ... m). */
const sgrParams = (raw: string): string[] => [...raw.matchAll(/\x1b\[([0-9;:]*)m/g)].map((m) => m[1]);

/** A colour in an SGR list: 30-39, 40-49, 90-97, 100-107, 38/48/58 (256 and RGB), 59. */
function hasColour(params: string): boolean {
  return params.split(';').some((p) => {
    const n = Number(p.split(':')[0]);
    return (n >= 30 && n <= 49) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107) || n === 58 || n === 59;
  });
}

const hasAttr = (params: string, attr: number) => params.split(';').some((p) => Number(p) === attr);

/**
 * The demo's tables list, help and quit, with `set` added to the environment and `unset`
 * taken out of it. Through env(1): the harness always sets FORCE_COLOR, and node-pty sets
 * TERM from the terminal's name, so only a command in between can change those two.
 */
async function demoOutput(set: Record<string, string>, unset: string[] = []): Promise<string> {
  const assigned = Object.entries(set).map(([k, v]) => `${k}=${v}`);
  const args = [...unset.flatMap((k) => ['-u', k]), ...assigned, process.execPath, BUNDLE, '--demo'];
  const t: Term = await launch('/usr/bin/env', args, { env: localAwsEnv });
  try {
    // The list with its cursor row, the header and the footer hints: the coloured parts.
    await t.waitFor(/2 tables/, { timeout: 30_000 });
    await t.press('?');
    await t.waitFor(/help/i);
    await t.press('escape');
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
    return t.raw();
  } finally { t.kill(); }
}

test('NO_COLOR=1: no colour escape at all, but the cursor row is still drawn inverse', async () => {
  const params = sgrParams(await demoOutput({ NO_COLOR: '1' }, ['FORCE_COLOR']));
  assert.ok(params.length > 0, 'some attributes are written');
  const coloured = params.filter(hasColour);
  assert.deepEqual(coloured, [], `colour codes written: ${coloured.slice(0, 5).join(' | ')}`);
  assert.ok(params.some((p) => hasAttr(p, 7)), 'inverse (the cursor row) stays');
});

test('without NO_COLOR the same screens are in colour (what the test above would catch)', async () => {
  const params = sgrParams(await demoOutput({}, ['FORCE_COLOR']));
  assert.ok(params.some(hasColour), 'colour codes written');
});

test('FORCE_COLOR forces colour: on a dumb terminal, and over NO_COLOR', async () => {
  const dumb = sgrParams(await demoOutput({ TERM: 'dumb' }, ['FORCE_COLOR', 'COLORTERM']));
  assert.ok(!dumb.some(hasColour), 'a dumb terminal gets no colour unasked');
  const forced = sgrParams(await demoOutput({ TERM: 'dumb', FORCE_COLOR: '1' }, ['COLORTERM']));
  assert.ok(forced.some(hasColour), 'FORCE_COLOR=1 colours a dumb terminal');
  const both = sgrParams(await demoOutput({ NO_COLOR: '1', FORCE_COLOR: '1' }));
  assert.ok(both.some(hasColour), 'FORCE_COLOR wins over NO_COLOR, as in Node');
});
