// The keys that open a write screen: e, E, n, d, u, + / -, d on marks, C and d on the list.
// Each pushes a stack entry holding the form's starting values; nothing is sent here.
import { itemToPlainJson, plainJsonToItem, type Item } from '../../dynamo/codec/index.js';
import { draftFromItem } from '../editDraft.js';
import { emptyTableDraft } from '../tableDraft.js';
import { formStep, reviewStep } from '../writeFlow.js';
import { counterPending } from '../writePending.js';
import { say, type Ctx } from './context.js';
import { push } from './navigation.js';
import { startCount } from './liveCount.js';
import { describeInto } from './table.js';
import { tableInfoOf } from './writes.js';

function keysOf(ctx: Ctx, table: string) {
  const info = tableInfoOf(ctx, table);
  return [info?.partitionKey, info?.sortKey].filter((k): k is { name: string; type: string } => !!k);
}

/** `e`: the edit form of a loaded item; `initial` is what it starts from instead (after `E`). */
export function openEdit(ctx: Ctx, table: string, item: Item, initial?: Item): void {
  push(ctx, { kind: 'edit', table, mode: 'edit', item, draft: draftFromItem(initial ?? item, keysOf(ctx, table)), deleteOld: false, overwrite: false, flow: formStep() });
}

/** `n`: a new item, empty or starting from a copy of one. */
export function openNew(ctx: Ctx, table: string, from?: Item): void {
  push(ctx, { kind: 'edit', table, mode: 'new', draft: draftFromItem(from, keysOf(ctx, table)), deleteOld: false, overwrite: false, flow: formStep() });
}

export function openDelete(ctx: Ctx, table: string, item: Item): void {
  push(ctx, { kind: 'delete', table, item, draft: { onlyIfUnchanged: true, condition: '', values: '', names: '' }, flow: formStep() });
}

export function openUpdate(ctx: Ctx, table: string, item: Item): void {
  push(ctx, { kind: 'update', table, item, draft: { update: '', condition: '', values: '', names: '', onlyIfUnchanged: true }, flow: formStep() });
}

/** `+` / `-` on the selected number: straight to the review of an atomic ADD. */
export function openCounter(ctx: Ctx, table: string, item: Item, attribute: string | undefined, delta: string): void {
  if (!attribute) return say(ctx, 'warn', 'select a number attribute with tab first');
  if (item[attribute]?.N === undefined) return say(ctx, 'warn', `${attribute} is not a number (N); + and - count numbers`);
  const info = tableInfoOf(ctx, table);
  if (!info) return say(ctx, 'info', `still describing ${table}`);
  const built = counterPending(info, { table, item, attribute, delta });
  if (!built.ok) return say(ctx, 'error', 'note' in built ? built.note : 'cannot count this attribute');
  push(ctx, { kind: 'counter', table, item, attribute, delta, flow: reviewStep(built.pending) });
}

export function openDeleteMany(ctx: Ctx, table: string, keys: Item[]): void {
  push(ctx, { kind: 'deleteMany', table, keys, confirm: '', flow: formStep() });
}

export function openCreateTable(ctx: Ctx): void {
  push(ctx, { kind: 'createTable', draft: emptyTableDraft(), flow: formStep() });
}

/** Counting a table this small costs little (a COUNT scan reads it all): it is done
 * without asking, so the confirm screen says what is about to go. */
const AUTO_COUNT_BYTES = 100_000_000;

/** `d` on the table list: what the table holds, then its name typed to confirm. */
export async function openDeleteTable(ctx: Ctx, table: string): Promise<void> {
  const id = push(ctx, { kind: 'deleteTable', table, described: { loading: true }, confirm: '', flow: formStep() });
  await describeInto(ctx, id, table, (info) => {
    const count = ctx.store.getState().counts[table];
    if ((info.sizeBytes ?? 0) < AUTO_COUNT_BYTES && !count?.running && !count?.progress) startCount(ctx, table);
  });
}

const NOTE = '//';

/**
 * `E`: the whole item as exact plain JSON in $VISUAL / $EDITOR. Broken text reopens the
 * editor with the message on top and the text kept; the result opens the edit form filled
 * in, where enter reviews the minimal, guarded UpdateItem as for `e`.
 */
export function editExternal(ctx: Ctx, table: string, loaded: Item): void {
  let text = itemToPlainJson(loaded);
  let problem = '';
  // Bounded, so an editor that never fixes the text cannot loop forever.
  for (let attempt = 0; attempt < 20; attempt++) {
    const shown = problem ? `${NOTE} ${problem}\n${NOTE} Fix the JSON below and save, or empty the file to cancel. Lines starting with ${NOTE} are ignored.\n${text}` : text;
    let out: string;
    try {
      out = ctx.env.editText(shown);
    } catch (err) {
      return say(ctx, 'error', `could not run the editor ($VISUAL / $EDITOR): ${err instanceof Error ? err.message : String(err)}`);
    }
    const body = out.split('\n').filter((l) => !l.startsWith(NOTE)).join('\n');
    if (!body.trim()) return say(ctx, 'info', 'the editor left an empty file: nothing changed');
    try {
      return openEdit(ctx, table, loaded, plainJsonToItem(body, loaded));
    } catch (err) {
      problem = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ');
      text = body;
    }
  }
  say(ctx, 'error', 'gave up after 20 tries in the editor: nothing changed');
}
