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

/** The cut text and its width in columns. Only the part that can show is measured, so
 * cutting a value of any length costs about `max` graphemes. */
function truncated(text: string, max: number, ellipsis: string): { text: string; width: number } {
  if (max <= 0) return { text: '', width: 0 };
  const all = fitPrefix(text, 0, max);
  if (all.end >= text.length) return { text, width: all.width };
  const tail = displayWidth(ellipsis);
  const room = max - tail;
  if (room < 0) return { text: '', width: 0 };
  const cut = fitPrefix(text, 0, room);
  return { text: text.slice(0, cut.end) + ellipsis, width: cut.width + tail };
}

const isPrintableAscii = (code: number) => code >= 0x20 && code <= 0x7e;

/**
 * The longest run of whole graphemes of `text` from `from` that fits in `max` columns:
 * where it ends and how wide it is. Measures only that run (plus a little look-ahead), so
 * it is cheap at any position of a text of any length.
 */
export function fitPrefix(text: string, from: number, max: number): { end: number; width: number } {
  let pos = from;
  let used = 0;
  while (pos < text.length && used < max && isPrintableAscii(text.charCodeAt(pos))) { pos++; used++; }
  if (pos >= text.length) return { end: pos, width: used };
  const next = text.charCodeAt(pos);
  if (used >= max && (isPrintableAscii(next) || next < 0x300)) return { end: pos, width: used };
  // The last ASCII character may start a grapheme with what follows (e + combining accent).
  if (pos > from) { pos--; used--; }
  while (pos < text.length) {
    // Segment a slice a bit longer than can fit; its last grapheme may be cut by the slice
    // end, so it is taken only when the slice reaches the end of the text.
    const sliceEnd = Math.min(text.length, pos + (max - used) * 2 + 16);
    const whole = sliceEnd >= text.length;
    let last = pos;
    let progressed = false;
    for (const { segment } of segmenter.segment(text.slice(pos, sliceEnd))) {
      const w = displayWidth(segment);
      if (used + w > max) return { end: pos, width: used };
      if (!whole && last + segment.length >= sliceEnd) break;
      used += w;
      pos += segment.length;
      last = pos;
      progressed = true;
    }
    if (whole) return { end: pos, width: used };
    if (!progressed) {
      // One grapheme longer than the slice (a long run of combining marks): take it whole.
      const [first] = segmenter.segment(text.slice(pos));
      const w = displayWidth(first!.segment);
      if (used + w > max) return { end: pos, width: used };
      used += w;
      pos += first!.segment.length;
    }
  }
  return { end: pos, width: used };
}

/** Exactly `width` columns: cut with `…` if longer, padded with spaces (on the left when `right`). */
export function fitText(text: string, width: number, right = false): string {
  const cut = truncated(text, width, ELLIPSIS);
  const pad = ' '.repeat(Math.max(0, width - cut.width));
  return right ? pad + cut.text : cut.text + pad;
}
