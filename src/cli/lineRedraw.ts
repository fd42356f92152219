// Redraw only the lines that changed. Ink 6 repaints a screen-high frame whole on every
// render (erase the screen, write every line), about 5-7 KB at 160x45 for one cursor
// move: over ssh that is what makes a key feel slow. Its own `incrementalRendering` does
// not help here: a frame as high as the terminal takes the erase-and-repaint path anyway.
// So the app hands Ink a stdout whose write() recognizes that whole-frame write, compares
// it line by line with the frame already on screen, and sends only the lines that differ,
// each put in place with an absolute cursor move. Anything else written (the first frame,
// erasing, console output) goes through untouched and makes the next frame a whole one,
// as does a resize or an explicit invalidate() (after the screen was cleared elsewhere).
import { stripVTControlCharacters } from 'node:util';
import { displayWidth } from '../format/width.js';

/** What Ink writes before a frame that fills the terminal (ansi-escapes' clearTerminal). */
export const CLEAR_TERMINAL = '\x1b[2J\x1b[3J\x1b[H';
/** Writes that only switch modes, move the cursor or talk to the terminal (OSC 52, tmux
 * passthrough) leave the screen's text as it was. */
const NEUTRAL = /^(?:\x1b\[\??[0-9;]*[hlABCDGHf]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1bP[^]*?\x1b\\)*$/;

interface Shown {
  lines: string[];
  columns: number;
  rows: number;
}

export interface LineRedraw {
  /** The stream to give Ink: process.stdout in every respect but write(). */
  readonly stream: NodeJS.WriteStream;
  /** The screen no longer shows the last frame: draw the next one whole. */
  invalidate(): void;
}

/** The bytes that turn `before` into `after`, both frames of the same size. */
export function frameDiff(before: readonly string[], after: readonly string[]): string {
  let out = '';
  for (let i = 0; i < after.length; i++) {
    if (after[i] === before[i]) continue;
    // Erase first, then write: an erase after a line that fills the last column would
    // take that column's character with it on terminals that keep the cursor there.
    out += `\x1b[${i + 1}H\x1b[K${after[i]}`;
  }
  if (out === '') return '';
  // Leave the cursor where a whole frame leaves it (end of the last line), since Ink's
  // own erasing moves relative to that place.
  const last = after.length;
  const width = displayWidth(stripVTControlCharacters(after[last - 1] ?? ''));
  return `${out}\x1b[${last};${width + 1}H`;
}

/** Whether a whole write of these lines leaves each on its own row, unwrapped, unscrolled. */
function fits(lines: readonly string[], size: { columns: number; rows: number }): boolean {
  if (!size.columns || !size.rows || lines.length > size.rows) return false;
  return lines.every((l) => displayWidth(stripVTControlCharacters(l)) <= size.columns);
}

export function lineRedraw(out: NodeJS.WriteStream): LineRedraw {
  let shown: Shown | undefined;
  const invalidate = () => {
    shown = undefined;
  };
  out.on('resize', invalidate);

  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : undefined;
    const send = (data: unknown) => (out.write as (...a: unknown[]) => boolean)(data, ...rest);
    if (text === undefined) {
      invalidate();
      return send(chunk);
    }
    if (!text.startsWith(CLEAR_TERMINAL)) {
      if (!NEUTRAL.test(text)) invalidate();
      return send(text);
    }
    const lines = text.slice(CLEAR_TERMINAL.length).split('\n');
    const size = { columns: out.columns, rows: out.rows };
    const before = shown;
    // Right after a resize Ink may lay out one frame for the old size: lines wider than the
    // terminal wrap and a frame taller than it scrolls, so the screen is not these lines.
    shown = fits(lines, size) ? { lines, ...size } : undefined;
    if (!before || before.columns !== size.columns || before.rows !== size.rows || before.lines.length !== lines.length) {
      return send(text);
    }
    const diff = frameDiff(before.lines, lines);
    if (diff === '') {
      // Nothing to send; a write callback, if any, still expects to be called.
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      if (cb) queueMicrotask(cb);
      return true;
    }
    // A frame that changed nearly everywhere (a new page) goes whole: no longer that way.
    return send(diff.length < text.length ? diff : text);
  };

  // A Proxy rather than a copy: Ink and the app read columns/rows/isTTY live and listen
  // for 'resize' on it, which must all be the real stream's.
  const bound = new WeakMap<object, unknown>();
  const stream = new Proxy(out, {
    get(target, prop) {
      if (prop === 'write') return write;
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (!bound.has(value)) bound.set(value, (value as (...a: unknown[]) => unknown).bind(target));
      return bound.get(value);
    },
  });
  return { stream, invalidate };
}
