import { Box, Text } from 'ink';
import { useRef } from 'react';
import { focusedField, type FieldErrors, type FieldSpec, type FormUi, type FormValues } from '../state/form.js';
import { TextView } from './TextView.js';

export interface FormProps {
  title: string;
  fields: FieldSpec[];
  values: FormValues;
  errors: FieldErrors;
  ui: FormUi;
  /** Lines the form may take (title included): longer forms scroll to keep the focus in view. */
  height?: number;
}

/** Fields one per row, the focused one marked; a field's error right under it. Drawn from
 * the state only: the keys that change it are the form's layer (src/app/formLayer.ts). */
export function Form({ title, fields, values, errors, ui, height }: FormProps) {
  const offset = useRef(0);
  const labelWidth = Math.max(0, ...fields.map((f) => f.label.length)) + 2;
  const current = focusedField(fields, ui).index;
  const [from, to] = fieldWindow(fields.map((f) => (errors[f.key] ? 2 : 1)), current, height ? height - 1 : Infinity, offset);
  return (
    <Box flexDirection="column">
      <Text bold>{title}{from > 0 ? <Text dimColor>  (↑ {from} more)</Text> : null}</Text>
      {fields.slice(from, to).map((f, j) => {
        const i = from + j;
        const focused = i === current;
        const error = errors[f.key];
        return (
          <Box key={f.key} flexDirection="column">
            <Box>
              <Text color={focused ? 'cyan' : error ? 'red' : 'gray'}>{focused ? '› ' : '  '}{f.label.padEnd(labelWidth)}</Text>
              {f.kind === 'text' && f.readOnly ? (
                <Text dimColor>{String(values[f.key] ?? '')}  (read-only)</Text>
              ) : f.kind === 'text' ? (
                <TextView value={String(values[f.key] ?? '')} cursor={ui.cursor} placeholder={f.placeholder} focus={focused} />
              ) : f.kind === 'choice' ? (
                <Text inverse={focused}>{`‹ ${f.options.find((o) => o.value === values[f.key])?.label ?? '?'} ›`}</Text>
              ) : (
                <Text inverse={focused} dimColor={!!f.disabled}>{values[f.key] ? '[x]' : '[ ]'}{f.disabled ? ` ${f.disabled}` : ''}</Text>
              )}
              {focused && f.hint ? <Text dimColor>  {f.hint}</Text> : null}
            </Box>
            {error ? <Text color="red" wrap="wrap">{' '.repeat(labelWidth + 2)}✗ {error}</Text> : null}
          </Box>
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
