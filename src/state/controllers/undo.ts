// `U` on a table, `:undo`: the journal's last writes to the table; enter on one checks that
// the item is still exactly as that write left it (a consistent GetItem) and then opens the
// undo on its review, a guarded write like any other (writes.ts sends it and journals it).
// If the item changed since, the differences are shown and nothing is written.
import { describeError, problemLine } from '../../dynamo/errors.js';
import { unchangedSince } from '../../dynamo/write/index.js';
import { emptyUndoList, undoChoices, undoPending, type UndoList } from '../undoList.js';
import { reviewStep } from '../writeFlow.js';
import { problemContext, say, type Ctx } from './context.js';
import { entry, push, update } from './navigation.js';
import { journalScope } from './undoRecord.js';
import { tableInfoOf } from './writes.js';

const OFF = 'the undo journal is off (--no-journal): writes in this session are not recorded, so there is nothing to undo';

const patch = (ctx: Ctx, id: number, p: Partial<UndoList>) => update(ctx, id, 'undoList', (e) => ({ ...e, list: { ...e.list, ...p } }));

/** Opens the list of this table's journaled writes, newest first. */
export async function openUndo(ctx: Ctx, table: string): Promise<void> {
  const j = ctx.journal;
  if (!j) return say(ctx, 'info', OFF);
  const id = push(ctx, { kind: 'undoList', table, list: emptyUndoList() });
  const read = await j.journal.read();
  const { choices, damaged } = undoChoices(read.entries, table, journalScope(ctx));
  const bad = read.damaged + damaged;
  patch(ctx, id, { loading: false, choices, damaged: bad, ...(read.problem ? { problem: read.problem } : {}) });
  if (read.problem) say(ctx, 'error', read.problem);
  else if (bad) say(ctx, 'warn', `${bad} ${bad === 1 ? 'line' : 'lines'} of ${j.journal.file} could not be read and ${bad === 1 ? 'is' : 'are'} left out`);
}

/** After an undo: the lists of this table show the journal as it now is (the undo on top). */
export async function refreshUndoLists(ctx: Ctx, table: string): Promise<void> {
  const j = ctx.journal;
  if (!j) return;
  const read = await j.journal.read();
  const { choices, damaged } = undoChoices(read.entries, table, journalScope(ctx));
  for (const e of ctx.store.getState().stack.entries) {
    if (e.kind === 'undoList' && e.table === table) patch(ctx, e.id, { choices, damaged: read.damaged + damaged, cursor: 0, refused: undefined });
  }
}

/** `:undo`: the table on screen, or under the item view. */
export function undoCommand(ctx: Ctx): void {
  if (!ctx.journal) return say(ctx, 'info', OFF);
  const table = [...ctx.store.getState().stack.entries].reverse().find((x) => x.kind === 'table' || x.kind === 'item' || x.kind === 'undoList');
  if (!table) return say(ctx, 'warn', 'open a table first (:table NAME), then :undo');
  if (table.kind === 'undoList') return;
  void openUndo(ctx, table.kind === 'table' ? table.name : table.table);
}

/** enter on a write: check the item, then the review of its undo (or why not). */
export async function chooseUndo(ctx: Ctx, id: number): Promise<void> {
  const e = entry(ctx, id, 'undoList');
  const choice = e?.list.choices[e.list.cursor];
  if (!e || !choice || e.list.checking) return;
  const info = tableInfoOf(ctx, e.table);
  if (!info) return say(ctx, 'info', `still describing ${e.table}`);
  patch(ctx, id, { checking: true, refused: undefined });
  let now;
  try {
    now = (await ctx.gateway().call('GetItem', { TableName: e.table, Key: choice.key, ConsistentRead: true })).Item;
  } catch (err) {
    patch(ctx, id, { checking: false });
    return say(ctx, 'error', `could not read the item to check it: ${problemLine(describeError(err, problemContext(ctx, e.table)))}`);
  }
  patch(ctx, id, { checking: false });
  const same = unchangedSince(choice.after, now);
  if (!same.ok) {
    patch(ctx, id, { refused: { choice, diff: same.diff } });
    return say(ctx, 'warn', 'not undone: the item changed since that write (see how below); nothing was written');
  }
  const built = undoPending(info, e.table, choice);
  if (!built.ok) return say(ctx, 'error', built.note);
  push(ctx, { kind: 'undo', table: e.table, choice, flow: reviewStep(built.pending) });
}

export function moveUndoCursor(ctx: Ctx, id: number, to: (cursor: number, count: number) => number): void {
  update(ctx, id, 'undoList', (e) => {
    const count = e.list.choices.length;
    const cursor = Math.max(0, Math.min(count - 1, to(e.list.cursor, count)));
    return cursor === e.list.cursor ? e : { ...e, list: { ...e.list, cursor, refused: undefined } };
  });
}
