/**
 * Terminal column widths. Measured with `string-width`, the package Ink itself lays
 * out text with, so a cell we size to N columns is N columns in Ink's eyes too (CJK
 * and most emoji are 2 wide, combining marks 0).
 */
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const segmenter = new Intl.Segmenter();

export const ELLIPSIS = '…';
/** string-width's answer for `…`, known here: asking it the first time compiles its
 * Unicode tables (tens of ms), which an all-ASCII first frame never needs otherwise. */
const ELLIPSIS_WIDTH = 1;

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  return text === ELLIPSIS ? ELLIPSIS_WIDTH : stringWidth(text);
}

/** At most `max` columns; a cut text ends in `…`, and graphemes are never split. */
export function truncateToWidth(text: string, max: number, ellipsis = ELLIPSIS): string {
  return truncated(text, max, ellipsis).text;
}

/** The cut text and its width in columns. */
function truncated(text: string, max: number, ellipsis: string): { text: string; width: number } {
  if (max <= 0) return { text: '', width: 0 };
  const whole = displayWidth(text);
  if (whole <= max) return { text, width: whole };
  const tail = displayWidth(ellipsis);
  const room = max - tail;
  if (room < 0) return { text: '', width: 0 };
  if (PRINTABLE_ASCII.test(text)) return { text: text.slice(0, room) + ellipsis, width: room + tail };
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > room) break;
    out += segment;
    used += w;
  }
  return { text: out + ellipsis, width: used + tail };
}

/** Exactly `width` columns: cut with `…` if longer, padded with spaces (on the left when `right`). */
export function fitText(text: string, width: number, right = false): string {
  const cut = truncated(text, width, ELLIPSIS);
  const pad = ' '.repeat(Math.max(0, width - cut.width));
  return right ? pad + cut.text : cut.text + pad;
}
