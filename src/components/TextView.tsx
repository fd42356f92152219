import { Text } from 'ink';
import { cursorIn } from '../state/form.js';

/** A one-line text field as drawn: its value with the cursor (the value and the cursor are
 * state; the keys that change them are the form's, see src/app/formLayer.ts). */
export function TextView({ value, cursor, placeholder, focus = true }: { value: string; cursor: number; placeholder?: string; focus?: boolean }) {
  if (!value && placeholder) {
    return <Text>{focus ? <Text inverse>{placeholder[0]}</Text> : null}<Text dimColor>{focus ? placeholder.slice(1) : placeholder}</Text></Text>;
  }
  if (!focus) return <Text>{value}</Text>;
  const c = cursorIn(value, cursor);
  return (
    <Text>
      {value.slice(0, c)}
      <Text inverse>{value[c] ?? ' '}</Text>
      {value.slice(c + 1)}
    </Text>
  );
}
