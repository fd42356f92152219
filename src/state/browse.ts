// What the items part of a table screen shows: the request that produced it, the page
// (or all pages) of rows, paging, the window over the rows, the column scroll and the
// client-side quick filter. Kept per table at the app level, so opening an item and
// coming back finds the grid as it was left.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { itemToPlainJson } from '../dynamo/codec/index.js';
import type { Problem } from '../dynamo/errors.js';
import type { ReadForm } from '../dynamo/read/form.js';
import { emptyReadForm } from '../dynamo/read/form.js';
import { firstPage, type Paging } from './paging.js';
import { sameKey } from './screens.js';
import { emptyWindow, windowReducer, type ListWindow, type WindowAction } from './window.js';

export type Item = Record<string, AttributeValue>;
export interface PageMeta { count: number; scanned: number; capacity: number }
export interface ReadRequest { operation: 'Scan' | 'Query'; input: Record<string, unknown>; label: string }
/** A page read already (the form runs the first page itself, to show errors in place). */
export interface LoadedPage { rows: Item[]; meta: PageMeta; paging: Paging; columns: string[] }
export interface LoadAllProgress { running: boolean; pages: number; scanned: number; capacity: number; truncated: boolean; cancelled: boolean }

export interface BrowseState {
  forms: { scan: ReadForm; query: ReadForm };
  request?: ReadRequest;
  paging: Paging;
  rows: Item[];
  meta?: PageMeta;
  status: 'idle' | 'loading' | 'ready' | 'error';
  problem?: Problem;
  all?: LoadAllProgress;
  columns: string[];
  window: ListWindow;
  colOffset: number;
  quickFilter: string;
  /** Bumped to (re)load the current page. */
  load: number;
  /** The `load` whose rows are on screen: a screen that comes back does not read again. */
  loadedFor: number;
  /** Marked rows (space), by their key as text; `d` deletes them all. */
  marks: Record<string, Item>;
}

export const initialBrowse = (): BrowseState => ({
  forms: { scan: emptyReadForm('scan'), query: emptyReadForm('query') },
  paging: firstPage(), rows: [], status: 'idle', columns: [], window: emptyWindow, colOffset: 0, quickFilter: '', load: 0, loadedFor: 0, marks: {},
});

export type BrowseAction =
  | { type: 'browse/request'; request: ReadRequest; form?: ReadForm; firstPage?: LoadedPage }
  | { type: 'browse/saveForm'; form: ReadForm }
  | { type: 'browse/paging'; paging: Paging }
  | { type: 'browse/loading' }
  | { type: 'browse/page'; rows: Item[]; meta: PageMeta; paging: Paging; columns: string[] }
  | { type: 'browse/error'; problem: Problem }
  | { type: 'browse/all'; progress: LoadAllProgress; rows?: Item[]; columns?: string[]; meta?: PageMeta }
  | { type: 'browse/window'; action: WindowAction }
  | { type: 'browse/columns'; delta: number; count: number }
  | { type: 'browse/quickFilter'; filter: string }
  | { type: 'browse/reload' }
  /** After a write: the row with this key shows the item as written, or goes when deleted. */
  | { type: 'browse/written'; key: Item; item?: Item }
  | { type: 'browse/mark'; key: Item }
  | { type: 'browse/clearMarks' };

export function browseReducer(s: BrowseState, a: BrowseAction): BrowseState {
  switch (a.type) {
    case 'browse/request': {
      const next: BrowseState = {
        ...s, request: a.request, paging: firstPage(), all: undefined, quickFilter: '',
        forms: a.form ? { ...s.forms, [a.form.mode]: a.form } : s.forms,
      };
      if (a.firstPage) return withRows({ ...next, status: 'ready', problem: undefined, ...a.firstPage, loadedFor: s.load }, a.firstPage.rows, true);
      return { ...next, load: s.load + 1, status: 'loading' };
    }
    case 'browse/saveForm': return { ...s, forms: { ...s.forms, [a.form.mode]: a.form } };
    // The page on screen is replaced by a read: say so at once, not after the read starts.
    case 'browse/paging': return { ...s, paging: a.paging, load: s.load + 1, all: undefined, status: 'loading' };
    case 'browse/reload': return { ...s, load: s.load + 1, all: undefined, status: 'loading' };
    case 'browse/loading': return { ...s, status: 'loading' };
    case 'browse/page':
      return withRows({ ...s, status: 'ready', problem: undefined, meta: a.meta, paging: a.paging, columns: a.columns, loadedFor: s.load }, a.rows, true);
    case 'browse/error': return { ...s, status: 'error', problem: a.problem, loadedFor: s.load };
    case 'browse/all': {
      const next = { ...s, all: a.progress, status: a.progress.running ? 'loading' as const : 'ready' as const, meta: a.meta ?? s.meta, columns: a.columns ?? s.columns, loadedFor: s.load };
      return a.rows ? withRows(next, a.rows, false) : next;
    }
    case 'browse/mark': {
      const id = keyId(a.key);
      const marks = { ...s.marks };
      if (marks[id]) delete marks[id]; else marks[id] = a.key;
      return { ...s, marks };
    }
    case 'browse/clearMarks': return { ...s, marks: {} };
    case 'browse/written': {
      const at = s.rows.findIndex((r) => sameKey(r, a.key));
      if (at < 0) return a.item ? withRows(s, [a.item, ...s.rows], false) : s;
      const rows = a.item ? s.rows.map((r, i) => (i === at ? a.item! : r)) : s.rows.filter((_, i) => i !== at);
      return withRows(s, rows, false);
    }
    case 'browse/window': return { ...s, window: windowReducer(s.window, a.action) };
    case 'browse/columns':
      return { ...s, colOffset: Math.max(0, Math.min(a.count - 1, s.colOffset + a.delta)) };
    case 'browse/quickFilter': {
      const next = { ...s, quickFilter: a.filter, window: { ...s.window, cursor: 0, offset: 0 } };
      return { ...next, window: windowReducer(next.window, { type: 'count', count: shownRows(next).length }) };
    }
  }
}

function withRows(s: BrowseState, rows: Item[], resetCursor: boolean): BrowseState {
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
  return JSON.stringify(Object.keys(key).sort().map((k) => [k, key[k]]));
}
