// Forms as data: the fields a form shows, the focus and the text cursor, and the pure steps
// a key makes in them. A form's values live in its screen's stack entry, so a burst of keys
// builds on what the keys before it left, and `?` or `:` over a form loses nothing.
import type { KeyPress } from '../keys/keyName.js';

export type FieldSpec =
  | { kind: 'text'; key: string; label: string; placeholder?: string; hint?: string; readOnly?: boolean }
  | { kind: 'choice'; key: string; label: string; options: { value: string; label: string }[]; hint?: string }
  | { kind: 'toggle'; key: string; label: string; hint?: string; disabled?: string };

export type FormValues = Record<string, string | boolean>;
export type FieldErrors = Record<string, string | undefined>;

/** Which field has the focus, and where the text cursor is in it (-1: at the end). */
export interface FormUi { focus: number; cursor: number }

export const firstField: FormUi = { focus: 0, cursor: -1 };

/** Where a form's fields are drawn: the label column, the value column, and how many rows
 * a long value being edited gets (its window; see src/format/textWindow.ts). */
export interface FieldGeometry { labelWidth: number; room: number; valueRows: number }

/** Rows a long value being edited may take (fewer when the form has few lines). */
const MAX_VALUE_ROWS = 8;

/** The geometry of a form `columns` wide with `lines` lines (Infinity: as many as it needs). */
export function fieldGeometry(fields: readonly FieldSpec[], columns: number, lines: number): FieldGeometry {
  let longest = 0;
  for (const f of fields) longest = Math.max(longest, f.label.length);
  // Capped, so a very long attribute name leaves room for values (it is cut with …).
  const labelWidth = Math.min(longest + 2, Math.max(10, Math.floor(columns * 0.6)));
  return {
    labelWidth,
    room: Math.max(8, columns - labelWidth - 2),
    valueRows: Math.max(1, Math.min(MAX_VALUE_ROWS, Number.isFinite(lines) ? lines - 4 : MAX_VALUE_ROWS)),
  };
}

/** How far PgDn / PgUp move the cursor in a long value: about one window, a row kept. */
export const pageOf = (g: FieldGeometry): number => g.room * Math.max(1, g.valueRows - 1);

/** The focused field, its index clamped to the form (fields can come and go). */
export function focusedField(fields: readonly FieldSpec[], ui: FormUi): { field?: FieldSpec; index: number } {
  const index = Math.max(0, Math.min(ui.focus, fields.length - 1));
  return { field: fields[index], index };
}

export function moveFocus(fields: readonly FieldSpec[], ui: FormUi, delta: number): FormUi {
  const n = fields.length;
  if (!n) return ui;
  const { index } = focusedField(fields, ui);
  return { focus: (index + delta + n) % n, cursor: -1 };
}

/** The focus on the field with this key (unchanged when there is none). */
export function focusOn(fields: readonly FieldSpec[], key: string, ui: FormUi): FormUi {
  const i = fields.findIndex((f) => f.key === key);
  return i < 0 ? ui : { focus: i, cursor: -1 };
}

/** A choice steps through its options (← back, the rest forward); a toggle flips.
 * undefined: the field is not one a key changes this way. */
export function chosenValue(field: FieldSpec, value: string | boolean | undefined, backwards: boolean): string | boolean | undefined {
  if (field.kind === 'toggle') return field.disabled ? undefined : !value;
  if (field.kind !== 'choice' || !field.options.length) return undefined;
  const n = field.options.length;
  const found = field.options.findIndex((o) => o.value === value);
  // A value that is none of the options: forward starts at the first, back at the last.
  const i = found >= 0 ? found : backwards ? n : -1;
  return field.options[(i + (backwards ? -1 : 1) + n) % n]!.value;
}

export interface TextState { text: string; cursor: number }

// The cursor moves and deletes by code point: an emoji is two UTF-16 units, never split.
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const before = (t: string, c: number) => (c >= 2 && isLow(t.charCodeAt(c - 1)) && isHigh(t.charCodeAt(c - 2)) ? 2 : Math.min(c, 1));
const after = (t: string, c: number) => (c + 1 < t.length && isHigh(t.charCodeAt(c)) && isLow(t.charCodeAt(c + 1)) ? 2 : c < t.length ? 1 : 0);

/** The cursor as a position in the text (-1 and anything past the end: the end). */
export function cursorIn(text: string, cursor: number): number {
  return cursor < 0 || cursor > text.length ? text.length : cursor;
}

/**
 * One key in a one-line text field: typing, backspace, ←/→, home/end (ctrl+a/e), ctrl+u.
 * undefined: not a key the field takes (tab, enter, esc, ↑/↓ and other control keys).
 */
export function editText(s: TextState, k: KeyPress): TextState | undefined {
  const { key, input } = k;
  const t = s.text;
  const c = cursorIn(t, s.cursor);
  if (key.upArrow || key.downArrow || key.tab || key.escape || key.return || key.pageUp || key.pageDown) return undefined;
  if (key.leftArrow) return { text: t, cursor: c - before(t, c) };
  if (key.rightArrow) return { text: t, cursor: c + after(t, c) };
  if (key.home || (key.ctrl && input === 'a')) return { text: t, cursor: 0 };
  if (key.end || (key.ctrl && input === 'e')) return { text: t, cursor: t.length };
  if (key.backspace || key.delete) return c > 0 ? { text: t.slice(0, c - before(t, c)) + t.slice(c), cursor: c - before(t, c) } : s;
  if (key.ctrl && input === 'u') return { text: t.slice(c), cursor: 0 };
  if (key.ctrl || key.meta || !input) return undefined;
  return { text: t.slice(0, c) + input + t.slice(c), cursor: c + input.length };
}

/** The cursor `delta` code units on (PgDn / PgUp in a long value), never inside a pair. */
export function moveCursorBy(s: TextState, delta: number): TextState {
  const t = s.text;
  let c = Math.max(0, Math.min(t.length, cursorIn(t, s.cursor) + delta));
  if (c > 0 && c < t.length && isLow(t.charCodeAt(c)) && isHigh(t.charCodeAt(c - 1))) c--;
  return { text: t, cursor: c };
}
