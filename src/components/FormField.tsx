import { Text } from 'ink';
import { Fragment, type ReactNode } from 'react';
import { cursorIn, type FieldGeometry, type FieldSpec } from '../state/form.js';
import { textWindow, visibleControls, type TextWindow } from '../format/textWindow.js';
import { displayWidth, fitText, truncateToWidth } from '../format/width.js';
import { wrapLine } from '../format/wrap.js';

/** A focused text field's value as drawn: one line, or a window of rows around the cursor. */
export type FocusedText = { kind: 'line' } | { kind: 'window'; window: TextWindow; length: number; whole: boolean };

const indent = (g: FieldGeometry) => ' '.repeat(g.labelWidth + 2);

/** A focused value that fits on its line is drawn as is; a longer one as a window of rows
 * around the cursor, measured from `anchor` only (never the whole value). */
export function focusedText(value: string, cursor: number, g: FieldGeometry, anchor: number): FocusedText {
  const c = cursorIn(value, cursor);
  // Cheap first: a value shorter than the line (with the cursor cell) is one line.
  if (value.length < g.room && displayWidth(value) < g.room && !/[\x00-\x1f\x7f]/.test(value)) return { kind: 'line' };
  const window = textWindow(value, c, g.room, g.valueRows, anchor);
  const last = window.rows[window.rows.length - 1];
  return { kind: 'window', window, length: value.length, whole: window.start === 0 && !!last && last.to > value.length };
}

/** Lines a field takes: its rows, the window's status line, its error. */
export function fieldLines(g: FieldGeometry, error: string | undefined, focused?: FocusedText): number {
  const value = focused?.kind === 'window' ? focused.window.rows.length + (focused.whole ? 0 : 1) : 1;
  return value + (error ? errorLines(error, g).length : 0);
}

function errorLines(error: string, g: FieldGeometry): string[] {
  return wrapLine(`✗ ${error}`, Math.max(8, g.room));
}

/** A value that is not being edited: as much as fits, then how long it is. */
function preview(value: string, room: number): { text: string; note: string } {
  const head = visibleControls(value.slice(0, room * 2 + 16));
  if (head.length === value.length && displayWidth(head) <= room) return { text: head, note: '' };
  const note = ` ${value.length.toLocaleString('en-US')} chars`;
  return { text: truncateToWidth(head + (head.length < value.length ? '…' : ''), Math.max(1, room - note.length)), note };
}

/** The rest of the line after `used` columns, for a hint. */
const hintText = (hint: string | undefined, room: number, used: number) =>
  hint && room - used > 10 ? `  ${truncateToWidth(hint, room - used - 2)}` : '';

export function FieldRows(props: {
  field: FieldSpec; value: string | boolean | undefined; cursor: number; focused: boolean; error?: string;
  geometry: FieldGeometry; text?: FocusedText;
}) {
  const { field: f, value, focused, error, geometry: g } = props;
  const label = <Text color={focused ? 'cyan' : error ? 'red' : 'gray'}>{focused ? '› ' : '  '}{fitText(f.label, g.labelWidth - 2)}{'  '}</Text>;
  const line = (body: ReactNode) => <Text wrap="truncate-end">{label}{body}</Text>;
  const errors = error ? errorLines(error, g).map((l, i) => <Text key={`e${i}`} color="red">{indent(g)}{l}</Text>) : [];
  const text = String(value ?? '');
  let rows: ReactNode[];
  if (f.kind === 'text' && f.readOnly) {
    const p = preview(text, g.room - 13);
    rows = [line(<Text dimColor>{p.text}{p.note}  (read-only){hintText(focused ? f.hint : undefined, g.room, displayWidth(p.text) + p.note.length + 13)}</Text>)];
  } else if (f.kind === 'text' && !text && f.placeholder) {
    const shown = truncateToWidth(f.placeholder, g.room);
    rows = [line(<>{focused ? <Text inverse>{shown[0]}</Text> : null}<Text dimColor>{focused ? shown.slice(1) : shown}</Text></>)];
  } else if (f.kind === 'text' && !focused) {
    const p = preview(text, g.room);
    rows = [line(<>{p.text}<Text dimColor>{p.note}</Text></>)];
  } else if (f.kind === 'text' && props.text?.kind === 'window') {
    rows = windowRows(text, cursorIn(text, props.cursor), props.text, g, label);
  } else if (f.kind === 'text') {
    const c = cursorIn(text, props.cursor);
    const at = text.codePointAt(c);
    const next = at === undefined ? c + 1 : c + (at > 0xffff ? 2 : 1);
    rows = [line(<>{text.slice(0, c)}<Text inverse>{at === undefined ? ' ' : text.slice(c, next)}</Text>{text.slice(next)}
      <Text dimColor>{hintText(f.hint, g.room, displayWidth(text) + 1)}</Text></>)];
  } else {
    const shown = f.kind === 'choice'
      ? `‹ ${f.options.find((o) => o.value === value)?.label ?? '?'} ›`
      : `${value ? '[x]' : '[ ]'}${f.disabled ? ` ${f.disabled}` : ''}`;
    const cut = truncateToWidth(shown, g.room);
    rows = [line(<><Text inverse={focused} dimColor={f.kind === 'toggle' && !!f.disabled}>{cut}</Text>
      <Text dimColor>{hintText(focused ? f.hint : undefined, g.room, displayWidth(cut))}</Text></>)];
  }
  return <>{rows.map((r, i) => <Fragment key={i}>{r}</Fragment>)}{errors}</>;
}

/** A long value being edited: the rows around the cursor, then where they are in it. */
function windowRows(text: string, c: number, t: Extract<FocusedText, { kind: 'window' }>, g: FieldGeometry, label: ReactNode): ReactNode[] {
  const { rows, cursorRow } = t.window;
  const out = rows.map((r, i) => {
    const lead = i === 0 ? label : <Text>{indent(g)}</Text>;
    if (i !== cursorRow) return <Text wrap="truncate-end">{lead}{r.shown}</Text>;
    const at = c - r.from;
    const code = r.shown.codePointAt(at);
    const next = code === undefined ? at + 1 : at + (code > 0xffff ? 2 : 1);
    return <Text wrap="truncate-end">{lead}{r.shown.slice(0, at)}<Text inverse>{code === undefined ? ' ' : r.shown.slice(at, next)}</Text>{r.shown.slice(next)}</Text>;
  });
  if (!t.whole) {
    const first = rows[0]!.from;
    const last = Math.min(t.length, rows[rows.length - 1]!.to);
    out.push(<Text dimColor wrap="truncate-end">{indent(g)}characters {(first + 1).toLocaleString('en-US')}-{last.toLocaleString('en-US')} of {t.length.toLocaleString('en-US')} · cursor at {(c + 1).toLocaleString('en-US')} · PgUp/PgDn home/end move</Text>);
  }
  return out;
}
