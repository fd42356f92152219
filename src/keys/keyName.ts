// Turns Ink's (input, key) pair into one key name, the vocabulary of bindings.ts.
import type { Key } from 'ink';

export function keyName(input: string, key: Key): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageDown) return 'pgdn';
  if (key.pageUp) return 'pgup';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.escape) return 'esc';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input) return `ctrl+${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  return input;
}

/** One character of a multi-key chunk. */
export function charKeyName(ch: string): string {
  switch (ch) {
    case '\r': case '\n': return 'enter';
    case '\t': return 'tab';
    case ' ': return 'space';
    case '\x7f': case '\b': return 'backspace';
    case '\x03': return 'ctrl+c';
    default: return ch;
  }
}
