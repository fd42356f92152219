// The seed operations of issue 4, done through the UI of the built binary in a real
// pseudo-terminal against an engine this test starts, each checked with GetItem from the
// test's own gateway: put, get, nested set, conditional update (passes and fails), remove
// of a list element, conditional delete (fails, then passes), atomic counter.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchApp } from './app.js';
import type { Term } from './terminal.js';
import { selectRow } from './select.js';
import { focusField, typeText } from './form.js';
import { seededEngine, type TestEngine } from '../helpers/engine.js';

let engine: TestEngine;
before(async () => { engine = await seededEngine(); });
after(() => engine.close());

const T = { timeout: 30_000 };
const get = async (year: string, title: string) =>
  (await engine.gateway.call('GetItem', { TableName: 'Movies', Key: { year: { N: year }, title: { S: title } }, ConsistentRead: true })).Item;



async function clear(t: Term, n: number) {
  await t.press(Array(n).fill('backspace'));
}

/** Reviews (the aws command shows), sends, and waits for `outcome`. */
async function reviewAndSend(t: Term, command: string, outcome: string | RegExp): Promise<string> {
  await t.press('enter');
  await t.waitFor(`aws dynamodb ${command}`, T);
  await t.press('enter');
  return t.waitFor(outcome, T);
}

test('seed operations through the UI: put, get, nested set, conditional update, remove, conditional delete, counter', async () => {
  const t = await launchApp(['--endpoint-url', engine.endpoint, 'Movies'], { cols: 120, rows: 50 });
  try {
    await t.waitFor(/page 1 · Count 100/, T);

    // put: a new item from the new-item form
    await t.press('n');
    await t.waitFor('New item in Movies', T);
    await focusField(t, 'year N key');
    await clear(t, 5);
    await typeText(t, '1901');
    await focusField(t, 'title S key');
    await clear(t, 5);
    await typeText(t, '"E2E Reel"');
    await reviewAndSend(t, 'put-item', 'created year=1901');
    assert.deepEqual(await get('1901', 'E2E Reel'), { year: { N: '1901' }, title: { S: 'E2E Reel' } });

    // get: open a seeded movie (the first row that is not the new item) and read it on screen
    const grid = await t.waitFor(/^19[2-9]\d .+/m, T);
    const row = grid.split('\n').find((l) => /^\d{4} /.test(l) && !l.startsWith('1901 '))!;
    const m = /^(\d{4}) (.+?)\s{2,}/.exec(row)!;
    const [year, title] = [m[1]!, m[2]!.trim()];
    const stored = (await get(year, title))!;
    await selectRow(t, title);
    await t.press('enter');
    const view = await t.waitFor('plain JSON', T);
    assert.match(view, new RegExp(`"title": "${title.replace(/\W/g, '\\$&')}"`));
    assert.match(view, new RegExp(`"year": ${year}`));
    assert.match(view, new RegExp(`"genre": "${stored.genre!.S}"`));
    const actors = stored.info!.M!.actors!.L!;
    assert.ok(actors.length > 0, 'the item has actors');

    // update with a nested set
    await t.press('u');
    await t.waitFor('Update {', T);
    await typeText(t, 'set info.rating = 9.5, info.plot = "x"');
    await reviewAndSend(t, 'update-item', /updated \{/);
    let now = (await get(year, title))!;
    assert.deepEqual(now.info!.M!.rating, { N: '9.5' });
    assert.deepEqual(now.info!.M!.plot, { S: 'x' });
    assert.deepEqual(now.genre, stored.genre, 'nothing else changed');

    // conditional update: size(info.actors) > 100 fails, nothing written; > 0 passes
    await t.press('u');
    await t.waitFor('Update {', T);
    await typeText(t, 'set info.plot = "conditional"');
    await focusField(t, 'condition');
    await typeText(t, 'size(info.actors) > 100');
    await reviewAndSend(t, 'update-item', 'Your condition expression was false');
    assert.deepEqual((await get(year, title))!.info!.M!.plot, { S: 'x' }, 'nothing written');
    await focusField(t, 'condition');
    await clear(t, 30);
    await typeText(t, 'size(info.actors) > 0');
    await reviewAndSend(t, 'update-item', /updated \{/);
    assert.deepEqual((await get(year, title))!.info!.M!.plot, { S: 'conditional' });

    // remove info.actors[0]
    await t.press('u');
    await t.waitFor('Update {', T);
    await typeText(t, 'remove info.actors[0]');
    await reviewAndSend(t, 'update-item', /updated \{/);
    now = (await get(year, title))!;
    assert.deepEqual(now.info!.M!.actors!.L, actors.slice(1));

    // atomic counter on the top-level rating
    const rating = Number(now.rating!.N);
    while (!/selected rating /.test(t.text())) {
      const before = t.text();
      await t.press('tab');
      await t.waitFor((s) => s !== before);
    }
    await t.press('+');
    const review = await t.waitFor('aws dynamodb update-item', T);
    assert.match(review, /atomic counter: rating \+ 1/);
    await t.press('enter');
    await t.waitFor('rating incremented', T);
    assert.equal(Number((await get(year, title))!.rating!.N), rating + 1);

    // delete: info.rating <= 5 fails (it is 9.5), info.rating >= 9 passes
    await t.press('d');
    await t.waitFor('Delete {', T);
    await focusField(t, 'condition');
    await typeText(t, 'info.rating <= 5');
    await reviewAndSend(t, 'delete-item', 'Your condition expression was false');
    assert.ok(await get(year, title), 'still there');
    await focusField(t, 'condition');
    await clear(t, 20);
    await typeText(t, 'info.rating >= 9');
    await reviewAndSend(t, 'delete-item', /deleted \{/);
    assert.equal(await get(year, title), undefined);

    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
});
