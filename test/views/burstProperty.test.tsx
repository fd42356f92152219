// Property (issue 9): any sequence of keys sent as one burst ends in the same state, having
// sent the same requests, as the same keys sent one by one with the app left to settle
// after each. Each run gets its own engine with the same data, so writes the keys make
// (a delete, an edit, a new item) happen alike in both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { KEY, renderApp, type Rendered } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import type { AppState } from '../../src/state/app.js';

const TABLE = 'Burst_Prop';

async function engineWithData(): Promise<TestEngine> {
  const engine = await startTestEngine();
  await engine.createTable({
    TableName: TABLE, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'n', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'n', KeyType: 'RANGE' }],
  });
  await engine.createTable({
    TableName: 'Zeta_Other', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'k', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'k', KeyType: 'HASH' }],
  });
  for (let i = 0; i < 25; i++) {
    await engine.gateway.call('PutItem', {
      TableName: TABLE, Item: { pk: { S: `p${i % 3}` }, n: { N: String(i) }, label: { S: `row ${i}` }, count: { N: String(i * 7) } },
    });
  }
  return engine;
}

/** Settled: every key handled, no call in flight, nothing being listed or described. */
function quiet(app: Rendered): boolean {
  const { input, store } = app.app();
  const s = store.getState();
  return input.pending === 0 && Object.keys(s.busy).length === 0 && s.tables.listing !== 'loading'
    && !Object.values(s.tables.summaries).some((x) => x.state === 'loading');
}

async function untilQuiet(app: Rendered): Promise<void> {
  const started = Date.now();
  for (let calm = 0; calm < 3;) {
    calm = quiet(app) ? calm + 1 : 0;
    if (Date.now() - started > 20_000) throw new Error('the app did not settle');
    await new Promise((res) => setTimeout(res, 5));
  }
}

/** The state without what differs between two engines or two runs in time: descriptions
 * (creation times, ARNs), how long a count took, the flash and its timer, spinner labels. */
function comparable(s: AppState): unknown {
  return JSON.parse(JSON.stringify({ stack: s.stack, modal: s.modal, tables: { ...s.tables, summaries: Object.keys(s.tables.summaries).sort() }, counts: s.counts },
    (k, v) => (k === 'described' ? { loading: v.loading, problem: !!v.problem } : k === 'seconds' ? 0 : v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v)));
}

interface Run { state: unknown; requests: string[] }

async function run(keys: string[], burst: boolean): Promise<Run> {
  const engine = await engineWithData();
  const app = renderApp({ connection: demoConnection(engine.endpoint) });
  try {
    await app.waitFor(/1\/2 tables/);
    await untilQuiet(app);
    const requests: string[] = [];
    app.gateways[0].onRequest((r) => requests.push(`${r.operation} ${JSON.stringify(r.input, (_k, v) => (v instanceof Uint8Array ? [...v] : v))}`));
    if (burst) {
      app.stdin.write(keys.join(''));
    } else {
      for (const k of keys) {
        app.stdin.write(k);
        await untilQuiet(app);
      }
    }
    await untilQuiet(app);
    return { state: comparable(app.app().store.getState()), requests };
  } finally {
    app.unmount();
    await engine.close();
  }
}

// Keys whose effect is decided by the state alone. Left out: A and c (jobs that run on
// while keys go on, by design), q and ctrl+c (quit), E and y (the editor, the clipboard),
// I, X and C (files and new tables).
const key = fc.constantFrom(
  'j', 'j', 'j', 'k', 'g', 'G', ']', '[', KEY.enter, KEY.enter, KEY.esc, ' ', 'h', 'l', 'x', 't', KEY.tab,
  '?', '/', 'a', '1', 'e', 'd', 'n', 'u', 's', 'Q', 'R', ':', KEY.backspace, KEY.down, KEY.up,
);

test('a burst of keys ends where the same keys one by one end, with the same requests', async () => {
  // esc then `[` in one chunk is the start of an escape sequence (esc [ j is CSI j) to any
  // terminal program: no byte stream tells them apart, so such pairs are not generated.
  const keys = fc.array(key, { minLength: 1, maxLength: 18 }).filter((ks) => !ks.some((k, i) => k === KEY.esc && ks[i + 1] === '['));
  await fc.assert(fc.asyncProperty(keys, async (keys) => {
    const one = await run(keys, false);
    const all = await run(keys, true);
    assert.deepEqual(all.requests, one.requests, 'the same requests, in the same order');
    assert.deepEqual(all.state, one.state, 'the same state');
  }), { numRuns: Number(process.env.BURST_RUNS) || 20 });
});
