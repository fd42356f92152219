// The app's state: screen stack, open modal, flash, busy labels, the table list and the
// connection. One reducer, so every change is an action that a test can replay.
import type { ConnectionOptions } from '../dynamo/client.js';
import type { Flash } from './flash.js';
import type { Scope } from '../keys/bindings.js';
import { screensReducer, type Screen, type ScreenAction } from './screens.js';
import { initialTables, tablesReducer, type TablesAction, type TablesState } from './tables.js';
import type { CountProgress } from '../dynamo/liveCount.js';
import { browseReducer, initialBrowse, type BrowseAction, type BrowseState } from './browse.js';

export interface LiveCount {
  running: boolean;
  progress?: CountProgress;
  done?: { cancelled: boolean; seconds: number };
  error?: string;
}

export type Modal = null | 'help' | 'command' | 'filter';

export interface AppState {
  screens: Screen[];
  modal: Modal;
  /** The key scopes the footer hints come from, when a screen's step is not its usual
   * form (a confirm step, a job running); undefined: the screen's own scopes. */
  footer?: Scope[];
  flash?: Flash;
  /** What long calls are doing right now, by id; the newest is shown with a spinner. */
  busy: Record<string, string>;
  tables: TablesState;
  /** The items part of each table screen visited, by table name. */
  browse: Record<string, BrowseState>;
  /** Live counts by table: they outlive the table screen (open an item, come back). */
  counts: Record<string, LiveCount>;
  connection: ConnectionOptions;
  /** Bumped on reconnect, so data hooks drop what the old connection was loading. */
  generation: number;
}

export type AppAction =
  | ScreenAction
  | TablesAction
  | { type: 'modal'; modal: Modal }
  | { type: 'footer'; scopes?: Scope[] }
  | { type: 'flash'; flash?: Flash }
  | { type: 'busy'; id: string; label?: string }
  | { type: 'connect'; connection: ConnectionOptions }
  | { type: 'browse'; table: string; action: BrowseAction }
  | { type: 'count'; table: string; count: LiveCount }
  /** A table was deleted (or created anew): what the app remembers of it goes, and the list reloads. */
  | { type: 'tableChanged'; table: string };

export function initialState(connection: ConnectionOptions, screens: Screen[], firstPage?: { TableNames?: string[]; LastEvaluatedTableName?: string }): AppState {
  let tables = initialTables;
  if (firstPage) {
    tables = tablesReducer(tablesReducer(initialTables, { type: 'tables/listStart' }), { type: 'tables/page', names: firstPage.TableNames ?? [] });
    if (!firstPage.LastEvaluatedTableName) tables = tablesReducer(tables, { type: 'tables/listDone' });
  }
  return { screens, modal: null, busy: {}, tables, browse: {}, counts: {}, connection, generation: 0 };
}

export function appReducer(s: AppState, a: AppAction): AppState {
  switch (a.type) {
    case 'push': case 'pop': case 'reset': case 'review': case 'itemWritten': case 'itemView':
      return { ...s, screens: screensReducer(s.screens, a) };
    case 'modal': return { ...s, modal: a.modal };
    case 'footer': return { ...s, footer: a.scopes };
    case 'flash': return { ...s, flash: a.flash };
    case 'busy': {
      const busy = { ...s.busy };
      if (a.label) busy[a.id] = a.label; else delete busy[a.id];
      return { ...s, busy };
    }
    case 'connect':
      return { ...s, connection: a.connection, generation: s.generation + 1, tables: initialTables, browse: {}, counts: {}, screens: [{ kind: 'tables' }], busy: {} };
    case 'count':
      return { ...s, counts: { ...s.counts, [a.table]: a.count } };
    case 'tableChanged': {
      const { [a.table]: _b, ...browse } = s.browse;
      const { [a.table]: _c, ...counts } = s.counts;
      const { [a.table]: _s, ...summaries } = s.tables.summaries;
      return { ...s, browse, counts, tables: { ...s.tables, summaries, request: s.tables.request + 1 } };
    }
    case 'browse':
      return { ...s, browse: { ...s.browse, [a.table]: browseReducer(s.browse[a.table] ?? initialBrowse(), a.action) } };
    default:
      return a.type.startsWith('tables/') ? { ...s, tables: tablesReducer(s.tables, a as TablesAction) } : s;
  }
}

/** Every call in flight, newest first: a page read must not hide the seeding progress. */
export function busyLabel(s: AppState): string | undefined {
  const labels = Object.values(s.busy).reverse();
  return labels.length ? labels.join(' · ') : undefined;
}

export function browseOf(s: AppState, table: string): BrowseState {
  return s.browse[table] ?? initialBrowse();
}
