// The screen stack: `enter` pushes, `esc` pops, `:` commands replace. Breadcrumbs are
// derived from it, never stored.

import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export type Screen =
  | { kind: 'tables' }
  | { kind: 'table'; name: string }
  | { kind: 'item'; table: string; item: Record<string, AttributeValue> }
  | { kind: 'readForm'; table: string; mode: 'scan' | 'query' }
  | { kind: 'request'; table: string; title: string; operation: string; input: Record<string, unknown> };

export type ScreenAction =
  | { type: 'push'; screen: Screen }
  | { type: 'pop' }
  | { type: 'reset'; screens: Screen[] };

export function screensReducer(stack: Screen[], a: ScreenAction): Screen[] {
  switch (a.type) {
    case 'push': return [...stack, a.screen];
    case 'pop': return stack.length > 1 ? stack.slice(0, -1) : stack;
    case 'reset': return a.screens.length ? a.screens : [{ kind: 'tables' }];
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
    }
  });
}

/** Where `dynoscope [TABLE]` starts: the table list, and the table on top when named. */
export function initialScreens(table?: string): Screen[] {
  return table ? [{ kind: 'tables' }, { kind: 'table', name: table }] : [{ kind: 'tables' }];
}
