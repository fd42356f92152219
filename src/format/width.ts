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

// string-width costs microseconds a call (it segments and tests its argument again); a long
// value repeats the same few graphemes, so their widths are kept (bounded).
const widths = new Map<string, number>();
function graphemeWidth(g: string): number {
  if (g.length === 1 && isPrintableAscii(g.charCodeAt(0))) return 1;
  let w = widths.get(g);
  if (w === undefined) {
    w = displayWidth(g);
    if (widths.size >= 4096) widths.clear();
    widths.set(g, w);
  }
  return w;
}

/**
 * Code points that are a grapheme on their own when the next one is one of them too: none
 * of them extends, joins or prepends (Unicode UAX #29), so between two of them there is
 * always a boundary. Printable ASCII, Latin-1 to spacing modifiers, kana (without the
 * combining sound marks), CJK ideographs, Hangul syllables, emoji pictographs (without
 * the skin-tone modifiers).
 */
const isSimple = (c: number) =>
  (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0x2ff) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x309d && c <= 0x30ff)
  || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1f300 && c <= 0x1f3fa) || (c >= 0x1f400 && c <= 0x1faff);

/**
 * The longest run of whole graphemes of `text` from `from` that fits in `max` columns:
 * where it ends and how wide it is. Measures only that run (plus one character of
 * look-ahead), so it is cheap at any position of a text of any length. Simple characters
 * are measured one by one; only the rest (combining marks, joined emoji, flags, …) go
 * through the segmenter, one grapheme at a time.
 */
export function fitPrefix(text: string, from: number, max: number): { end: number; width: number } {
  let pos = from;
  let used = 0;
  const n = text.length;
  while (pos < n) {
    const c = text.codePointAt(pos)!;
    let size = c > 0xffff ? 2 : 1;
    const next = pos + size < n ? text.codePointAt(pos + size)! : -1;
    let w: number;
    if (isSimple(c) && (next < 0 || isSimple(next))) {
      w = isPrintableAscii(c) ? 1 : graphemeWidth(text.slice(pos, pos + size));
    } else {
      const g = graphemeAt(text, pos);
      size = g.length;
      w = graphemeWidth(g);
    }
    if (used + w > max) break;
    used += w;
    pos += size;
  }
  return { end: pos, width: used };
}

/** The grapheme that starts at `pos`, segmented from a short slice (longer if it fills it). */
function graphemeAt(text: string, pos: number): string {
  for (let len = 32; ; len *= 4) {
    const slice = text.slice(pos, pos + len);
    const [first] = segmenter.segment(slice);
    if (first!.segment.length < slice.length || pos + len >= text.length) return first!.segment;
  }
}

/** Exactly `width` columns: cut with `…` if longer, padded with spaces (on the left when `right`). */
export function fitText(text: string, width: number, right = false): string {
  const cut = truncated(text, width, ELLIPSIS);
  const pad = ' '.repeat(Math.max(0, width - cut.width));
  return right ? pad + cut.text : cut.text + pad;
}
