// Hard-wraps a long line to a width for display (the aws command in review and `x`);
// copying (`y`) takes the unwrapped text, so the break points need not be shell-safe.
import { displayWidth } from './width.js';

export function wrapLine(text: string, width: number): string[] {
  if (width < 8 || displayWidth(text) <= width) return [text];
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (displayWidth(line + ch) > width) { out.push(line); line = ''; }
    line += ch;
  }
  if (line) out.push(line);
  return out;
}
