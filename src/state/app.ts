// The app's state: the screen stack (each entry with its screen's own state), the open
// overlay, flash, busy labels, the table list, live counts, the connection and the
// terminal size. One reducer, so every change is an action a test can replay.
import type { ConnectionOptions } from '../dynamo/client.js';
import type { CountProgress } from '../dynamo/liveCount.js';
import { browseReducer, type BrowseAction, type BrowseState } from './browse.js';
import { flashText, type Flash, type FlashLevel } from './flash.js';
import type { Size } from './layout.js';
import type { RecallModal, SaveQueryModal } from './recall.js';
import { stackOf, stackReducer, topEntry, type Entry, type EntryOf, type Screen, type Stack, type StackAction } from './screens.js';
import { initialTables, tablesReducer, type TablesAction, type TablesState } from './tables.js';

export interface LiveCount {
  running: boolean;
  progress?: CountProgress;
  done?: { cancelled: boolean; seconds: number };
  error?: string;
}

/** Overlays: drawn over the screen on top of the stack, which stays as it is below. */
export type Modal =
  | null
  | { kind: 'help'; top: number }
  | { kind: 'command'; text: string; cursor: number; hint: string }
  /** The `/` field of the screen on top (its filter text lives in that screen's state). */
  | { kind: 'filter'; cursor: number }
  /** ctrl+r over a scan or query form: its recent and saved queries. */
  | RecallModal
  /** ctrl+s over a scan or query form: the name to save it under. */
  | SaveQueryModal;

export interface AppState {
  stack: Stack;
  modal: Modal;
  flash?: Flash;
  /** The last flash id given: ids never repeat, so an old timer never clears a new message. */
  flashSeq: number;
  /** What long calls are doing right now, by id; all are shown with the spinner. */
  busy: Record<string, string>;
  tables: TablesState;
  /** Live counts by table: they outlive the table screen (open an item, come back). */
  counts: Record<string, LiveCount>;
  connection: ConnectionOptions;
  /** The region the SDK resolved (flags, env or AWS config), for the header and messages. */
  region?: string;
  size: Size;
}

export type AppAction =
  | StackAction
  | TablesAction
  | { type: 'modal'; modal: Modal }
  | { type: 'flash'; level: FlashLevel; text: string }
  /** Clears the flash if it is still this one. */
  | { type: 'flashExpired'; id: number }
  | { type: 'busy'; id: string; label?: string }
  | { type: 'connect'; connection: ConnectionOptions }
  | { type: 'region'; region?: string }
  | { type: 'size'; size: Size }
  | { type: 'browse'; id: number; action: BrowseAction }
  | { type: 'count'; table: string; count: LiveCount }
  /** A table was deleted (or created anew): what the app remembers of it goes. */
  | { type: 'tableChanged'; table: string };

export function initialState(connection: ConnectionOptions, screens: Screen[], opts: {
  size?: Size; firstPage?: { TableNames?: string[]; LastEvaluatedTableName?: string };
} = {}): AppState {
  let tables = initialTables;
  const first = opts.firstPage;
  if (first) {
    tables = tablesReducer(tablesReducer(initialTables, { type: 'tables/listStart' }), { type: 'tables/page', names: first.TableNames ?? [] });
    if (!first.LastEvaluatedTableName) tables = tablesReducer(tables, { type: 'tables/listDone' });
  }
  return { stack: stackOf(screens), modal: null, flashSeq: 0, busy: {}, tables, counts: {}, connection, size: opts.size ?? { columns: 80, rows: 24 } };
}

export function appReducer(s: AppState, a: AppAction): AppState {
  switch (a.type) {
    case 'push': case 'pop': case 'reset': case 'entry': case 'itemWritten': {
      const stack = stackReducer(s.stack, a);
      if (stack === s.stack) return s;
      // An overlay belongs to the screen it was opened over.
      const modal = topEntry(stack).id === topEntry(s.stack).id ? s.modal : null;
      return { ...s, stack, modal };
    }
    case 'modal': return { ...s, modal: a.modal };
    case 'flash': return { ...s, flashSeq: s.flashSeq + 1, flash: { level: a.level, text: flashText(a.text), id: s.flashSeq + 1 } };
    case 'flashExpired': return s.flash?.id === a.id ? { ...s, flash: undefined } : s;
    case 'busy': {
      if ((s.busy[a.id] ?? undefined) === a.label) return s;
      const busy = { ...s.busy };
      if (a.label) busy[a.id] = a.label; else delete busy[a.id];
      return { ...s, busy };
    }
    case 'connect':
      return { ...s, connection: a.connection, region: undefined, tables: initialTables, counts: {}, busy: {}, modal: null, stack: stackReducer(s.stack, { type: 'reset', screens: [{ kind: 'tables' }] }) };
    case 'region': return { ...s, region: a.region };
    case 'size': return s.size.columns === a.size.columns && s.size.rows === a.size.rows ? s : { ...s, size: a.size };
    case 'count': return { ...s, counts: { ...s.counts, [a.table]: a.count } };
    case 'tableChanged': {
      const { [a.table]: _c, ...counts } = s.counts;
      return { ...s, counts, tables: tablesReducer(s.tables, { type: 'tables/forget', name: a.table }) };
    }
    case 'browse': {
      const stack = stackReducer(s.stack, { type: 'entry', id: a.id, update: (e) => (e.kind === 'table' ? withBrowse(e, browseReducer(e.browse, a.action)) : e) });
      return stack === s.stack ? s : { ...s, stack };
    }
    default:
      return a.type.startsWith('tables/') ? { ...s, tables: tablesReducer(s.tables, a as TablesAction) } : s;
  }
}

export const top = (s: AppState): Entry => topEntry(s.stack);

/** The same entry when the grid did not change (no redraw for an action that did nothing). */
const withBrowse = (e: EntryOf<'table'>, browse: BrowseState): Entry => (browse === e.browse ? e : { ...e, browse });

/** Every call in flight, newest first: a page read must not hide the seeding progress. */
export function busyLabel(s: AppState): string | undefined {
  const labels = Object.values(s.busy).reverse();
  return labels.length ? labels.join(' · ') : undefined;
}
