// Hard-wraps a long line to a width for display (the aws command in review and `x`, the
// item view's long values); copying (`y`) takes the unwrapped text, so the break points
// need not be shell-safe.
import { fitPrefix } from './width.js';

/** `text` cut into lines of at most `width` columns, graphemes whole. Linear in the
 * length: each line is measured once, from where the one before it ended. */
export function wrapLine(text: string, width: number): string[] {
  if (width < 8) return [text];
  const out: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    let { end } = fitPrefix(text, pos, width);
    // A grapheme wider than the line (never at width >= 8, but never loop forever).
    if (end === pos) end = pos + (text.codePointAt(pos)! > 0xffff ? 2 : 1);
    out.push(text.slice(pos, end));
    pos = end;
  }
  return out.length ? out : [text];
}
