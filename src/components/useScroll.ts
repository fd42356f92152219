// Scrolling a long text view: j/k, PgUp/PgDn (space), as a screen key layer.
import { useState } from 'react';
import { useKeys } from '../app/context.js';
import type { Handler } from '../app/keyRouter.js';
import type { Scope } from '../keys/bindings.js';

export function useScroll(scopes: Scope[], lineCount: number, height: number, handlers: Record<string, Handler>): number {
  return useScrollState(scopes, lineCount, height, handlers)[0];
}

/** The same, with a way to scroll a line into view. */
export function useScrollState(scopes: Scope[], lineCount: number, height: number, handlers: Record<string, Handler>): [number, (line: number) => void] {
  const [top, setTop] = useState(0);
  const max = Math.max(0, lineCount - height);
  const by = (d: number) => () => setTop((t) => Math.max(0, Math.min(max, t + d)));
  useKeys({
    scopes,
    handlers: {
      'scroll.down': by(1), 'scroll.up': by(-1),
      'scroll.pageDown': by(Math.max(1, height - 1)), 'scroll.pageUp': by(-Math.max(1, height - 1)),
      ...handlers,
    },
  });
  const current = Math.min(top, max);
  const show = (line: number) => setTop((t) => (line < t ? line : line >= t + height ? line - height + 1 : t));
  return [current, show];
}
