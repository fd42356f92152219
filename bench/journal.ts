// bench/journal: what the undo journal costs. (1) Appending 5,000 entries of two 4 KB
// images each (rotation included) and reading the full journal back, as `U` does. (2) The
// time a write takes to show its result through the write flow (review -> send -> result)
// against dynalite, with the journal on and off: new items (PutItem; the read-back runs in
// the journal's queue, after the result) and update-form writes without "only if
// unchanged" (UpdateItem; the item before is read first, in the foreground).
//   node --import tsx bench/journal.ts [--writes 200]
import '../test/helpers/env.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pkTableEngine } from '../test/helpers/engine.js';
import { itemPending, journalCtx, sendOnReview } from '../test/helpers/journalCtx.js';
import { buildPutInput, buildUpdateExpressionInput } from '../src/dynamo/write/index.js';
import { Journal, type JournalEntry } from '../src/memory/journal.js';
import { draftFromItem } from '../src/state/editDraft.js';
import type { WriteScreen } from '../src/state/screens.js';
import type { WriteFlow } from '../src/state/writeFlow.js';

const { values: flags } = parseArgs({ options: { writes: { type: 'string', default: '200' } } });
const writes = Number(flags.writes);

const img = { pk: { S: 'k' }, pad: { S: 'x'.repeat(4000) }, n: { N: '12345678901234567890123456789012345678' } };
const entry = (i: number): JournalEntry => ({ v: 1, time: new Date().toISOString(), scope: { region: 'eu-west-1' }, table: 'T', operation: 'edit', request: 'UpdateItem', key: { pk: { S: `k${i}` } }, before: img, after: img });
const journal = new Journal(mkdtempSync(join(tmpdir(), 'dynoscope-bench-journal-')));
let t = performance.now();
for (let i = 0; i < 5000; i++) await journal.append([entry(i)]);
const perAppend = (performance.now() - t) / 5000;
t = performance.now();
const read = await journal.read();
console.log(`append: ${(perAppend * 1000).toFixed(0)} µs per 8 KB entry; read of the whole journal (${read.entries.length} entries): ${(performance.now() - t).toFixed(0)} ms`);

const { engine, info } = await pkTableEngine('Bench');
try {
  for (const on of [false, true, false, true]) {
    const { ctx, journal: j } = journalCtx(engine.endpoint, engine.gateway, info, { off: !on });
    const screen = (mode: 'new') => (flow: WriteFlow): WriteScreen => ({ kind: 'edit', table: 'Bench', mode, draft: draftFromItem(undefined, []), deleteOld: false, overwrite: false, flow });
    const tag = `${Math.random()}`;
    t = performance.now();
    for (let i = 0; i < writes; i++) {
      const put = buildPutInput(info, 'Bench', { pk: { S: `${tag}-${i}` }, n: { N: String(i) } });
      if (!put.ok) throw new Error('put');
      await sendOnReview(ctx, screen('new'), itemPending(put));
    }
    const putMs = (performance.now() - t) / writes;
    t = performance.now();
    for (let i = 0; i < writes; i++) {
      const loaded = { pk: { S: `${tag}-${i}` }, n: { N: String(i) } };
      const upd = buildUpdateExpressionInput(info, 'Bench', loaded, 'SET n = n + :one', '', '{":one": 1}', undefined, { onlyIfUnchanged: false });
      if (!upd.ok) throw new Error('update');
      await sendOnReview(ctx, (flow) => ({ kind: 'update', table: 'Bench', item: loaded, draft: { update: '', condition: '', values: '', onlyIfUnchanged: false }, flow }), itemPending(upd));
    }
    const updMs = (performance.now() - t) / writes;
    await j?.flush();
    console.log(`journal ${on ? 'on ' : 'off'}: new item ${putMs.toFixed(2)} ms, update form ${updMs.toFixed(2)} ms per write (${writes} each, to the result on screen)`);
  }
} finally {
  await engine.close();
}
