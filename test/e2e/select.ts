// Moving a list cursor to a row by its text, for apps that mark the cursor row with
// inverse video or a background colour (dynoscope's lists use inverse).
import type { Term } from './terminal.js';

/**
 * Whether the cells under `text` on screen row `y` are highlighted: in inverse video,
 * or (unless `inverseOnly`) on a background colour.
 */
export function isHighlighted(t: Term, y: number, text: string, inverseOnly = false): boolean {
  const buf = t.buffer();
  const line = buf.getLine(buf.viewportY + y);
  const x = t.line(y).indexOf(text);
  if (!line || x < 0 || !text) return false;
  const cell = buf.getNullCell();
  for (let i = x; i < x + text.length; i++) {
    const c = line.getCell(i, cell);
    if (!c || !(c.isInverse() || (!inverseOnly && !c.isBgDefault()))) return false;
  }
  return true;
}

const rowOf = (t: Term, text: string) => t.text().split('\n').findIndex((l) => l.includes(text));

/**
 * Rows (other than `skip`) that look like a cursor: their first word is highlighted.
 * Inverse rows win when there are any, since title bars often have a background.
 */
function cursorRows(t: Term, skip: number): number[] {
  const lines = t.text().split('\n');
  const find = (inverseOnly: boolean) =>
    lines.flatMap((l, y) => {
      const word = l.trim().split(/\s+/)[0];
      return y !== skip && isHighlighted(t, y, word, inverseOnly) ? [y] : [];
    });
  const inverse = find(true);
  return inverse.length ? inverse : find(false);
}

/**
 * Presses up/down until the row showing `text` is the highlighted one. Each press
 * waits until the highlight (or the screen, when the list scrolls) has changed.
 */
export async function selectRow(t: Term, text: string, opts: { maxPresses?: number; timeout?: number } = {}) {
  const max = opts.maxPresses ?? 100;
  for (let i = 0; i <= max; i++) {
    const y = rowOf(t, text);
    if (y >= 0 && isHighlighted(t, y, text)) return;
    // Go toward the target from the nearest cursor-looking row; down when unknown
    // (the target may be below the visible part of the list).
    const near = cursorRows(t, y).sort((a, b) => Math.abs(a - y) - Math.abs(b - y))[0];
    const key = y >= 0 && near !== undefined && near > y ? 'up' : 'down';
    const before = snapshot(t);
    await t.press(key);
    // A frame without the target and without any cursor is a half-drawn one.
    await t.waitFor(() => snapshot(t) !== before && (rowOf(t, text) >= 0 || cursorRows(t, -1).length > 0), {
      timeout: opts.timeout,
    });
  }
  throw new Error(`no highlighted row with "${text}" after ${max} presses; screen:\n${t.text()}`);
}

/** Screen text plus which rows are highlighted: changes when the cursor moves. */
function snapshot(t: Term): string {
  return t.text() + '\n' + cursorRows(t, -1).join(',');
}
