import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { KEY, renderApp } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import { demoItems } from '../../src/demo/seed.js';
import { MOVIES_GSI, MOVIES_LSI } from '../../src/demo/movies.js';

let engine: TestEngine;
before(async () => { engine = await seededEngine(); });
after(() => engine.close());

test('the table screen shows keys, indexes and the six-hour note', async () => {
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: 'Movies' });
  try {
    const f = await app.waitFor(/keys\s+year N \(partition\) · title S \(sort\)/);
    assert.match(f, /tables › Movies/);
    assert.match(f, /about every six hours/);
    assert.match(f, new RegExp(`GSI ${MOVIES_GSI}\\s+genre S · rating N`));
    assert.match(f, new RegExp(`LSI ${MOVIES_LSI}\\s+year N · rating N`));
    assert.match(f, /arn\s+arn:aws:dynamodb:/);
    assert.match(f, /deletion protection off/);
    assert.match(f, /stream\s+off/);
  } finally { app.unmount(); }
});

test('c runs the live count and shows the real number; c again cancels', async () => {
  const expected = demoItems('Movies').length;
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: 'Movies' });
  try {
    await app.waitFor('not counted yet (press c)');
    await app.press('c');
    const f = await app.waitFor(/live count\s+[\d,]+ items \(scanned/);
    assert.match(f, new RegExp(`live count\\s+${expected.toLocaleString('en-US')} items \\(scanned ${expected.toLocaleString('en-US')}`));
    assert.match(f, /4\/4 segments/);
    await app.press('c');
    await app.press('c');
    await app.waitFor(/cancelled at [\d,]+ items|live count\s+[\d,]+ items \(scanned/);
  } finally { app.unmount(); }
});

test('R re-describes; esc goes back to the list with both demo tables', async () => {
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: 'AppData' });
  try {
    await app.waitFor(/pk S \(partition\) · sk S \(sort\)/);
    await app.press('R');
    await app.waitFor(/GSI GSI1\s+GSI1PK S · GSI1SK S/);
    await app.press(KEY.esc);
    const list = await app.waitFor(/2 tables/);
    assert.match(list, /AppData/);
    assert.match(list, /Movies/);
  } finally { app.unmount(); }
});
