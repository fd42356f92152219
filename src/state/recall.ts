// ctrl+r in a scan or query form: the recent runs and the saved queries of this table and
// connection, as one list, newest first (by the last run here, or the save), each distinct
// form once, saved ones marked with their name. Pure: the files are read by the
// controller (src/state/controllers/recall.ts).
import type { ReadForm } from '../dynamo/read/form.js';
import type { TableInfo } from '../dynamo/tableInfo.js';
import { sameScope, type ConnectionScope, type HistoryRun } from '../memory/history.js';
import { formKey } from '../memory/queryForm.js';
import { queryApplies, type SavedQuery } from '../memory/savedQueries.js';
import { emptyWindow, windowReducer, type ListWindow, type WindowAction } from './window.js';
import { bodyHeight, type Size } from './layout.js';

export interface RecallItem {
  form: ReadForm;
  /** The last run here, or when it was saved. */
  at?: string;
  /** The names it is saved under. */
  saved: string[];
}

/** The list over a form: the items, the `/` filter and the cursor (over the filtered items). */
export interface RecallModal {
  kind: 'recall';
  /** The form it fills. */
  formId: number;
  /** The files are being read: keys wait for them (src/app/input.ts). */
  loading: boolean;
  items: RecallItem[];
  filter: string;
  /** The `/` field has the keys. */
  filtering: boolean;
  /** The text cursor in the `/` field (-1: at the end). */
  filterCursor: number;
  /** The cursor, over the filtered items. */
  window: ListWindow;
}

/** ctrl+s: the name to save the form under. */
export interface SaveQueryModal {
  kind: 'saveQuery';
  formId: number;
  text: string;
  cursor: number;
  /** Names already saved for this table (the prompt says when one is replaced). */
  existing: string[];
}

export function recallItems(runs: readonly HistoryRun[], saved: readonly SavedQuery[], table: string, scope: ConnectionScope): RecallItem[] {
  const byKey = new Map<string, RecallItem>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i]!;
    if (r.table !== table || !sameScope(r.scope, scope)) continue;
    const key = formKey(r.form);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { form: r.form, at: r.at, saved: [] });
    else if (r.at > (seen.at ?? '')) seen.at = r.at;
  }
  for (const q of saved) {
    if (!queryApplies(q, table, scope.endpoint)) continue;
    const key = formKey(q.form);
    const seen = byKey.get(key);
    if (seen) {
      seen.saved.push(q.name);
      if (q.savedAt && q.savedAt > (seen.at ?? '')) seen.at = q.savedAt;
    } else {
      byKey.set(key, { form: q.form, at: q.savedAt, saved: [q.name] });
    }
  }
  // Newest first; saved queries with no time (written by hand, never run here) last.
  return [...byKey.values()].sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''));
}

/** One line for a form: what it reads and how, the key condition with the key names. */
export function formSummary(form: ReadForm, info?: TableInfo): string {
  const target = form.index ? [...(info?.gsis ?? []), ...(info?.lsis ?? [])].find((i) => i.name === form.index) : info;
  const parts: string[] = [form.index ? `${form.mode} ${form.index}` : form.mode];
  if (form.mode === 'query') {
    parts.push(`${target?.partitionKey?.name ?? 'key'} = ${form.partitionValue}`);
    const sk = target?.sortKey?.name ?? 'sort key';
    if (form.sortOp === 'between') parts.push(`${sk} between ${form.sortValue} and ${form.sortValue2}`);
    else if (form.sortOp) parts.push(`${sk} ${form.sortOp} ${form.sortValue}`);
  }
  if (form.filter.trim()) parts.push(`filter ${form.filter.trim()}`);
  if (form.projection.trim()) parts.push(`projection ${form.projection.trim()}`);
  if (form.values.trim()) parts.push(`values ${form.values.trim()}`);
  if (form.names?.trim()) parts.push(`names ${form.names.trim()}`);
  parts.push(form.pageSize.trim() ? `page ${form.pageSize.trim()}` : 'page 1 MB');
  if (form.mode === 'query' && form.descending) parts.push('descending');
  if (form.consistent) parts.push('consistent');
  return parts.join(' · ');
}

/** The text `/` matches and the list shows: the saved names, then the summary. */
export function itemText(item: RecallItem, info?: TableInfo): string {
  return [...item.saved.map((n) => `★ ${n}`), formSummary(item.form, info)].join('  ');
}

export function filteredItems(m: RecallModal, info?: TableInfo): RecallItem[] {
  const f = m.filter.trim().toLowerCase();
  return f ? m.items.filter((i) => itemText(i, info).toLowerCase().includes(f)) : m.items;
}

/** The list's rows: the body less a title, the filter line and the detail line. */
export const recallListHeight = (size: Size): number => Math.max(1, bodyHeight(size) - 3);

export function recallModal(formId: number, size: Size): RecallModal {
  return { kind: 'recall', formId, loading: true, items: [], filter: '', filtering: false, filterCursor: -1, window: { ...emptyWindow, height: recallListHeight(size) } };
}

/** The list after the items or the filter changed: the cursor back at the top. */
export function withItems(m: RecallModal, items: RecallItem[], filter: string, info?: TableInfo): RecallModal {
  const next = { ...m, items, filter };
  const count = filteredItems(next, info).length;
  return { ...next, window: windowReducer(windowReducer({ ...m.window, cursor: 0, offset: 0 }, { type: 'count', count }), { type: 'top' }) };
}

export function moveRecall(m: RecallModal, a: WindowAction, size: Size): RecallModal {
  const w = windowReducer(m.window, { type: 'resize', height: recallListHeight(size) });
  return { ...m, window: windowReducer(w, a) };
}

/** How long ago, in the largest whole unit. */
export function ago(at: string | undefined, now: number): string {
  if (!at) return '';
  const s = Math.max(0, Math.round((now - Date.parse(at)) / 1000));
  if (!Number.isFinite(s)) return '';
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
  return `${Math.floor(s / 86400)}d ago`;
}
