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
    default: {
      // Other control characters are ctrl+letter (ctrl+n is \x0e), as Ink names them alone.
      const code = ch.charCodeAt(0);
      return ch.length === 1 && code >= 1 && code <= 26 ? `ctrl+${String.fromCharCode(code + 96)}` : ch;
    }
  }
}

/** The Ink key flags of one character of a chunk, for handlers that read them (text fields). */
export function charKey(ch: string): Partial<Key> & { input: string } {
  const name = charKeyName(ch);
  if (name.startsWith('ctrl+')) return { ctrl: true, input: name.slice(5) };
  return { input: ch, return: name === 'enter', tab: name === 'tab', backspace: name === 'backspace' };
}
