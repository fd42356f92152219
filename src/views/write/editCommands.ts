// The edit form's own commands on the focused field: ctrl+n adds the attribute typed in the
// "+" rows, ctrl+x removes (or restores) one, ctrl+t changes its type.
import type { Command } from '../../keys/bindings.js';
import { blankText, nextType } from '../../state/editDraft.js';
import type { EntryOf, WriteEntry } from '../../state/screens.js';

type Edit = EntryOf<'edit'>;
const rowIndex = (fieldKey: string) => (fieldKey.startsWith('row:') ? Number(fieldKey.slice(4)) : -1);

export function editCommands(e: Edit, replace: (next: WriteEntry) => void, warn: (text: string) => void): Partial<Record<Command, (fieldKey: string) => void>> {
  const { draft } = e;
  const errors = (patch: Record<string, string>) => replace({ ...e, flow: { ...e.flow, errors: { ...e.flow.errors, ...patch } } });
  const setRow = (i: number, patch: Partial<Edit['draft']['rows'][number]>) =>
    replace({ ...e, draft: { ...draft, rows: draft.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) } });
  return {
    'attribute.add': () => {
      const name = draft.newName.trim();
      if (!name) return errors({ newName: 'type the new attribute\'s name first' });
      if (draft.rows.some((r) => r.name === name && !r.removed)) return errors({ newName: `"${name}" is already an attribute` });
      const text = draft.newText.trim() || blankText[draft.newType];
      replace({ ...e, draft: { ...draft, newName: '', newText: '', rows: [...draft.rows, { name, type: draft.newType, text, removed: false, key: false }] } });
    },
    'attribute.remove': (fieldKey) => {
      const i = rowIndex(fieldKey);
      const row = draft.rows[i];
      if (!row) return;
      if (row.key) return warn('key attributes cannot be removed');
      setRow(i, { removed: !row.removed });
    },
    'attribute.type': (fieldKey) => {
      const i = rowIndex(fieldKey);
      const row = draft.rows[i];
      if (!row || (row.key && e.mode === 'edit')) return;
      setRow(i, { type: nextType(row.type) });
    },
  };
}
