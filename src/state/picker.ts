// The column picker over the grid (`o`: show, hide, reorder, go to a column by name) and the
// sort chooser (`S`), as a draft in the table's stack entry: `?` or a late page read over it
// loses nothing, enter applies it, esc drops it. Typing filters the list by name.
import type { ColumnChoice, SortBy } from './columns.js';

export interface ColumnPicker {
  mode: 'columns' | 'sort';
  /** The key columns: listed first, never hidden or moved. */
  pinned: string[];
  /** The other columns in the draft order, hidden ones included. */
  names: string[];
  hidden: string[];
  filter: string;
  filterCursor: number;
  /** Index into pickerMatches(). */
  cursor: number;
  /** Sort mode: the direction enter applies. */
  descending: boolean;
}

export interface PickerEntry { name: string; pinned: boolean }

export type PickerAction =
  | { type: 'cursor'; delta: number }
  | { type: 'filter'; text: string; cursor: number }
  /** Columns: show / hide the column under the cursor. Sort: ascending / descending. */
  | { type: 'toggle' }
  /** Columns: the column under the cursor one place up (-1) or down (1). */
  | { type: 'move'; delta: number };

/** The list as drawn: in sort mode '' (the order as read) comes first. */
export function pickerEntries(p: ColumnPicker): PickerEntry[] {
  const all = [...p.pinned.map((name) => ({ name, pinned: true })), ...p.names.map((name) => ({ name, pinned: false }))];
  return p.mode === 'sort' ? [{ name: '', pinned: false }, ...all] : all;
}

/** The entries the filter lets through (by name, case-insensitive). */
export function pickerMatches(p: ColumnPicker): PickerEntry[] {
  const f = p.filter.toLowerCase();
  const all = pickerEntries(p);
  return f ? all.filter((e) => e.name !== '' && e.name.toLowerCase().includes(f)) : all;
}

export const pickerSelected = (p: ColumnPicker): PickerEntry | undefined => pickerMatches(p)[p.cursor];

export function openPicker(mode: ColumnPicker['mode'], pinned: string[], others: string[], choice: ColumnChoice, sort?: SortBy): ColumnPicker {
  const p: ColumnPicker = { mode, pinned, names: others, hidden: [...choice.hidden], filter: '', filterCursor: 0, cursor: 0, descending: sort?.descending ?? false };
  if (mode === 'sort' && sort) p.cursor = Math.max(0, pickerEntries(p).findIndex((e) => e.name === sort.column));
  return p;
}

export function pickerReducer(p: ColumnPicker, a: PickerAction): ColumnPicker {
  switch (a.type) {
    case 'cursor': return { ...p, cursor: clamp(p.cursor + a.delta, pickerMatches(p).length) };
    case 'filter': return { ...p, filter: a.text, filterCursor: a.cursor, cursor: a.text === p.filter ? p.cursor : 0 };
    case 'toggle': {
      if (p.mode === 'sort') return { ...p, descending: !p.descending };
      const e = pickerSelected(p);
      if (!e || e.pinned) return p;
      return { ...p, hidden: p.hidden.includes(e.name) ? p.hidden.filter((h) => h !== e.name) : [...p.hidden, e.name] };
    }
    case 'move': {
      const e = pickerSelected(p);
      if (p.mode === 'sort' || !e || e.pinned) return p;
      const at = p.names.indexOf(e.name);
      const to = at + a.delta;
      if (to < 0 || to >= p.names.length) return p;
      const names = [...p.names];
      [names[at], names[to]] = [names[to]!, names[at]!];
      const next = { ...p, names };
      return { ...next, cursor: Math.max(0, pickerMatches(next).findIndex((m) => m.name === e.name)) };
    }
  }
}

const clamp = (i: number, n: number) => Math.max(0, Math.min(n - 1, i));

/** What enter applies: the columns choice, or the sort (undefined: the order as read). */
export function pickedChoice(p: ColumnPicker, before: ColumnChoice): ColumnChoice {
  // Hidden names of columns not loaded now stay hidden when they come back.
  const here = new Set([...p.pinned, ...p.names]);
  return { order: p.names, hidden: [...before.hidden.filter((h) => !here.has(h)), ...p.hidden] };
}

export function pickedSort(p: ColumnPicker): SortBy | undefined {
  const e = pickerSelected(p);
  return e && e.name !== '' ? { column: e.name, descending: p.descending } : undefined;
}
