// The screen stack: `enter` pushes, `esc` pops, `:` commands replace. Each entry holds its
// screen's whole state (the grid, a form's values and focus, the review step, a job's
// progress), so nothing a user typed or started lives in a component: an overlay over
// it, or a render that has not happened yet, cannot lose it. Entries have ids, so a
// request that lands late updates the entry that asked for it, or nothing.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { ReadForm } from '../dynamo/read/form.js';
import type { Problem } from '../dynamo/errors.js';
import type { TableInfo } from '../dynamo/tableInfo.js';
import { sameKey } from '../dynamo/itemKey.js';
import { initialBrowse, type BrowseState } from './browse.js';
import type { EditDraft } from './editDraft.js';
import type { FieldErrors, FormUi } from './form.js';
import type { ImportJob, ExportJob } from './bulkJobs.js';
import type { TableDraft } from './tableDraft.js';
import type { WriteFailure, WriteFlow } from './writeFlow.js';
import type { UndoChoice, UndoList } from './undoList.js';

export type Item = Record<string, AttributeValue>;

/** A table's DescribeTable (and TTL), as the screens that need it hold it. */
export interface Described { info?: TableInfo; problem?: Problem; ttlProblem?: string; loading: boolean }

export interface DeleteDraft { onlyIfUnchanged: boolean; condition: string; values: string; /** explicit #names (JSON) */ names?: string }
export interface UpdateDraft { update: string; condition: string; values: string; /** explicit #names (JSON) */ names?: string; onlyIfUnchanged: boolean }

/** The write screens: one flow (form -> review -> sending -> result) in `flow`. */
export type WriteScreen =
  | { kind: 'edit'; table: string; mode: 'edit' | 'new'; item?: Item; draft: EditDraft; deleteOld: boolean; overwrite: boolean; flow: WriteFlow }
  | { kind: 'delete'; table: string; item: Item; draft: DeleteDraft; flow: WriteFlow }
  | { kind: 'update'; table: string; item: Item; draft: UpdateDraft; flow: WriteFlow }
  /** `+` / `-` on a number: no form, it starts at the review. */
  | { kind: 'counter'; table: string; item: Item; attribute: string; delta: string; flow: WriteFlow }
  | { kind: 'deleteMany'; table: string; keys: Item[]; confirm: string; flow: WriteFlow }
  /** The undo of a journaled write: no form, it opens on its review. */
  | { kind: 'undo'; table: string; choice: UndoChoice; flow: WriteFlow }
  | { kind: 'createTable'; draft: TableDraft; flow: WriteFlow }
  | { kind: 'deleteTable'; table: string; described: Described; confirm: string; flow: WriteFlow };

export type Screen =
  | { kind: 'tables' }
  | { kind: 'table'; name: string; described: Described; browse: BrowseState }
  | { kind: 'item'; table: string; item: Item; ddb: boolean; selected?: string; top: number }
  | { kind: 'readForm'; table: string; mode: 'scan' | 'query'; form: ReadForm; ui: FormUi; errors: FieldErrors; running: boolean }
  | { kind: 'request'; table: string; title: string; operation: string; input: object; top: number; /** which form of the call is shown (tab steps it) */ code?: number }
  /** `U` / `:undo`: the journal's last writes to this table. */
  | { kind: 'undoList'; table: string; list: UndoList }
  | WriteScreen
  | { kind: 'import'; table: string; job: ImportJob; ui: FormUi }
  /** Export of a Scan or Query (the one on the grid), all pages, to a file. */
  | { kind: 'export'; table: string; operation: 'Scan' | 'Query'; input: Record<string, unknown>; label: string; job: ExportJob; ui: FormUi };

export type Entry = Screen & { id: number };
export type EntryOf<K extends Screen['kind']> = Extract<Screen, { kind: K }> & { id: number };
export type WriteEntry = WriteScreen & { id: number };

export const WRITE_KINDS = ['edit', 'delete', 'update', 'counter', 'undo', 'deleteMany', 'createTable', 'deleteTable'] as const;
export function isWrite(e: Entry): e is WriteEntry {
  return (WRITE_KINDS as readonly string[]).includes(e.kind);
}

export interface Stack { entries: Entry[]; nextId: number }

export type StackAction =
  | { type: 'push'; screen: Screen }
  /** The top entry goes, if it is this one (a late answer never closes another screen). */
  | { type: 'pop'; id?: number }
  | { type: 'reset'; screens: Screen[] }
  /** The entry with this id, changed; nothing when it is gone. */
  | { type: 'entry'; id: number; update: (e: Entry) => Entry }
  /** After a write: every item screen of this table and key shows the item as written (or goes). */
  | { type: 'itemWritten'; table: string; key: Item; item?: Item };

export function stackOf(screens: Screen[]): Stack {
  return { entries: screens.map((s, i) => ({ ...s, id: i + 1 })), nextId: screens.length + 1 };
}

export function stackReducer(s: Stack, a: StackAction): Stack {
  switch (a.type) {
    case 'push': return { entries: [...s.entries, { ...a.screen, id: s.nextId }], nextId: s.nextId + 1 };
    case 'pop': {
      const top = s.entries[s.entries.length - 1];
      if (s.entries.length <= 1 || (a.id !== undefined && top?.id !== a.id)) return s;
      return { ...s, entries: s.entries.slice(0, -1) };
    }
    case 'reset': {
      const screens = a.screens.length ? a.screens : [{ kind: 'tables' } as Screen];
      return { entries: screens.map((x, i) => ({ ...x, id: s.nextId + i })), nextId: s.nextId + screens.length };
    }
    case 'entry': {
      const at = s.entries.findIndex((e) => e.id === a.id);
      if (at < 0) return s;
      const next = a.update(s.entries[at]!);
      if (next === s.entries[at]) return s;
      return { ...s, entries: s.entries.map((e, i) => (i === at ? next : e)) };
    }
    case 'itemWritten': {
      const shows = (e: Entry) => e.kind === 'item' && e.table === a.table && sameKey(e.item, a.key);
      if (!s.entries.some(shows)) return s;
      // A deleted item's view goes; a written one shows the item as written.
      if (!a.item) return { ...s, entries: s.entries.filter((e, i) => i === 0 || !shows(e)) };
      return { ...s, entries: s.entries.map((e) => (shows(e) ? { ...e, item: a.item } as Entry : e)) };
    }
  }
}

export function topEntry(s: Stack): Entry {
  return s.entries[s.entries.length - 1]!;
}

export function entryById(s: Stack, id: number): Entry | undefined {
  return s.entries.find((e) => e.id === id);
}

export function crumbs(entries: readonly Entry[]): string[] {
  return entries.map((s) => {
    const review = 'flow' in s && (s.flow.step === 'review' || s.flow.step === 'sending') ? ' › review' : '';
    switch (s.kind) {
      case 'tables': return 'tables';
      case 'table': return s.name;
      case 'item': return 'item';
      case 'readForm': return s.mode;
      case 'request': return 'request';
      case 'edit': return (s.mode === 'new' ? 'new item' : 'edit') + review;
      case 'delete': return 'delete' + review;
      case 'update': return 'update' + review;
      case 'deleteMany': return `delete ${s.keys.length} items${review}`;
      case 'counter': return `${s.delta.startsWith('-') ? '−' : '+'} ${s.attribute} › review`;
      case 'undo': return 'undo › review';
      case 'undoList': return 'undo';
      case 'createTable': return 'create table' + review;
      case 'deleteTable': return `delete table ${s.table}`;
      case 'import': return 'import';
      case 'export': return 'export';
    }
  });
}

export type { WriteFailure };

/** Where `dynoscope [TABLE]` starts: the table list, and the table on top when named (its
 * controller describes it once the app starts). */
export function initialScreens(table?: string): Screen[] {
  const tables: Screen = { kind: 'tables' };
  return table ? [tables, { kind: 'table', name: table, described: { loading: true }, browse: initialBrowse() }] : [tables];
}
