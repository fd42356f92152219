// The screen stack: `enter` pushes, `esc` pops, `:` commands replace. Breadcrumbs are
// derived from it, never stored.

import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { sameValue } from '../dynamo/write/equality.js';

export type Screen =
  | { kind: 'tables' }
  | { kind: 'table'; name: string }
  | { kind: 'item'; table: string; item: Record<string, AttributeValue>; ddb?: boolean; selected?: string }
  | { kind: 'deleteMany'; table: string; keys: Record<string, AttributeValue>[] }
  | { kind: 'counter'; table: string; item: Record<string, AttributeValue>; attribute: string; delta: string }
  | { kind: 'readForm'; table: string; mode: 'scan' | 'query' }
  | { kind: 'request'; table: string; title: string; operation: string; input: Record<string, unknown> }
  | { kind: 'edit'; table: string; mode: 'edit' | 'new'; item?: Record<string, AttributeValue>; review?: boolean;
      /** What the form starts from when it is not the loaded item (the result of `E`). */
      initial?: Record<string, AttributeValue> }
  | { kind: 'delete'; table: string; item: Record<string, AttributeValue>; review?: boolean }
  | { kind: 'update'; table: string; item: Record<string, AttributeValue>; review?: boolean }
  | { kind: 'createTable'; review?: boolean }
  | { kind: 'deleteTable'; table: string }
  | { kind: 'import'; table: string }
  /** Export of a Scan or Query (the one on the grid), all pages, to a file. */
  | { kind: 'export'; table: string; operation: 'Scan' | 'Query'; input: Record<string, unknown>; label: string };

export type ScreenAction =
  | { type: 'push'; screen: Screen }
  | { type: 'pop' }
  | { type: 'reset'; screens: Screen[] }
  /** A write screen switches between its form and the review of its request. */
  | { type: 'review'; review: boolean }
  /** The item view's JSON form and selected attribute, kept in the stack so `x` and back
   * find it as it was. */
  | { type: 'itemView'; ddb?: boolean; selected?: string }
  /** After a write: every item screen of this table and key shows the item as written. */
  | { type: 'itemWritten'; table: string; key: Record<string, AttributeValue>; item?: Record<string, AttributeValue> };

export function screensReducer(stack: Screen[], a: ScreenAction): Screen[] {
  switch (a.type) {
    case 'push': return [...stack, a.screen];
    case 'pop': return stack.length > 1 ? stack.slice(0, -1) : stack;
    case 'reset': return a.screens.length ? a.screens : [{ kind: 'tables' }];
    case 'review': {
      const top = stack[stack.length - 1];
      return 'review' in top || top.kind === 'edit' || top.kind === 'delete' || top.kind === 'update' || top.kind === 'createTable'
        ? [...stack.slice(0, -1), { ...top, review: a.review } as Screen] : stack;
    }
    case 'itemView': {
      const top = stack[stack.length - 1];
      const { type: _, ...patch } = a;
      return top.kind === 'item' ? [...stack.slice(0, -1), { ...top, ...patch }] : stack;
    }
    case 'itemWritten': {
      const shows = (s: Screen) => s.kind === 'item' && s.table === a.table && sameKey(s.item, a.key);
      // A deleted item's view goes; a written one shows the item as written.
      if (!a.item) return stack.filter((s) => !shows(s));
      return stack.map((s) => (shows(s) ? { ...s, item: a.item } as Screen : s));
    }
  }
}

export function crumbs(stack: Screen[]): string[] {
  return stack.map((s) => {
    switch (s.kind) {
      case 'tables': return 'tables';
      case 'table': return s.name;
      case 'item': return 'item';
      case 'readForm': return s.mode;
      case 'request': return 'request';
      case 'edit': return s.mode === 'new' ? (s.review ? 'new item › review' : 'new item') : (s.review ? 'edit › review' : 'edit');
      case 'delete': return s.review ? 'delete › review' : 'delete';
      case 'update': return s.review ? 'update › review' : 'update';
      case 'deleteMany': return `delete ${s.keys.length} items`;
      case 'counter': return `${s.delta.startsWith('-') ? '−' : '+'} ${s.attribute} › review`;
      case 'createTable': return s.review ? 'create table › review' : 'create table';
      case 'deleteTable': return `delete table ${s.table}`;
      case 'import': return 'import';
      case 'export': return 'export';
    }
  });
}

/** Where `dynoscope [TABLE]` starts: the table list, and the table on top when named. */
export function initialScreens(table?: string): Screen[] {
  return table ? [{ kind: 'tables' }, { kind: 'table', name: table }] : [{ kind: 'tables' }];
}

/** Whether `item` holds exactly these key attribute values (DynamoDB equality: binary by bytes). */
export function sameKey(item: Record<string, AttributeValue>, key: Record<string, AttributeValue>): boolean {
  return Object.entries(key).every(([k, v]) => Object.hasOwn(item, k) && sameValue(item[k], v));
}
