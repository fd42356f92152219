// Recording writes in the undo journal. A journal write never holds up or fails the write
// it records: entries are appended in the journal's own queue (images read back there too),
// and a journal that cannot be written is said once, then writes go on unjournaled.
//
// The images are what the store holds, as DynamoDB spells it: ALL_OLD (delete, overwrite,
// undo) and ALL_NEW (edit, update, counter) where the request returns them; a consistent
// GetItem after a PutItem (the item put may spell a number "1.0" that the store keeps as
// "1", or order a set differently); for an UpdateItem the item before comes from its guard
// or a read just before (see dynamo/write/images.ts); a batch delete reads its items just
// before deleting them (BatchGetItem); an import reads back what it wrote.
import { toDdbJsonObject, type Item } from '../../dynamo/codec/index.js';
import { batchGetItems } from '../../dynamo/read/batchGet.js';
import { beforeOfUpdate, needsReadBefore } from '../../dynamo/write/images.js';
import { sameItem, type Built, type SendResult, type WriteOperation } from '../../dynamo/write/index.js';
import type { JournalEntry, JournalOperation, JournalScope } from '../../memory/journal.js';
import { say, type Ctx } from './context.js';

export interface JournalRecord {
  table: string;
  operation: JournalOperation;
  request: string;
  key: Item;
  before?: Item;
  after?: Item;
  beforeUnknown?: boolean;
}

export function journalScope(ctx: Ctx): JournalScope {
  const s = ctx.store.getState();
  const c = s.connection;
  const region = s.region ?? c.region;
  return { ...(c.profile ? { profile: c.profile } : {}), ...(region ? { region } : {}), ...(c.endpoint ? { endpoint: c.endpoint } : {}) };
}

const toEntry = (scope: JournalScope, r: JournalRecord): JournalEntry => ({
  v: 1, time: new Date().toISOString(), scope, table: r.table, operation: r.operation, request: r.request,
  key: toDdbJsonObject(r.key),
  ...(r.before ? { before: toDdbJsonObject(r.before) } : {}),
  ...(r.after ? { after: toDdbJsonObject(r.after) } : {}),
  ...(r.beforeUnknown ? { beforeUnknown: true as const } : {}),
});

/** Appends the records (worked out in the journal's queue); never throws, never waits. */
export function journal(ctx: Ctx, records: () => Promise<JournalRecord[]>): void {
  const j = ctx.journal;
  if (!j) return;
  const scope = journalScope(ctx);
  j.journal.append(async () => (await records()).map((r) => toEntry(scope, r))).catch((err: unknown) => {
    if (j.reported) return;
    j.reported = true;
    say(ctx, 'warn', `the undo journal could not be written (${err instanceof Error ? err.message : String(err)}); writes go on without it`);
  });
}

/** The item as now stored, read consistently; undefined when there is none. */
async function getItem(ctx: Ctx, table: string, key: Item): Promise<Item | undefined> {
  const out = await ctx.gateway().call('GetItem', { TableName: table, Key: key, ConsistentRead: true });
  return out.Item;
}

/** Before sending: the read an UpdateItem's before image needs, when the journal is on. */
export async function readBefore(ctx: Ctx, built: Built<WriteOperation>): Promise<{ item?: Item } | undefined> {
  if (!ctx.journal || !needsReadBefore(built)) return undefined;
  try {
    return { item: await getItem(ctx, String(built.input.TableName), built.guard.key) };
  } catch {
    return undefined;
  }
}

/** The after image of a put: read back, unless someone changed it in between. */
async function afterPut(ctx: Ctx, table: string, key: Item, put: Item): Promise<Item> {
  try {
    const now = await getItem(ctx, table, key);
    return now && sameItem(now, put) ? now : put;
  } catch {
    return put;
  }
}

/** A single-item write that succeeded. */
export function journalItemWrite(
  ctx: Ctx, operation: JournalOperation, built: Built<WriteOperation>, r: Extract<SendResult, { ok: true }>, read?: { item?: Item },
): void {
  const table = String(built.input.TableName);
  const key = built.guard.key;
  const request = built.operation;
  journal(ctx, async () => {
    if (built.operation === 'DeleteItem') {
      return [{ table, operation, request, key, ...(r.old ? { before: r.old } : { beforeUnknown: !!r.recovered }) }];
    }
    if (built.operation === 'PutItem') {
      const put = (built as Built<'PutItem'>).input.Item!;
      const known = r.old !== undefined || built.guard.item === 'absent' || !r.recovered;
      return [{ table, operation, request, key, before: r.old, after: await afterPut(ctx, table, key, put), beforeUnknown: !known }];
    }
    const after = r.attributes ?? (await getItem(ctx, table, key).catch(() => undefined));
    if (!after) return [];
    return [{ table, operation, request, key, before: beforeOfUpdate(built, after, read), after }];
  });
}

/** A batch delete: the items as read just before it, for the keys it deleted. */
export function journalBatchDelete(ctx: Ctx, table: string, keys: Item[], before: (Item | undefined)[] | undefined, failed: Set<string>): void {
  if (!before) return;
  const records = keys.flatMap((key, i) => (failed.has(JSON.stringify(key)) || !before[i]
    ? []
    : [{ table, operation: 'batchDelete' as const, request: 'BatchWriteItem', key, before: before[i] }]));
  journal(ctx, async () => records);
}

/** Before a batch delete, when the journal is on: the items about to go. */
export async function readBatchBefore(ctx: Ctx, table: string, keys: Item[]): Promise<(Item | undefined)[] | undefined> {
  if (!ctx.journal) return undefined;
  try {
    return await batchGetItems(ctx.gateway(), table, keys);
  } catch (err) {
    say(ctx, 'warn', `the items could not be read before deleting them, so this delete is not in the undo journal (${err instanceof Error ? err.message : String(err)})`);
    return undefined;
  }
}

/** Items an import wrote: read back as stored. What was there before is not read (an import
 * would cost twice as many requests), so undoing one deletes the imported item. */
export function journalImported(ctx: Ctx, table: string, keyNames: string[], items: Item[]): void {
  journal(ctx, async () => {
    const keys = items.map((item) => Object.fromEntries(keyNames.map((n) => [n, item[n]!])) as Item);
    const stored = await batchGetItems(ctx.gateway(), table, keys).catch(() => keys.map(() => undefined));
    return keys.map((key, i) => {
      const after = stored[i] ?? items[i]!;
      const storedKey = Object.fromEntries(keyNames.map((n) => [n, after[n] ?? key[n]!])) as Item;
      return { table, operation: 'import' as const, request: 'BatchWriteItem', key: storedKey, after, beforeUnknown: true };
    });
  });
}
