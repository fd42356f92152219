// A form's key layer: tab/↑↓ move the focus, space/←→ change a choice or toggle, enter
// submits, esc cancels, and the focused text field takes typing. Built from the form's
// fields and values as they are in the store when the key arrives.
import type { Command, Scope } from '../keys/bindings.js';
import { chosenValue, editText, focusedField, moveCursorBy, moveFocus, type FieldSpec, type FormUi, type FormValues } from '../state/form.js';
import type { Handlers, Layer } from './layer.js';

export interface FormTarget {
  fields: FieldSpec[];
  values: FormValues;
  ui: FormUi;
  /** A value typed or chosen, with the focus and cursor it leaves. */
  set(key: string, value: string | boolean, ui: FormUi): void;
  setUi(ui: FormUi): void;
  submit(): void;
  cancel(): void;
  /** Commands that act on the focused field (given its key). */
  commands?: Partial<Record<Command, (fieldKey: string) => void>>;
  /** The form's scopes (a form with its own commands adds its scope first). */
  scopes?: Scope[];
  /** Code units PgDn / PgUp move the cursor in a text field (about the window a long
   * value shows; see fieldGeometry and pageOf in src/state/form.ts). */
  page?: number;
}

export function formLayer(t: FormTarget): Layer {
  const { field } = focusedField(t.fields, t.ui);
  const handlers: Handlers = {
    'form.next': () => t.setUi(moveFocus(t.fields, t.ui, 1)),
    'form.previous': () => t.setUi(moveFocus(t.fields, t.ui, -1)),
    'form.choose': (k) => {
      if (!field) return false;
      const next = chosenValue(field, t.values[field.key], k.name === 'left');
      if (next === undefined) return false;
      t.set(field.key, next, t.ui);
      return true;
    },
    'form.submit': () => t.submit(),
    'form.cancel': () => t.cancel(),
    back: () => t.cancel(),
  };
  for (const [command, run] of Object.entries(t.commands ?? {})) {
    handlers[command as Command] = () => { if (field) run(field.key); };
  }
  const editable = field?.kind === 'text' && !field.readOnly ? field : undefined;
  const page = (sign: number) => () => {
    if (!editable || !t.page) return false;
    const next = moveCursorBy({ text: String(t.values[editable.key] ?? ''), cursor: t.ui.cursor }, sign * t.page);
    t.setUi({ ...t.ui, cursor: next.cursor });
    return true;
  };
  handlers['form.pageDown'] = page(1);
  handlers['form.pageUp'] = page(-1);
  return {
    scopes: t.scopes ?? ['form'],
    handlers,
    text: editable && ((k) => {
      const next = editText({ text: String(t.values[editable.key] ?? ''), cursor: t.ui.cursor }, k);
      if (!next) return false;
      t.set(editable.key, next.text, { ...t.ui, cursor: next.cursor });
      return true;
    }),
  };
}
