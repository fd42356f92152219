// `U` / `:undo`: the journal's writes to one table, newest first, and the undo of one as a
// reviewed write. Pure: reading the file and sending live in controllers/undo.ts.
import type { JournalEntry, JournalOperation, JournalScope } from '../memory/journal.js';
import { fromDdbJsonObject, type Item } from '../dynamo/codec/index.js';
import type { TableInfo } from '../dynamo/tableInfo.js';
import { buildUndoInput, diffItems, type AttributeDiff } from '../dynamo/write/index.js';
import type { PendingWrite } from './writeFlow.js';
import { describeKey } from './writePending.js';

export interface UndoChoice {
  time: string;
  operation: JournalOperation;
  request: string;
  key: Item;
  before?: Item;
  after?: Item;
  beforeUnknown?: boolean;
}

export interface UndoList {
  loading: boolean;
  choices: UndoChoice[];
  /** Lines of the journal that could not be read (a torn or hand-edited file). */
  damaged: number;
  problem?: string;
  cursor: number;
  /** Checking the item before the review. */
  checking?: boolean;
  /** The last choice refused: the item is no longer as that write left it. */
  refused?: { choice: UndoChoice; diff: AttributeDiff[] };
}

export const emptyUndoList = (): UndoList => ({ loading: true, choices: [], damaged: 0, cursor: 0 });

/** At most this many writes are listed (the journal keeps more). */
export const UNDO_LIST_MAX = 500;

const sameScope = (a: JournalScope, b: JournalScope) => a.profile === b.profile && a.region === b.region && a.endpoint === b.endpoint;

/** This table's entries in this connection, newest first; images that do not decode are damaged. */
export function undoChoices(entries: readonly JournalEntry[], table: string, scope: JournalScope): { choices: UndoChoice[]; damaged: number } {
  const choices: UndoChoice[] = [];
  let damaged = 0;
  for (let i = entries.length - 1; i >= 0 && choices.length < UNDO_LIST_MAX; i--) {
    const e = entries[i]!;
    if (e.table !== table || !sameScope(e.scope, scope)) continue;
    try {
      choices.push({
        time: e.time, operation: e.operation, request: e.request, key: fromDdbJsonObject(e.key),
        ...(e.before ? { before: fromDdbJsonObject(e.before) } : {}),
        ...(e.after ? { after: fromDdbJsonObject(e.after) } : {}),
        ...(e.beforeUnknown ? { beforeUnknown: true } : {}),
      });
    } catch {
      damaged++;
    }
  }
  return { choices, damaged };
}

/** `set rating, removed tags`, `new item`, `deleted`: what the write changed, in a few words. */
export function shortDiff(c: UndoChoice): string {
  if (!c.after) return c.before ? `deleted (${Object.keys(c.before).length} attributes)` : 'deleted';
  if (!c.before) return c.beforeUnknown ? `written (${Object.keys(c.after).length} attributes)` : `new item (${Object.keys(c.after).length} attributes)`;
  const diff = diffItems(c.before, c.after);
  if (!diff.length) return 'no change';
  const set = diff.filter((d) => d.now !== undefined).map((d) => d.name);
  const removed = diff.filter((d) => d.now === undefined).map((d) => d.name);
  return [set.length ? `set ${set.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** The undo as a pending write for the review, or why it cannot be built. */
export function undoPending(info: TableInfo, table: string, c: UndoChoice): { ok: true; pending: PendingWrite } | { ok: false; note: string } {
  if (!c.before && c.beforeUnknown && !c.after) return { ok: false, note: 'this entry records neither what was there before nor after: nothing to undo' };
  // Only an import undoes by deleting what it wrote; a write whose answer was lost and whose
  // item before is unknown cannot be put back.
  if (c.beforeUnknown && c.operation !== 'import') return { ok: false, note: `the item before this ${c.operation} is not known (its answer was lost), so it cannot be put back` };
  const built = buildUndoInput(info, table, c);
  if (!built.ok) return { ok: false, note: built.errors.map((e) => e.message).join('; ') };
  const key = describeKey(c.key);
  const summary = built.operation === 'PutItem'
    ? `undo the ${c.operation} of ${key}: put the item back as it was before, only if it is still as that write left it`
    : c.beforeUnknown
      ? `undo the ${c.operation} of ${key}: delete the item, only if it is still as imported (the import did not record whether an item was there before)`
      : `undo the ${c.operation} of ${key}: delete the item (there was none before), only if it is still as that write left it`;
  return { ok: true, pending: { summary, requests: [{ operation: built.operation, input: built.input }], plan: { kind: 'item', built } } };
}
