// Feeds program output into the headless xterm one chunk at a time.
//
// xterm parses queued chunks in one synchronous batch, so if everything were handed
// over at once, code awaiting a match (say, a screenshot) would run only after later
// chunks had already changed the screen. Handing over the next chunk only after a
// macrotask lets that code run while the screen is still the one that matched.
import type { Terminal } from '@xterm/headless';

export interface Feed {
  push(chunk: string): void;
  /** Resolves once every chunk pushed so far has been parsed. */
  drained(): Promise<void>;
}

export function createFeed(vt: Terminal, onParsed: () => void): Feed {
  const queue: string[] = [];
  const waiting: (() => void)[] = [];
  let busy = false;
  const pump = () => {
    if (busy) return;
    const chunk = queue.shift();
    if (chunk === undefined) {
      for (const done of waiting.splice(0)) done();
      return;
    }
    busy = true;
    vt.write(chunk, () => {
      onParsed();
      setImmediate(() => {
        busy = false;
        pump();
      });
    });
  };
  return {
    push(chunk) {
      queue.push(chunk);
      pump();
    },
    drained: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        pump();
      }),
  };
}
