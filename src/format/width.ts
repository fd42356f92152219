/**
 * Terminal column widths. Measured with `string-width`, the package Ink itself lays
 * out text with, so a cell we size to N columns is N columns in Ink's eyes too (CJK
 * and most emoji are 2 wide, combining marks 0).
 */
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const segmenter = new Intl.Segmenter();

export const ELLIPSIS = '…';

export function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** At most `max` columns; a cut text ends in `…`, and graphemes are never split. */
export function truncateToWidth(text: string, max: number, ellipsis = ELLIPSIS): string {
  if (max <= 0) return '';
  if (displayWidth(text) <= max) return text;
  const room = max - displayWidth(ellipsis);
  if (room < 0) return '';
  if (PRINTABLE_ASCII.test(text)) return text.slice(0, room) + ellipsis;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > room) break;
    out += segment;
    used += w;
  }
  return out + ellipsis;
}

/** Exactly `width` columns: cut with `…` if longer, padded with spaces (on the left when `right`). */
export function fitText(text: string, width: number, right = false): string {
  const cut = truncateToWidth(text, width);
  const pad = ' '.repeat(Math.max(0, width - displayWidth(cut)));
  return right ? pad + cut : cut + pad;
}
