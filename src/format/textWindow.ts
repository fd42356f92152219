// A window of a long text around its cursor, for editing a value far wider than the screen
// (a 390 KB attribute). Only the rows that show are measured, so a key costs the same at
// any length and any cursor position; the text itself is never wrapped as a whole.
import { fitPrefix } from './width.js';

export interface WindowRow {
  /** Code units [from, to) of the text on this row; the last row's `to` is one past the
   * text's length when it holds the cell after the end. */
  from: number;
  to: number;
  /** What to draw: control characters as their visible pictures (␊ for a newline). */
  shown: string;
}

export interface TextWindow {
  /** Where the window starts: pass it back as `anchor` next time, so it stays put while
   * the cursor moves inside it. */
  start: number;
  rows: WindowRow[];
  /** The row and the code unit on it where the cursor is. */
  cursorRow: number;
}

/** C0 controls and DEL drawn as one-column pictures, so each row's width is what shows. */
export function visibleControls(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, (c) => (c === '\x7f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))));
}

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** A start never splits a surrogate pair. */
const snap = (text: string, at: number) => {
  const i = Math.max(0, Math.min(at, text.length));
  return i > 0 && i < text.length && isLow(text.charCodeAt(i)) ? i - 1 : i;
};

/**
 * Up to `count` rows of `width` columns from `start`. The cursor may sit after the last
 * character: that position gets a cell of its own (one space past the end).
 */
export function layoutRows(text: string, start: number, width: number, count: number): WindowRow[] {
  const rows: WindowRow[] = [];
  // Enough of the text for the rows (every grapheme is at least one code unit and at most
  // two columns wide; zero-width runs grow the slice below).
  let budget = count * width * 2 + 16;
  for (;;) {
    rows.length = 0;
    const end = Math.min(text.length, start + budget);
    const atEnd = end >= text.length;
    const chunk = visibleControls(text.slice(start, end)) + (atEnd ? ' ' : '');
    let pos = 0;
    while (rows.length < count && pos < chunk.length) {
      let to = fitPrefix(chunk, pos, width).end;
      if (to === pos) to = pos + (chunk.codePointAt(pos)! > 0xffff ? 2 : 1);
      rows.push({ from: start + pos, to: start + to, shown: chunk.slice(pos, to) });
      pos = to;
    }
    // Rows that ran into the end of a slice that is not the end of the text may be short.
    if (atEnd || rows.length === count && pos < chunk.length) break;
    budget *= 4;
  }
  return rows;
}

/** The row the cursor is on (the last row's `to` counts the cell after the end). */
const holds = (rows: WindowRow[], cursor: number) => rows.findIndex((r) => cursor >= r.from && cursor < r.to);

/**
 * The rows to show so that `cursor` is on one of them: the window stays where it was
 * (`anchor`) while the cursor is inside, scrolls by rows when the cursor moves just past
 * an edge, and re-centres when the cursor jumps far (home, end).
 */
export function textWindow(text: string, cursor: number, width: number, lines: number, anchor = 0): TextWindow {
  const w = Math.max(1, width);
  const n = Math.max(1, lines);
  const c = Math.max(0, Math.min(cursor, text.length));
  let start = snap(text, anchor);
  if (c < start) start = snap(text, c - Math.floor(n / 3) * w);
  let rows = layoutRows(text, start, w, n);
  let at = holds(rows, c);
  if (at < 0) {
    // Just past the bottom: scroll down by rows, measuring a few rows more than shown.
    const more = layoutRows(text, start, w, n * 3);
    const i = holds(more, c);
    if (i >= 0) start = more[Math.max(0, i - n + 1)]!.from;
    else start = snap(text, c - Math.floor((2 * n) / 3) * w);
    rows = layoutRows(text, start, w, n);
    at = holds(rows, c);
    if (at < 0) {
      // Rows much narrower than `width` (wide or zero-width runs): start at the cursor.
      start = snap(text, c);
      rows = layoutRows(text, start, w, n);
      at = Math.max(0, holds(rows, c));
    }
  }
  return { start, rows, cursorRow: at };
}
