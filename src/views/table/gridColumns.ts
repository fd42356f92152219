// Where each grid column goes across the terminal: the pinned key columns at the left, a
// gutter that says how many columns are scrolled out to the left, then the scrolled
// columns that fit, and room at the end for how many are hidden to the right. Pure, so it
// is tested without drawing.

export interface Col { name: string; width: number }

export interface GridColumns {
  pinned: Col[];
  /** Between the keys and the scrolled columns: `│` and, scrolled, `◀ 12 more `. */
  gutter: string;
  /** The same width in the rows, blank. */
  rowGutter: string;
  scroll: Col[];
  /** Columns hidden left and right of the scrolled ones. */
  left: number;
  right: number;
}

/** Keys may take up to half the width; wider keys are cut (never below 4 columns each). */
function pinnedWidths(widths: number[], width: number): number[] {
  const used = widths.reduce((n, w) => n + w + 1, 0);
  const budget = Math.floor(width / 2);
  if (used <= budget) return widths;
  const room = Math.max(0, budget - widths.length);
  const total = widths.reduce((n, w) => n + w, 0);
  return widths.map((w) => Math.max(4, Math.floor((w * room) / total)));
}

export const rightLabel = (n: number): string => (n > 0 ? ` ${n} more ▶` : '');

/**
 * `scrollWidths` are the suggested widths of the shown non-key columns from `offset` on;
 * `scrollTotal` is how many shown non-key columns there are in all.
 */
export function layoutGrid(pinnedNames: string[], pinnedSuggested: number[], scrollNames: string[], scrollWidths: number[],
  offset: number, scrollTotal: number, width: number): GridColumns {
  const pw = pinnedWidths(pinnedSuggested, width);
  const pinned = pinnedNames.map((name, i) => ({ name, width: pw[i]! }));
  let used = pinned.reduce((n, c) => n + c.width + 1, 0);
  const bar = pinned.length ? '│' : '';
  const gutter = bar + (offset > 0 ? `◀ ${offset} more ` : pinned.length ? ' ' : '');
  used += gutter.length;
  // Room for "N more ▶" at the end, as if every later column were hidden (the most it takes).
  const avail = width - used - rightLabel(scrollTotal - offset).length;
  const scroll: Col[] = [];
  let taken = 0;
  for (let i = 0; i < scrollNames.length; i++) {
    const w = Math.min(scrollWidths[i]!, Math.max(4, avail - taken - 1));
    if (taken + w > avail && scroll.length) break;
    scroll.push({ name: scrollNames[i]!, width: w });
    taken += w + 1;
  }
  return {
    pinned, gutter, rowGutter: bar + ' '.repeat(Math.max(0, gutter.length - bar.length)), scroll,
    left: offset, right: Math.max(0, scrollTotal - offset - scroll.length),
  };
}
