import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import { useKeys } from '../app/context.js';
import type { Scope } from '../keys/bindings.js';
import { TextField } from './TextField.js';

export type FieldSpec =
  | { kind: 'text'; key: string; label: string; placeholder?: string; hint?: string; readOnly?: boolean }
  | { kind: 'choice'; key: string; label: string; options: { value: string; label: string }[]; hint?: string }
  | { kind: 'toggle'; key: string; label: string; hint?: string; disabled?: string };

export type FormValues = Record<string, string | boolean>;

export interface FormProps {
  title: string;
  fields: FieldSpec[];
  values: FormValues;
  errors: Record<string, string | undefined>;
  onChange: (key: string, value: string | boolean) => void;
  onSubmit: () => void;
  onCancel: () => void;
  /** Commands of the form scope that act on the focused field (given its key). */
  fieldCommands?: Record<string, (fieldKey: string) => void>;
  /** Key scopes of the form (a form with its own commands adds its scope). */
  scopes?: Scope[];
  /** Lines the form may take (title included): longer forms scroll to keep the focus in view. */
  height?: number;
  /** Moves the focus to this field whenever `seq` changes (e.g. to a field just added). */
  focusOn?: { key: string; seq: number };
}

/** Fields one per row; tab/↑↓ move, space/←→ change a choice, enter runs, esc cancels.
 * A field's error is shown right under it. */
export function Form({ title, fields, values, errors, onChange, onSubmit, onCancel, fieldCommands = {}, scopes = ['form'], height, focusOn }: FormProps) {
  const [, setFocus] = useState(0);
  const focusRef = useRef(0);
  const offset = useRef(0);
  // Applied while rendering, not in an effect: a key right behind the one that asked
  // (ctrl+n, then tab) must already find the focus moved.
  const seenFocusOn = useRef<number | undefined>(undefined);
  if (focusOn && focusOn.seq !== seenFocusOn.current) {
    seenFocusOn.current = focusOn.seq;
    const i = fields.findIndex((f) => f.key === focusOn.key);
    if (i >= 0) focusRef.current = i;
  }
  // Keys can come faster than the parent re-renders; a choice steps from the latest value.
  const latest = useRef(values);
  latest.current = { ...latest.current, ...values };
  const set = (key: string, value: string | boolean) => {
    latest.current = { ...latest.current, [key]: value };
    onChange(key, value);
  };
  const move = (delta: number) => {
    focusRef.current = (Math.min(focusRef.current, fields.length - 1) + delta + fields.length) % fields.length;
    setFocus(focusRef.current);
  };
  const choose = () => {
    const f = fields[focusRef.current];
    if (!f) return false;
    if (f.kind === 'toggle' && !f.disabled) set(f.key, !latest.current[f.key]);
    if (f.kind === 'choice') {
      const i = f.options.findIndex((o) => o.value === latest.current[f.key]);
      set(f.key, f.options[(i + 1) % f.options.length].value);
    }
    return f.kind !== 'text';
  };
  const onField = Object.fromEntries(Object.entries(fieldCommands).map(([command, run]) => [command, () => {
    const f = fields[Math.min(focusRef.current, fields.length - 1)];
    if (f) run(f.key);
  }]));
  useKeys({
    scopes,
    handlers: {
      ...onField,
      'form.next': () => move(1),
      'form.previous': () => move(-1),
      'form.choose': choose,
      'form.submit': onSubmit,
      'form.cancel': onCancel,
      back: onCancel,
    },
  });
  const labelWidth = Math.max(...fields.map((f) => f.label.length)) + 2;
  const current = Math.min(focusRef.current, fields.length - 1);
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
                <TextField value={String(values[f.key] ?? '')} onChange={(v) => set(f.key, v)} placeholder={f.placeholder} focus={focused} />
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
 * only when the focus leaves it, so the form does not jump on every tab. */
function fieldWindow(sizes: number[], current: number, lines: number, offset: { current: number }): [number, number] {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= lines) { offset.current = 0; return [0, sizes.length]; }
  const room = Math.max(1, lines - 1); // one line for the "more" marker
  const fits = (from: number) => {
    let used = 0, to = from;
    while (to < sizes.length && used + sizes[to] <= room) used += sizes[to++];
    return Math.max(to, from + 1);
  };
  let from = Math.min(offset.current, current);
  while (fits(from) <= current) from++;
  offset.current = from;
  return [from, fits(from)];
}
