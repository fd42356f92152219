import { Box, Text } from 'ink';
import { useRef } from 'react';
import { useAppState } from '../app/context.js';
import { fieldGeometry, focusedField, type FieldErrors, type FieldSpec, type FormUi, type FormValues } from '../state/form.js';
import { FieldRows, fieldLines, focusedText } from './FormField.js';

export interface FormProps {
  title: string;
  fields: FieldSpec[];
  values: FormValues;
  errors: FieldErrors;
  ui: FormUi;
  /** Lines the form may take (title included): longer forms scroll to keep the focus in view. */
  height?: number;
  /** Columns (the terminal's width when not given). */
  width?: number;
}

/** Fields one per row, the focused one marked; a field's error right under it. Drawn from
 * the state only: the keys that change it are the form's layer (src/app/formLayer.ts).
 * Every value is cut to its line, and a long value being edited shows a window of rows
 * around the cursor, so a form costs the same whatever its values hold. */
export function Form({ title, fields, values, errors, ui, height, width }: FormProps) {
  const offset = useRef(0);
  // Where the focused value's window starts (drawing only: no key depends on it).
  const anchor = useRef({ key: '', start: 0 });
  const terminal = useAppState().size.columns;
  const columns = width ?? terminal;
  const lines = height ? height - 1 : Infinity;
  const geometry = fieldGeometry(fields, columns, lines);
  const { field, index: current } = focusedField(fields, ui);
  const editing = field?.kind === 'text' && !field.readOnly && String(values[field.key] ?? '') !== '';
  if (field && anchor.current.key !== field.key) anchor.current = { key: field.key, start: 0 };
  const text = editing ? focusedText(String(values[field.key] ?? ''), ui.cursor, geometry, anchor.current.start) : undefined;
  if (text?.kind === 'window') anchor.current.start = text.window.start;
  const sizes = fields.map((f, i) => fieldLines(geometry, errors[f.key], i === current ? text : undefined));
  const [from, to] = fieldWindow(sizes, current, lines, offset);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">{title}{from > 0 ? <Text dimColor>  (↑ {from} more)</Text> : null}</Text>
      {fields.slice(from, to).map((f, j) => {
        const i = from + j;
        return (
          <FieldRows key={f.key} field={f} value={values[f.key]} cursor={ui.cursor} focused={i === current} error={errors[f.key]}
            geometry={geometry} text={i === current ? text : undefined} />
        );
      })}
      {to < fields.length ? <Text dimColor>  (↓ {fields.length - to} more)</Text> : null}
    </Box>
  );
}

/** The fields [from, to) that fit in `lines` and include the focused one; the window moves
 * only when the focus leaves it, so the form does not jump on every tab. (Where it stands
 * is drawing, not state: no key depends on it.) */
function fieldWindow(sizes: number[], current: number, lines: number, offset: { current: number }): [number, number] {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= lines) { offset.current = 0; return [0, sizes.length]; }
  const room = Math.max(1, lines - 1); // one line for the "more" marker
  const fits = (from: number) => {
    let used = 0, to = from;
    while (to < sizes.length && used + sizes[to]! <= room) used += sizes[to++]!;
    return Math.max(to, from + 1);
  };
  let from = Math.min(offset.current, current);
  while (fits(from) <= current) from++;
  offset.current = from;
  return [from, fits(from)];
}
