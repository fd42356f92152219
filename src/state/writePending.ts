// enter on a write form: the form's values -> the exact, typed request to review (or the
// problems, each under its field). Pure: nothing is sent here.
import type { Item } from '../dynamo/codec/index.js';
import { itemKey } from '../dynamo/itemKey.js';
import { type CliContext } from '../dynamo/read/awsCli.js';
import { buildCreateTableInput, planDeleteTable, typedNameMatches } from '../dynamo/tables/index.js';
import type { TableInfo } from '../dynamo/tableInfo.js';
import {
  buildBatchDeleteInputs, buildCounterInput, buildDeleteInput, buildEditInput, buildPutInput, buildSaveAsNewInputs, buildUpdateExpressionInput,
  type FieldError,
} from '../dynamo/write/index.js';
import { draftToItem } from './editDraft.js';
import type { FieldErrors } from './form.js';
import type { WriteScreen } from './screens.js';
import { draftSpec } from './tableDraft.js';
import type { ItemWrite, PendingWrite } from './writeFlow.js';
import { keyChanged } from './writeForms.js';
import { undoPending } from './undoList.js';

export type Built =
  | { ok: true; pending: PendingWrite; /** the typed confirmation was the review: send at once */ sendNow?: boolean }
  | { ok: false; errors: FieldErrors; /** the field to put the focus on */ focus?: string }
  | { ok: false; note: string };

/** `year=1999 title=Alien`: a key as a person reads it. */
export function describeKey(key: Item): string {
  return Object.entries(key).map(([k, v]) => `${k}=${Object.values(v)[0] instanceof Uint8Array ? 'b64…' : String(Object.values(v)[0])}`).join(' ');
}

const byField = (errors: FieldError[], place: (e: FieldError) => string = (e) => e.field): FieldErrors =>
  Object.fromEntries(errors.map((e) => [place(e), e.message]));

const itemWrite = (built: ItemWrite, summary: string): Built => ({
  ok: true, pending: { summary, requests: [{ operation: built.operation, input: built.input }], plan: { kind: 'item', built } },
});

export function buildPending(e: WriteScreen, info: TableInfo | undefined, cli: CliContext): Built {
  if (!info && e.kind !== 'createTable') return { ok: false, note: 'the table is still being described' };
  switch (e.kind) {
    case 'edit': return buildEdit(e, info!);
    case 'delete': {
      const condition = userCondition(e.draft);
      const built = buildDeleteInput(info!, e.table, e.item, { onlyIfUnchanged: e.draft.onlyIfUnchanged, userCondition: condition });
      if (!built.ok) return { ok: false, errors: byField(built.errors) };
      return itemWrite(built, `DeleteItem ${describeKey(built.guard.key)} from ${e.table}`);
    }
    case 'update': {
      const d = e.draft;
      const built = buildUpdateExpressionInput(info!, e.table, e.item, d.update, d.condition, d.values, d.names, { onlyIfUnchanged: d.onlyIfUnchanged });
      if (!built.ok) return { ok: false, errors: byField(built.errors) };
      return itemWrite(built, `UpdateItem ${describeKey(built.guard.key)}: ${d.update}`);
    }
    case 'counter': return counterPending(info!, e);
    case 'undo': {
      const undo = undoPending(info!, e.table, e.choice);
      return undo.ok ? { ok: true, pending: undo.pending } : { ok: false, note: undo.note };
    }
    case 'deleteMany': {
      if (!typedNameMatches(e.confirm, e.table)) return { ok: false, errors: { confirm: `type the table name, ${e.table}, to confirm` } };
      const requests = buildBatchDeleteInputs(e.table, e.keys).map(({ operation, input }) => ({ operation, input }));
      return {
        ok: true,
        pending: { summary: `delete ${e.keys.length} marked items from ${e.table} (BatchWriteItem, ${requests.length} ${requests.length === 1 ? 'request' : 'requests'})`, requests, plan: { kind: 'batchDelete', table: e.table, keys: e.keys } },
      };
    }
    case 'createTable': {
      const built = buildCreateTableInput(draftSpec(e.draft));
      if (!built.ok) return { ok: false, errors: Object.fromEntries(built.problems.map((p) => [p.field, p.message])), focus: built.problems[0]?.field };
      return { ok: true, pending: { summary: `CreateTable ${e.draft.name}`, requests: [{ operation: 'CreateTable', input: built.input }], plan: { kind: 'createTable', input: built.input } } };
    }
    case 'deleteTable': {
      const plan = planDeleteTable(info!, cli);
      if (!plan.ok) return { ok: false, note: plan.message };
      if (!typedNameMatches(e.confirm, e.table)) return { ok: false, errors: { confirm: `type the table name exactly, ${e.table}, to delete it` } };
      return { ok: true, sendNow: true, pending: { summary: `DeleteTable ${e.table}`, requests: [{ operation: 'DeleteTable', input: plan.input }], plan: { kind: 'deleteTable', input: plan.input } } };
    }
  }
}

/** The user's condition with its values and names; none when all three are empty. Values or
 * names without a condition are still checked: DynamoDB refuses placeholders no expression uses. */
function userCondition(d: { condition: string; values: string; names?: string }) {
  const any = d.condition.trim() || d.values.trim() || (d.names ?? '').trim();
  return any ? { text: d.condition, values: d.values, names: d.names } : undefined;
}

/** A counter opens on its review: the request is built when `+` or `-` is pressed. */
export function counterPending(info: TableInfo, e: { table: string; item: Item; attribute: string; delta: string }): Built {
  const built = buildCounterInput(info, e.table, e.item, e.attribute, e.delta);
  if (!built.ok) return { ok: false, note: built.errors.map((x) => x.message).join('; ') };
  const sign = e.delta.startsWith('-') ? '−' : '+';
  return itemWrite(built, `atomic counter: ${e.attribute} ${sign} ${e.delta.replace('-', '')} on ${describeKey(built.guard.key)}`);
}

function buildEdit(e: Extract<WriteScreen, { kind: 'edit' }>, info: TableInfo): Built {
  const { draft, mode, item } = e;
  const read = draftToItem(draft);
  const rowOf = (name: string) => draft.rows.findIndex((r) => r.name === name);
  if (!read.ok) return { ok: false, errors: Object.fromEntries(Object.entries(read.errors).map(([name, m]) => [`row:${rowOf(name)}`, m])) };
  const condition = userCondition(draft);
  if (keyChanged(e) && item) {
    const both = buildSaveAsNewInputs(info, e.table, item, read.item, { deleteOld: e.deleteOld });
    if (!both.ok) return { ok: false, errors: byField(both.errors) };
    const summary = `save as a new item ${describeKey(itemKey(info, read.item))}${e.deleteOld ? `, then delete ${describeKey(itemKey(info, item))} if unchanged` : '; the old item stays'}`;
    const requests = [{ operation: 'PutItem', input: both.put.input }, ...(both.delete ? [{ operation: 'DeleteItem', input: both.delete.input }] : [])];
    return { ok: true, pending: { summary, requests, plan: { kind: 'saveAsNew', built: both } } };
  }
  const built = mode === 'edit' && item
    ? buildEditInput(info, e.table, item, read.item, condition)
    : buildPutInput(info, e.table, read.item, { userCondition: condition, overwrite: e.overwrite });
  if (!built.ok) return { ok: false, errors: byField(built.errors, (x) => (rowOf(x.field) >= 0 ? `row:${rowOf(x.field)}` : x.field === 'item' ? 'newName' : x.field)) };
  if ('noChange' in built) return { ok: false, note: 'nothing changed, so nothing was sent' };
  const summary = mode === 'edit'
    ? `UpdateItem of ${describeKey(itemKey(info, item!))}: ${[...built.changed.map((c) => `set ${c}`), ...built.removed.map((r) => `remove ${r}`)].join(', ')}`
    : `PutItem of a new item ${describeKey(itemKey(info, read.item))}, ${e.overwrite ? 'REPLACING any item with that key' : 'refused if that key exists'}`;
  return itemWrite(built, summary);
}
