// A controller context over a real engine with its own undo journal in a temp folder, to
// drive the write flow (review -> send) and the undo list as the keys would, without Ink.
import './env.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConnection } from '../../src/demo/engine.js';
import type { DynamoGateway } from '../../src/dynamo/client.js';
import type { Item } from '../../src/dynamo/codec/index.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import { Journal, type JournalOptions } from '../../src/memory/journal.js';
import { appReducer, initialState, type AppAction, type AppState } from '../../src/state/app.js';
import { initialBrowse } from '../../src/state/browse.js';
import { createCtx, type Ctx } from '../../src/state/controllers/context.js';
import { sendReviewed } from '../../src/state/controllers/writes.js';
import type { WriteScreen } from '../../src/state/screens.js';
import { createStore } from '../../src/state/store.js';
import { reviewStep, type ItemWrite, type PendingWrite } from '../../src/state/writeFlow.js';

export const tempDir = (prefix = 'dynoscope-journal-') => mkdtempSync(join(tmpdir(), prefix));

export function journalCtx(endpoint: string, gateway: DynamoGateway, info: TableInfo, opts: { dir?: string; off?: boolean; journal?: JournalOptions } = {}): { ctx: Ctx; journal?: Journal; dir: string } {
  const dir = opts.dir ?? tempDir();
  const table = info.name;
  const store = createStore<AppState, AppAction>(appReducer, initialState(demoConnection(endpoint), [
    { kind: 'tables' }, { kind: 'table', name: table, described: { info, loading: false }, browse: initialBrowse() },
  ]));
  store.dispatch({ type: 'tables/described', name: table, summary: { state: 'ok', info } });
  const journal = opts.off ? undefined : new Journal(dir, opts.journal);
  const ctx = createCtx(store, () => gateway, { editText: () => '', copy: () => ({ copied: true, how: 'in a test' }), quit: () => {} }, journal);
  return { ctx, journal, dir };
}

export const itemPending = (built: ItemWrite): PendingWrite => ({
  summary: built.operation, requests: [{ operation: built.operation, input: built.input }], plan: { kind: 'item', built },
});

/** Pushes a write screen on its review and sends it, as enter on the review does. */
export async function sendOnReview(ctx: Ctx, screen: (flow: ReturnType<typeof reviewStep>) => WriteScreen, pending: PendingWrite): Promise<void> {
  ctx.store.dispatch({ type: 'push', screen: screen(reviewStep(pending)) });
  const s = ctx.store.getState().stack;
  await sendReviewed(ctx, s.entries[s.entries.length - 1]!.id);
}

export const flash = (ctx: Ctx) => ctx.store.getState().flash?.text ?? '';

export async function getItem(gateway: DynamoGateway, table: string, key: Item): Promise<Item | undefined> {
  return (await gateway.call('GetItem', { TableName: table, Key: key, ConsistentRead: true })).Item;
}
