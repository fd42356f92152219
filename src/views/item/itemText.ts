// The item view's text: the whole item as plain JSON or DynamoDB JSON, wrapped to the
// screen's width so a long value shows in full, and where a top-level attribute's line is
// (tab selects one for + and -).
import { itemToDdbJson, itemToPlainJson, type Item } from '../../dynamo/codec/index.js';
import { wrapLine } from '../../format/wrap.js';

export interface ItemText {
  /** The JSON as printed (what `y` copies). */
  text: string;
  /** The lines drawn: each JSON line, wrapped when wider than the screen. */
  lines: string[];
  /** Per drawn line: 0 a whole JSON line, 1 the first piece of a wrapped one, 2 a later piece. */
  pieces: Uint8Array;
}

// Printing and wrapping a 390 KB item takes a while; the view and its keys ask for the
// same item at the same width on every frame and key, so the last answer is kept.
let last: { item: Item; ddb: boolean; width: number; text: ItemText } | undefined;

export function itemLines(item: Item, ddb: boolean, width = Infinity): ItemText {
  if (last && last.item === item && last.ddb === ddb && last.width === width) return last.text;
  const text = ddb ? itemToDdbJson(item) : itemToPlainJson(item);
  const lines: string[] = [];
  const kinds: number[] = [];
  for (const line of text.split('\n')) {
    const wrapped = line.length > width || /[^\x20-\x7e]/.test(line) ? wrapLine(line, width) : [line];
    wrapped.forEach((piece, i) => { lines.push(piece); kinds.push(wrapped.length === 1 ? 0 : i === 0 ? 1 : 2); });
  }
  const result = { text, lines, pieces: Uint8Array.from(kinds) };
  last = { item, ddb, width, text: result };
  return result;
}

/** Both JSON forms print a top-level attribute as a line of its own, indented two spaces. */
export function lineOf(t: Pick<ItemText, 'lines' | 'pieces'>, name?: string): number {
  if (name === undefined) return -1;
  const start = `  ${JSON.stringify(name)}:`;
  return t.lines.findIndex((l, i) => t.pieces[i] !== 2 && l.startsWith(start));
}
