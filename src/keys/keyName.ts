// Turns Ink's (input, key) pair into one key name, the vocabulary of bindings.ts.
import type { Key } from 'ink';

export function keyName(input: string, key: Key): string {
  // shift+↑↓ move a column in the column picker; elsewhere nothing binds them.
  if (key.upArrow) return key.shift ? 'shift+up' : 'up';
  if (key.downArrow) return key.shift ? 'shift+down' : 'down';
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

/** A key as the app's queue holds it: its name, the text Ink gave, Ink's flags. */
export interface KeyPress { name: string; input: string; key: Partial<Key> }

/** One character of a multi-key chunk, named and flagged as Ink would have done alone
 * (control characters are ctrl+letter: ctrl+n is \x0e). */
export function charKeyPress(ch: string): KeyPress {
  const code = ch.charCodeAt(0);
  switch (ch) {
    case '\r': case '\n': return { name: 'enter', input: ch, key: { return: true } };
    case '\t': return { name: 'tab', input: ch, key: { tab: true } };
    case ' ': return { name: 'space', input: ch, key: {} };
    case '\x7f': case '\b': return { name: 'backspace', input: ch, key: { backspace: true } };
    default: {
      if (ch.length !== 1 || code < 1 || code > 26) return { name: ch, input: ch, key: {} };
      const letter = String.fromCharCode(code + 96);
      return { name: `ctrl+${letter}`, input: letter, key: { ctrl: true } };
    }
  }
}

/**
 * Ink's input event -> the keys it holds, in order. Keys typed faster than a read arrive as
 * one chunk ("j\r", "Foo\tbar"); Ink splits escape sequences only, so plain text is split
 * here into one key each. (esc followed at once by a key: see src/app/useKeys.ts.)
 */
export function keyPresses(input: string, key: Key): KeyPress[] {
  if (input.length > 1 && !key.ctrl && !key.meta) return [...input].map(charKeyPress);
  return [{ name: keyName(input, key), input, key }];
}
