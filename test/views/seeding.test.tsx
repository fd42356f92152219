// The demo opens a table while its data is still being written (`--demo AppData`): the
// grid does not call its page the last one meanwhile, and reads it again once the data is in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkTableEngine } from '../helpers/engine.js';
import { renderApp } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';

test('a table opened while the background job writes it: no false "last page", then the whole page', async () => {
  const { engine } = await pkTableEngine('Seeding_T');
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  const app = renderApp({
    connection: demoConnection(engine.endpoint),
    table: 'Seeding_T',
    background: {
      label: 'seeding demo data',
      run: async () => {
        await engine.gateway.call('PutItem', { TableName: 'Seeding_T', Item: { pk: { S: 'first' } } });
        await gate;
        for (let i = 0; i < 9; i++) await engine.gateway.call('PutItem', { TableName: 'Seeding_T', Item: { pk: { S: `later-${i}` } } });
      },
    },
  });
  try {
    const early = await app.waitFor(/page 1 · Count \d/);
    assert.doesNotMatch(early, /last page/);
    assert.match(early, /more rows are being written/);
    release();
    const full = await app.waitFor(/page 1 · Count 10 \/ ScannedCount 10 · last page/);
    assert.match(full, /seeding demo data: done/);
  } finally {
    app.unmount();
    await engine.close();
  }
});
