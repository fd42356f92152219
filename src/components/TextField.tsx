import { Text, type Key } from 'ink';
import { useRef, useState } from 'react';
import { LEVEL, useKeys } from '../app/context.js';

export interface TextFieldProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  focus?: boolean;
}

/**
 * A one-line text input. Its keys come through the app's key router (a layer above the
 * form's own), so enter/esc/tab stay the form's. The latest text lives in a ref, not only
 * in props: keys that arrive before the parent re-renders must build on each other.
 */
export function TextField({ value, onChange, placeholder, focus = true }: TextFieldProps) {
  const text = useRef(value);
  const emitted = useRef(value);
  const cursorRef = useRef(value.length);
  const [, setCursor] = useState(value.length);
  // A value set from outside (completion, reset) replaces ours; the cursor goes to its end.
  if (value !== emitted.current) {
    text.current = value;
    emitted.current = value;
    cursorRef.current = value.length;
  }
  const move = (at: number) => { cursorRef.current = at; setCursor(at); return true; };
  const update = (next: string, at: number) => {
    text.current = next;
    emitted.current = next;
    move(at);
    onChange(next);
    return true;
  };

  const edit = (input: string, key: Partial<Key>): boolean => {
    const t = text.current;
    const c = Math.min(cursorRef.current, t.length);
    if (key.upArrow || key.downArrow || key.tab || key.escape || key.return) return false;
    if (key.leftArrow) return move(Math.max(0, c - 1));
    if (key.rightArrow) return move(Math.min(t.length, c + 1));
    if (key.home || (key.ctrl && input === 'a')) return move(0);
    if (key.end || (key.ctrl && input === 'e')) return move(t.length);
    if (key.backspace || key.delete) return c > 0 ? update(t.slice(0, c - 1) + t.slice(c), c - 1) : true;
    if (key.ctrl && input === 'u') return update(t.slice(c), 0);
    if (key.ctrl || key.meta || !input) return false;
    return update(t.slice(0, c) + input + t.slice(c), c + input.length);
  };
  useKeys({ scopes: [], handlers: {}, raw: focus ? edit : undefined }, LEVEL.field);

  const shown = text.current;
  const c = Math.min(cursorRef.current, shown.length);
  if (!shown && placeholder) {
    return <Text>{focus ? <Text inverse>{placeholder[0]}</Text> : null}<Text dimColor>{focus ? placeholder.slice(1) : placeholder}</Text></Text>;
  }
  return (
    <Text>
      {shown.slice(0, c)}
      {focus ? <Text inverse>{shown[c] ?? ' '}</Text> : shown[c] ?? ''}
      {shown.slice(c + 1)}
    </Text>
  );
}
