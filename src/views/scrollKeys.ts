// j/k and PgUp/PgDn (space) over a long text (item, request, review, help).
import type { Handlers } from '../app/layer.js';

/** `lineCount` is asked only when a scroll key comes (the text may be costly to lay out). */
export function scrollHandlers(top: number, lineCount: () => number, height: number, set: (top: number) => void): Handlers {
  const page = Math.max(1, height - 1);
  const by = (d: number) => () => {
    const max = Math.max(0, lineCount() - height);
    set(Math.max(0, Math.min(max, Math.min(top, max) + d)));
  };
  return { 'scroll.down': by(1), 'scroll.up': by(-1), 'scroll.pageDown': by(page), 'scroll.pageUp': by(-page) };
}

/** `fn`'s value, worked out on the first call only. */
export function once<T>(fn: () => T): () => T {
  let done: { v: T } | undefined;
  return () => (done ??= { v: fn() }).v;
}
