// What the items part of a table screen shows: the request that produced it, the page
// (or all pages) of rows, paging, the window over the rows, the column scroll and the
// client-side quick filter. It lives in the table's stack entry, so opening an item and
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

export type Item = Record<string, AttributeValue>;
export interface PageMeta { count: number; scanned: number; capacity: number }
export interface ReadRequest { operation: 'Scan' | 'Query'; input: ReadCommandInput; label: string }
/** A page read already (the form runs the first page itself, to show errors in place). */
export interface LoadedPage { rows: Item[]; meta: PageMeta; paging: Paging; columns: string[] }
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
  columns: string[];
  window: ListWindow;
  colOffset: number;
  quickFilter: string;
  /** Marked rows (space), by their key as text; `d` deletes them all. */
  marks: Record<string, Item>;
}

export const initialBrowse = (): BrowseState => ({
  forms: { scan: emptyReadForm('scan'), query: emptyReadForm('query') },
  paging: firstPage(), rows: [], columns: [], window: emptyWindow, colOffset: 0, quickFilter: '', marks: {},
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
  | { type: 'browse/all'; progress: LoadAllProgress; rows?: Item[]; columns?: string[]; meta?: PageMeta }
  | { type: 'browse/window'; action: WindowAction; height: number }
  | { type: 'browse/columns'; delta: number }
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
        ...s, request: a.request, paging: firstPage(), all: undefined, quickFilter: '', problem: undefined, reading: undefined, marks: {}, colOffset: 0,
        forms: a.form ? { ...s.forms, [a.form.mode]: a.form } : s.forms,
      };
      if (a.page) return shown({ ...next, meta: a.page.meta, paging: a.page.paging, columns: a.page.columns }, a.page.rows, true);
      // The rows of another request would be shown under this one's name: they go.
      return shown({ ...next, meta: undefined, reading: { page: 0 } }, [], true);
    }
    case 'browse/saveForm': return { ...s, forms: { ...s.forms, [a.form.mode]: a.form } };
    case 'browse/reading': return { ...s, reading: { page: a.page } };
    case 'browse/readCancelled': return s.reading ? { ...s, reading: undefined } : s;
    case 'browse/page':
      return shown({ ...s, reading: undefined, problem: undefined, all: undefined, meta: a.page.meta, paging: a.page.paging, columns: a.page.columns, colOffset: clampColumn(s.colOffset, a.page.columns) }, a.page.rows, true);
    case 'browse/failed': return { ...s, reading: undefined, problem: { problem: a.problem, page: a.page } };
    case 'browse/all': {
      const columns = a.columns ?? s.columns;
      const next = { ...s, all: a.progress, reading: undefined, problem: undefined, meta: a.meta ?? s.meta, columns, colOffset: clampColumn(s.colOffset, columns) };
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
      return { ...s, colOffset: clampColumn(s.colOffset + a.delta, s.columns) };
    case 'browse/quickFilter': {
      const next = { ...s, quickFilter: a.filter, window: { ...s.window, cursor: 0, offset: 0 } };
      return { ...next, window: windowReducer(next.window, { type: 'count', count: shownRows(next).length }) };
    }
  }
}

const clampColumn = (offset: number, columns: readonly string[]) => Math.max(0, Math.min(columns.length - 1, offset));

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

/** Rows after the client-side quick filter (matches names and values, case-insensitive). */
export function shownRows(s: BrowseState): Item[] {
  const f = s.quickFilter.toLowerCase();
  return f ? s.rows.filter((r) => textOf(r).includes(f)) : s.rows;
}

export function selectedRow(s: BrowseState): Item | undefined {
  return shownRows(s)[s.window.cursor];
}

/** A key as text, to tell marked rows apart (binary compares by its bytes). */
export function keyId(key: Item): string {
  return itemToDdbJson(Object.fromEntries(Object.keys(key).sort().map((k) => [k, key[k]!])), { compact: true });
}
