// The app's keys from Ink, in order, as KeyPresses. One thing Ink loses is fixed here: esc
// typed and followed at once by another key reaches Ink as one event ("\x1b?", "\x1b\x1b[A"),
// which it reads as that key alone (or as alt+key), so the esc would vanish. The app binds
// no alt keys: such an event is esc, then the key.
import { useInput, useStdin } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { keyPresses, type KeyPress } from '../keys/keyName.js';

const ESC: KeyPress = { name: 'esc', input: '', key: { escape: true, meta: true } };
/** esc, then a key: a character, or a whole escape sequence (esc esc [A is esc, then up);
 * not an escape sequence itself (CSI `esc [ ...`, SS3 `esc O x`), but `esc [` or `esc O`
 * with nothing after them (Ink gives up waiting for the rest) is esc, then `[` or `O`. */
const ESC_THEN_KEY = /^\x1b(?:(?![[O])[\s\S]|[[O]$)/u;

export function useKeyPresses(onKeys: (keys: KeyPress[]) => void): void {
  const { internal_eventEmitter: events } = useStdin();
  const escFirst = useRef(false);
  // Ahead of useInput's own listener (prepended), so the mark is set when its event comes.
  useLayoutEffect(() => {
    const raw = (data: string) => { escFirst.current = ESC_THEN_KEY.test(data); };
    events.prependListener('input', raw);
    return () => { events.off('input', raw); };
  }, [events]);
  useInput((input, key) => {
    if (escFirst.current) {
      escFirst.current = false;
      return onKeys([ESC, ...keyPresses(input, { ...key, meta: false })]);
    }
    onKeys(keyPresses(input, key));
  });
}
