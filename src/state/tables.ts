// The table list: every name from ListTables (all pages), a lazily filled DescribeTable
// summary per name, the `/` filter and the list window. Kept at the app level so going
// back to the list does not list again; the forms read the descriptions from here too.
import type { Problem } from '../dynamo/errors.js';
import type { TableInfo } from '../dynamo/tableInfo.js';
import { emptyWindow, visibleRange, windowReducer, type ListWindow, type WindowAction } from './window.js';

export type Summary = { state: 'loading' } | { state: 'ok'; info: TableInfo } | { state: 'error'; message: string };

export interface TablesState {
  names: string[];
  listing: 'idle' | 'loading' | 'done' | 'error';
  /** A new listing started and its first page is not in yet: the names shown are the
   * previous listing's (a failed R keeps them). */
  replacing?: boolean;
  error?: Problem;
  summaries: Record<string, Summary>;
  filter: string;
  window: ListWindow;
  /** A name the cursor goes to once it is listed (a table just created). */
  select?: string;
}

export const initialTables: TablesState = { names: [], listing: 'idle', summaries: {}, filter: '', window: emptyWindow };

export type TablesAction =
  | { type: 'tables/listStart' }
  | { type: 'tables/page'; names: string[] }
  | { type: 'tables/listDone' }
  | { type: 'tables/listError'; problem: Problem }
  | { type: 'tables/describing'; names: string[] }
  /** `asked`: the answer to a describe of the list; dropped when the list was read anew since. */
  | { type: 'tables/described'; name: string; summary: Summary; asked?: boolean }
  | { type: 'tables/filter'; filter: string }
  | { type: 'tables/window'; action: WindowAction; height: number }
  | { type: 'tables/select'; name: string }
  /** A table was deleted or created anew: its description is out of date. */
  | { type: 'tables/forget'; name: string };

export function tablesReducer(s: TablesState, a: TablesAction): TablesState {
  switch (a.type) {
    case 'tables/listStart':
      return { ...s, listing: 'loading', error: undefined, replacing: true };
    case 'tables/page':
      // The first page of a new listing replaces the last one (and its descriptions).
      if (s.replacing) return selectPending(recount({ ...s, replacing: false, summaries: {}, names: a.names }));
      return selectPending(recount({ ...s, names: [...s.names, ...a.names] }));
    case 'tables/select':
      return selectPending({ ...s, select: a.name });
    case 'tables/listDone':
      // A listing of no tables at all still replaces the last one.
      return s.replacing ? recount({ ...s, listing: 'done', replacing: false, summaries: {}, names: [] }) : { ...s, listing: 'done' };
    case 'tables/listError':
      return { ...s, listing: 'error', error: a.problem, replacing: false };
    case 'tables/describing': {
      const summaries = { ...s.summaries };
      for (const n of a.names) summaries[n] = { state: 'loading' };
      return { ...s, summaries };
    }
    case 'tables/described':
      if (a.asked && s.summaries[a.name]?.state !== 'loading') return s;
      return { ...s, summaries: { ...s.summaries, [a.name]: a.summary } };
    case 'tables/filter':
      return recount({ ...s, filter: a.filter, window: { ...s.window, cursor: 0, offset: 0 } });
    case 'tables/window':
      return { ...s, window: windowReducer(windowReducer(s.window, { type: 'resize', height: a.height }), a.action) };
    case 'tables/forget': {
      const { [a.name]: _gone, ...summaries } = s.summaries;
      return { ...s, summaries };
    }
  }
}

/** Moves the cursor to the name asked for, once the list holds it. */
function selectPending(s: TablesState): TablesState {
  const at = s.select === undefined ? -1 : filteredNames(s).indexOf(s.select);
  if (at < 0) return s;
  return { ...s, select: undefined, window: windowReducer(s.window, { type: 'move', delta: at - s.window.cursor }) };
}

function recount(s: TablesState): TablesState {
  return { ...s, window: windowReducer(s.window, { type: 'count', count: filteredNames(s).length }) };
}

/** Case-insensitive substring match on the name; the filter works on loaded names only. */
export function filteredNames(s: TablesState): string[] {
  const f = s.filter.toLowerCase();
  return f ? s.names.filter((n) => n.toLowerCase().includes(f)) : s.names;
}

export function selectedName(s: TablesState): string | undefined {
  return filteredNames(s)[s.window.cursor];
}

export function visibleNames(s: TablesState): string[] {
  const [from, to] = visibleRange(s.window);
  return filteredNames(s).slice(from, to);
}

/** Visible rows whose DescribeTable has not been asked for yet (`height`: rows on screen). */
export function namesToDescribe(s: TablesState, height = s.window.height): string[] {
  return visibleNames({ ...s, window: windowReducer(s.window, { type: 'resize', height }) }).filter((n) => !s.summaries[n]);
}
