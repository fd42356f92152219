// One progress line on stderr, redrawn in place, only when stderr is a terminal: piped
// or redirected stderr (scripts, CI logs) gets no progress noise.
const REDRAW_MS = 100;

export interface ProgressLine {
  update(text: () => string): void;
  /** Erases the line (before the summary or an error). */
  done(): void;
}

export function progressLine(stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  return {
    update(text) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      shown = true;
      const width = Math.max(20, (stream.columns || 80) - 1);
      stream.write(`\r\x1b[2K${text().slice(0, width)}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}

import { formatCount } from '../../format/numbers.js';

export { formatCount as n };

export { retryText } from '../../format/progress.js';
