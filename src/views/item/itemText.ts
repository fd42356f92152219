// The item view's text: the whole item as plain JSON or DynamoDB JSON, one line per row,
// and where a top-level attribute's line is (tab selects one for + and -).
import { itemToDdbJson, itemToPlainJson, type Item } from '../../dynamo/codec/index.js';

export function itemLines(item: Item, ddb: boolean): { text: string; lines: string[] } {
  const text = ddb ? itemToDdbJson(item) : itemToPlainJson(item);
  return { text, lines: text.split('\n') };
}

/** Both JSON forms print a top-level attribute as a line of its own, indented two spaces. */
export function lineOf(lines: string[], name?: string): number {
  return name === undefined ? -1 : lines.findIndex((l) => l.startsWith(`  ${JSON.stringify(name)}:`));
}
