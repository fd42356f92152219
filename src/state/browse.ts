// What the items part of a table screen shows: the request that produced it, the page
// (or all pages) of rows, paging, the window over the rows, the columns (pinned keys,
// the user's choice, the scroll), the sort of the loaded rows and the client-side quick
// filter. It lives in the table's stack entry, so opening an item and
// coming back finds the grid as it was left. A read changes it only when it lands: a read
// that fails leaves the page, its paging and its counts as they were.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { itemToDdbJson, itemToPlainJson } from '../dynamo/codec/index.js';
import type { Problem } from '../dynamo/errors.js';
import type { ReadForm } from '../dynamo/read/form.js';
import type { ReadCommandInput } from '../dynamo/read/pages.js';
import { emptyReadForm } from '../dynamo/read/form.js';
import { firstPage, type Paging } from './paging.js';
import { sameKey } from '../dynamo/itemKey.js';
import { emptyWindow, windowReducer, type ListWindow, type WindowAction } from './window.js';
import { arrangeColumns, clampScroll, noChoice, sortRows, type ColumnChoice, type SortBy } from './columns.js';
import { openPicker, pickedChoice, pickedSort, pickerReducer, pickerSelected, type ColumnPicker, type PickerAction } from './picker.js';

export type Item = Record<string, AttributeValue>;
export interface PageMeta { count: number; scanned: number; capacity: number }
export interface ReadRequest { operation: 'Scan' | 'Query'; input: ReadCommandInput; label: string }
/** A page read already (the form runs the first page itself, to show errors in place). */
export interface LoadedPage { rows: Item[]; meta: PageMeta; paging: Paging; columns: string[]; keys?: string[] }
export interface LoadAllProgress {
  running: boolean; pages: number; scanned: number; capacity: number; truncated: boolean; cancelled: boolean;
  /** Why loading stopped early; the rows read before it stay. */
  failed?: Problem;
}

export interface BrowseState {
  forms: { scan: ReadForm; query: ReadForm };
  request?: ReadRequest;
  /** The paging of the page on screen: a read that fails leaves it as it was. */
  paging: Paging;
  rows: Item[];
  meta?: PageMeta;
  /** A page read in flight (0-based page number); the rows on screen stay until it lands. */
  reading?: { page: number };
  /** The last read that failed, and which page it was for; cleared by the next success. */
  problem?: { problem: Problem; page: number };
  all?: LoadAllProgress;
  /** Every column as inferred, keys first. */
  columns: string[];
  /** The key columns of the request (the index's first on an index read): pinned at the left. */
  keys: string[];
  /** Shown, hidden and reordered columns, by name (outlives pages and requests). */
  choice: ColumnChoice;
  /** The loaded rows sorted by a column (on the client; the footer says so). */
  sort?: SortBy;
  /** The column picker or sort chooser, open over the grid. */
  picker?: ColumnPicker;
  window: ListWindow;
  /** The first shown non-key column (the pinned keys do not scroll). */
  colOffset: number;
  quickFilter: string;
  /** Marked rows (space), by their key as text; `d` deletes them all. */
  marks: Record<string, Item>;
}

export const initialBrowse = (): BrowseState => ({
  forms: { scan: emptyReadForm('scan'), query: emptyReadForm('query') },
  paging: firstPage(), rows: [], columns: [], keys: [], choice: noChoice, window: emptyWindow, colOffset: 0, quickFilter: '', marks: {},
});

export type BrowseAction =
  /** A new request for the grid: its first page already read (the form reads it), or about to be. */
  | { type: 'browse/request'; request: ReadRequest; form?: ReadForm; page?: LoadedPage }
  | { type: 'browse/saveForm'; form: ReadForm }
  | { type: 'browse/reading'; page: number }
  /** The read in flight was cancelled: what is on screen stays, as it was. */
  | { type: 'browse/readCancelled' }
  | { type: 'browse/page'; page: LoadedPage }
  /** A read failed: what is on screen stays, with the problem beside it. */
  | { type: 'browse/failed'; problem: Problem; page: number }
  | { type: 'browse/all'; progress: LoadAllProgress; rows?: Item[]; columns?: string[]; keys?: string[]; meta?: PageMeta }
  | { type: 'browse/window'; action: WindowAction; height: number }
  | { type: 'browse/columns'; delta: number }
  /** Open the picker (or the sort chooser), change its draft, apply it or drop it. */
  | { type: 'browse/pickerOpen'; mode: ColumnPicker['mode'] }
  | { type: 'browse/picker'; action: PickerAction }
  | { type: 'browse/pickerApply' }
  | { type: 'browse/pickerCancel' }
  | { type: 'browse/quickFilter'; filter: string }
  /** After a write: the row with this key shows the item as written, or goes when deleted. */
  | { type: 'browse/written'; key: Item; item?: Item }
  | { type: 'browse/mark'; key: Item }
  | { type: 'browse/clearMarks' };

export function browseReducer(s: BrowseState, a: BrowseAction): BrowseState {
  switch (a.type) {
    case 'browse/request': {
      const next: BrowseState = {
        // Marks and the column scroll belong to the rows of the request before.
        // A sort belongs to them too: the new request has its own order.
        ...s, request: a.request, paging: firstPage(), all: undefined, quickFilter: '', problem: undefined, reading: undefined, marks: {}, colOffset: 0, sort: undefined, picker: undefined,
        forms: a.form ? { ...s.forms, [a.form.mode]: a.form } : s.forms,
      };
      if (a.page) return shown({ ...next, meta: a.page.meta, paging: a.page.paging, columns: a.page.columns, keys: a.page.keys ?? [] }, a.page.rows, true);
      // The rows of another request would be shown under this one's name: they go.
      return shown({ ...next, meta: undefined, reading: { page: 0 } }, [], true);
    }
    case 'browse/saveForm': return { ...s, forms: { ...s.forms, [a.form.mode]: a.form } };
    case 'browse/reading': return { ...s, reading: { page: a.page } };
    case 'browse/readCancelled': return s.reading ? { ...s, reading: undefined } : s;
    case 'browse/page':
      return shown(withColumns({ ...s, reading: undefined, problem: undefined, all: undefined, meta: a.page.meta, paging: a.page.paging }, a.page.columns, a.page.keys ?? s.keys), a.page.rows, true);
    case 'browse/failed': return { ...s, reading: undefined, problem: { problem: a.problem, page: a.page } };
    case 'browse/all': {
      const next = withColumns({ ...s, all: a.progress, reading: undefined, problem: undefined, meta: a.meta ?? s.meta }, a.columns ?? s.columns, a.keys ?? s.keys);
      return a.rows ? shown(next, a.rows, false) : next;
    }
    case 'browse/mark': {
      const id = keyId(a.key);
      const marks = { ...s.marks };
      if (marks[id]) delete marks[id]; else marks[id] = a.key;
      return { ...s, marks };
    }
    case 'browse/clearMarks': return Object.keys(s.marks).length ? { ...s, marks: {} } : s;
    case 'browse/written': {
      const at = s.rows.findIndex((r) => sameKey(r, a.key));
      const marks = { ...s.marks };
      if (!a.item) delete marks[keyId(a.key)];
      if (at < 0) return a.item ? shown({ ...s, marks }, [a.item, ...s.rows], false) : { ...s, marks };
      const rows = a.item ? s.rows.map((r, i) => (i === at ? a.item! : r)) : s.rows.filter((_, i) => i !== at);
      return shown({ ...s, marks }, rows, false);
    }
    case 'browse/window':
      return { ...s, window: windowReducer(windowReducer(s.window, { type: 'resize', height: a.height }), a.action) };
    case 'browse/columns':
      return { ...s, colOffset: clampScroll(s.colOffset + a.delta, arranged(s).scroll.length) };
    case 'browse/pickerOpen': {
      const { pinned, others } = arranged(s);
      return { ...s, picker: openPicker(a.mode, pinned, others, s.choice, s.sort) };
    }
    case 'browse/picker': return s.picker ? { ...s, picker: pickerReducer(s.picker, a.action) } : s;
    case 'browse/pickerCancel': return s.picker ? { ...s, picker: undefined } : s;
    case 'browse/pickerApply': return s.picker ? applyPicker(s, s.picker) : s;
    case 'browse/quickFilter': {
      const next = { ...s, quickFilter: a.filter, window: { ...s.window, cursor: 0, offset: 0 } };
      return { ...next, window: windowReducer(next.window, { type: 'count', count: shownRows(next).length }) };
    }
  }
}

export const arranged = (s: BrowseState) => arrangeColumns(s.columns, s.keys, s.choice);

/** New columns (a page, all pages): the scroll stays within the columns shown. */
function withColumns(s: BrowseState, columns: string[], keys: string[]): BrowseState {
  const next = { ...s, columns, keys };
  return { ...next, colOffset: clampScroll(s.colOffset, arranged(next).scroll.length) };
}

/** enter in the picker: columns shown as chosen, or the rows sorted (the cursor to the
 * first row); either way the grid scrolls to the column under the cursor. */
function applyPicker(s: BrowseState, p: ColumnPicker): BrowseState {
  const picked = pickerSelected(p);
  const next: BrowseState = p.mode === 'sort'
    ? { ...s, picker: undefined, sort: picked ? pickedSort(p) : s.sort, window: { ...s.window, cursor: 0, offset: 0 } }
    : { ...s, picker: undefined, choice: pickedChoice(p, s.choice) };
  const scroll = arranged(next).scroll;
  const at = picked && !picked.pinned ? scroll.indexOf(picked.name) : -1;
  return { ...next, colOffset: clampScroll(at >= 0 ? at : s.colOffset, scroll.length) };
}

/** The rows of the grid replaced; the cursor to the top for a new page, kept otherwise. */
function shown(s: BrowseState, rows: Item[], resetCursor: boolean): BrowseState {
  const next = { ...s, rows, window: resetCursor ? { ...s.window, cursor: 0, offset: 0 } : s.window };
  return { ...next, window: windowReducer(next.window, { type: 'count', count: shownRows(next).length }) };
}

// The quick filter matches on a row's text; computing it once per row keeps typing fast
// over tens of thousands of loaded rows.
const rowText = new WeakMap<Item, string>();
function textOf(item: Item): string {
  let t = rowText.get(item);
  if (t === undefined) {
    t = itemToPlainJson(item, { compact: true }).toLowerCase();
    rowText.set(item, t);
  }
  return t;
}

// Filtering and sorting again on every key would cost a key's time over many loaded rows:
// the last result is kept per rows array (rows are replaced, never changed in place).
const shownCache = new WeakMap<Item[], { key: string; rows: Item[] }>();

/** Rows after the client-side quick filter (matches names and values, case-insensitive),
 * in the chosen sort. */
export function shownRows(s: BrowseState): Item[] {
  const f = s.quickFilter.toLowerCase();
  // While `A` reads page after page, sorting every growing copy would cost seconds: the
  // rows come in read order until the last page is in (the status line says so).
  const sort = s.all?.running ? undefined : s.sort;
  if (!f && !sort) return s.rows;
  const key = JSON.stringify([f, sort?.column, sort?.descending, s.rows.length]);
  const hit = shownCache.get(s.rows);
  if (hit?.key === key) return hit.rows;
  const filtered = f ? s.rows.filter((r) => textOf(r).includes(f)) : s.rows;
  const rows = sort ? sortRows(filtered, sort) : filtered;
  shownCache.set(s.rows, { key, rows });
  return rows;
}

export function selectedRow(s: BrowseState): Item | undefined {
  return shownRows(s)[s.window.cursor];
}

/** A key as text, to tell marked rows apart (binary compares by its bytes). */
export function keyId(key: Item): string {
  return itemToDdbJson(Object.fromEntries(Object.keys(key).sort().map((k) => [k, key[k]!])), { compact: true });
}
